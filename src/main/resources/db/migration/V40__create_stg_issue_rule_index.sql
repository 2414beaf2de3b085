-- The feedback workbook lists the first 1,000 issues of each rule of a submission: read through this
-- index rule by rule, they stop at the 1,000th instead of numbering every issue of the file in memory.
create index stg_issue_rule_ix on stg_issue (submission_id, issue_code, issue_id);
