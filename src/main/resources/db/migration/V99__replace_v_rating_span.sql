-- v_rating_span with fct_rating.previous_certified_on (V98), so that the report's one pass over the
-- current certified ratings counts recognitions, first recognitions and the days each certificate began
-- and stopped being valid together (Ratings.recognitions). The view's "f.*" of V94 was expanded when it was
-- made, so the column has to be named; the columns are listed, in V94's order, with the new one last, as
-- PostgreSQL's "create or replace view" only allows columns added at the end.
create or replace view v_rating_span as
select f.rating_sk, f.district_code, f.product_key, f.recognised_on, f.product_code, f.product_name, f.set_no,
       f.group_no, f.entity_name, f.entity_key, f.commune_code, f.stars, f.score, f.certified, f.expires_on,
       f.decision_no, f.recognition_level, f.value_chain, f.period_code, f.row_hash, f.submission_id,
       f.sheet_name, f.excel_row, f.valid_from_run, f.valid_to_run, f.valid_from, f.valid_to, f.set_inferred,
       f.newest_until,
       case when not f.certified then null
            when f.newest_until is null or f.expires_on < f.newest_until then f.expires_on
            else f.newest_until end as valid_until,
       f.previous_certified_on
from fct_rating f
where f.valid_to_run is null;
