-- "The progress workbook was written" was recorded twice: audit_run.report_written_at (V20) and a row
-- of audit_report (V31). It is one fact about a run, kept in audit_run beside the run's report date
-- and output folder: report_written_at says the workbook is in place (written, or left as it was
-- because nothing changed), report_file names the file this run wrote below its output folder
-- (history/...), null where it wrote none.
alter table audit_run add column report_file varchar(500);
-- A run wrote at most one workbook: its report date (as_of) into its output folder.
update audit_run set report_file = (
    select max(a.file_name) from audit_report a
    where a.run_id = audit_run.run_id and a.as_of = audit_run.as_of and a.output_dir = audit_run.output_dir);
drop table audit_report;
