-- When the retention deleted a superseded file's staged rows (null: still staged). Its registry entry,
-- sheet summaries, issues and the warehouse versions published from it stay.
alter table audit_submission add column staged_rows_purged_at timestamp;
