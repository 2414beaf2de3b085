-- A product set inferred from the product's name (the district's table had no set column) is marked
-- in the warehouse as it is in staging, so that analysts and reports can tell it from a set the
-- district wrote. Ratings published before this column had their set written: false.
alter table fct_rating add column set_inferred boolean default false not null;
alter table stg_publish_rating add column set_inferred boolean default false not null;

-- The rating a file in force wants published, now with the flag (a new last column, which both
-- engines allow a view to gain in place).
create or replace view stg_current_rating as
select s.district_code, p.product_key, p.recognised_on, p.product_code, p.product_name, p.set_no, p.group_no,
       p.entity_name, p.entity_key, p.commune_code, p.stars, p.score, p.stars >= 3 as certified, p.expires_on,
       p.decision_no, p.recognition_level, p.value_chain, s.period_code, p.row_hash, p.submission_id,
       p.sheet_name, p.excel_row, p.set_inferred
from stg_product p
join audit_submission s on s.submission_id = p.submission_id
where s.is_current and p.outcome in ('loaded', 'warning')
  and not exists (
      select 1 from stg_product q
      join audit_submission t on t.submission_id = q.submission_id
      where q.product_key = p.product_key and q.recognised_on = p.recognised_on
        and t.is_current and t.district_code = s.district_code and q.outcome in ('loaded', 'warning')
        and (t.period_ends_on > s.period_ends_on
             or (t.period_ends_on = s.period_ends_on and t.submission_id > s.submission_id)
             or (t.submission_id = s.submission_id and q.excel_row < p.excel_row)));
