-- The versions a run opened, found without reading every version: the progress workbook's "Lịch sử"
-- counts them per run (ReportHistory.runs), "Thay đổi" lists them (Versions.Side.OPENED), and a run with
-- nothing new asks whether any run since the last workbook opened one (ReportHistory.changed). Each was a
-- scan of the whole table: 2.2 s of the report step on the 400,000 ratings of the 41-file benchmark,
-- 0.4 s through this index (the valid_to_run side already has fct_rating_date_ix).
create index fct_rating_from_run_ix on fct_rating (valid_from_run);
create index dim_entity_from_run_ix on dim_entity (valid_from_run);
create index fct_commune_indicator_from_run_ix on fct_commune_indicator (valid_from_run);
create index fct_support_from_run_ix on fct_support (valid_from_run);
