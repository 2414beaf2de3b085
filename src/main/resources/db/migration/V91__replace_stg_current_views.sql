-- What each file in force offers the warehouse: its accepted rows, the first row of each key within
-- the file. Which file's copy wins (the newest period's, then the latest file's) is publishing's
-- choice, made file by file (Publisher): the views stg_current_* decided it row by row, asking every
-- staged row whether a newer copy existed, which reads every copy of a cumulative list (each rating
-- repeated in every round) and took most of publishing's time at a million staged rows.
drop view stg_current_rating;
drop view stg_current_entity;
drop view stg_current_commune_indicator;
drop view stg_current_support;

create view stg_offered_rating as
select s.district_code, p.product_key, p.recognised_on, p.product_code, p.product_name, p.set_no, p.group_no,
       p.entity_name, p.entity_key, p.commune_code, p.stars, p.score, p.stars >= 3 as certified, p.expires_on,
       p.decision_no, p.recognition_level, p.value_chain, s.period_code, p.row_hash, p.submission_id,
       p.sheet_name, p.excel_row, p.set_inferred
from stg_product p
join audit_submission s on s.submission_id = p.submission_id
where s.is_current and p.outcome in ('loaded', 'warning')
  and not exists (
      select 1 from stg_product q
      where q.product_key = p.product_key and q.recognised_on = p.recognised_on and q.submission_id = p.submission_id
        and q.outcome in ('loaded', 'warning') and q.excel_row < p.excel_row);

create view stg_offered_entity as
select s.district_code, e.entity_key, e.entity_name, e.entity_type, e.commune_code, e.tax_code, e.founded_year,
       e.members, e.workers, s.period_code, e.row_hash, e.submission_id, e.sheet_name, e.excel_row
from stg_entity e
join audit_submission s on s.submission_id = e.submission_id
where s.is_current and e.outcome in ('loaded', 'warning')
  and not exists (
      select 1 from stg_entity q
      where q.submission_id = e.submission_id and q.entity_key = e.entity_key
        and q.outcome in ('loaded', 'warning') and q.excel_row < e.excel_row);

create view stg_offered_commune_indicator as
select s.district_code, s.period_code, c.commune_code, c.ntm_year, c.especially_difficult, c.households,
       c.poor_households, c.row_hash, c.submission_id, c.sheet_name, c.excel_row
from stg_commune_indicator c
join audit_submission s on s.submission_id = c.submission_id
where s.is_current and c.outcome in ('loaded', 'warning')
  and not exists (
      select 1 from stg_commune_indicator q
      where q.submission_id = c.submission_id and q.commune_code = c.commune_code
        and q.outcome in ('loaded', 'warning') and q.excel_row < c.excel_row);

create view stg_offered_support as
select s.district_code, p.support_type, p.target_key, p.support_year, p.target, p.commune_code, p.amount,
       p.funding_source, s.period_code, p.row_hash, p.submission_id, p.sheet_name, p.excel_row
from stg_support p
join audit_submission s on s.submission_id = p.submission_id
where s.is_current and p.outcome in ('loaded', 'warning')
  and not exists (
      select 1 from stg_support q
      where q.target_key = p.target_key and q.support_type = p.support_type and q.support_year = p.support_year
        and q.submission_id = p.submission_id and q.outcome in ('loaded', 'warning') and q.excel_row < p.excel_row);

-- The first-copy test above seeks (key, file): the support identity index gains the file.
drop index stg_support_identity_ix;
create index stg_support_identity_ix on stg_support (target_key, support_type, support_year, submission_id);
