-- The feedback's copy of a district's sheet holds its header rows (bold, the print titles): the first as well
-- as the last, which header_row already gives. Without the first, each feedback inspected its file again, a
-- tenth of the feedback step for the 1.15M-row benchmark. Sheets read before this have none: their feedback
-- still inspects the file.
alter table audit_submission_sheet add column header_first_row int;
