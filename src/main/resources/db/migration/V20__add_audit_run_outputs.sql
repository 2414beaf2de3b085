-- When a run wrote its progress workbook and its feedback workbooks; null while not (yet) written.
-- A run that published but failed to write them says so in 'status', and a restart (or the next
-- consolidate, which completes it first) writes them; a run that changed nothing can tell from
-- here whether the workbooks on disk are up to date.
alter table audit_run add column report_written_at timestamp;
alter table audit_run add column feedback_written_at timestamp;
-- Runs before this column: a completed run wrote both (the steps come last).
update audit_run set report_written_at = finished_at, feedback_written_at = finished_at where status = 'COMPLETED';
