-- What the warehouse should hold: the accepted rows of the submissions in force (one per district and
-- period). Where several rounds carry the same record, the newest period's copy wins.
-- "Newest copy" is written as NOT EXISTS over an index, not as a window function: H2 holds a window's
-- rows in memory, and a country's cumulative lists (a million staged rows) do not fit in 256 MB.
-- The newest copy: from the submission whose period ends last (then the later submission), and within
-- one submission the first row.
create view stg_current_rating as
select s.district_code, p.product_key, p.recognised_on, p.product_code, p.product_name, p.set_no, p.group_no,
       p.entity_name, p.entity_key, p.commune_code, p.stars, p.score, p.stars >= 3 as certified, p.expires_on,
       p.decision_no, p.recognition_level, p.value_chain, s.period_code, p.row_hash, p.submission_id,
       p.sheet_name, p.excel_row
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

create view stg_current_entity as
select s.district_code, e.entity_key, e.entity_name, e.entity_type, e.commune_code, e.tax_code, e.founded_year,
       e.members, e.workers, s.period_code, e.row_hash, e.submission_id, e.sheet_name, e.excel_row
from stg_entity e
join audit_submission s on s.submission_id = e.submission_id
where s.is_current and e.outcome in ('loaded', 'warning')
  and not exists (
      select 1 from stg_entity q
      join audit_submission t on t.submission_id = q.submission_id
      where q.entity_key = e.entity_key
        and t.is_current and t.district_code = s.district_code and q.outcome in ('loaded', 'warning')
        and (t.period_ends_on > s.period_ends_on
             or (t.period_ends_on = s.period_ends_on and t.submission_id > s.submission_id)
             or (t.submission_id = s.submission_id and q.excel_row < e.excel_row)));

create view stg_current_commune_indicator as
select s.district_code, s.period_code, c.commune_code, c.ntm_year, c.especially_difficult, c.households,
       c.poor_households, c.row_hash, c.submission_id, c.sheet_name, c.excel_row
from stg_commune_indicator c
join audit_submission s on s.submission_id = c.submission_id
where s.is_current and c.outcome in ('loaded', 'warning')
  and not exists (
      select 1 from stg_commune_indicator q
      where q.submission_id = c.submission_id and q.commune_code = c.commune_code
        and q.outcome in ('loaded', 'warning') and q.excel_row < c.excel_row);

create view stg_current_support as
select s.district_code, p.support_type, p.target_key, p.support_year, p.target, p.commune_code, p.amount,
       p.funding_source, s.period_code, p.row_hash, p.submission_id, p.sheet_name, p.excel_row
from stg_support p
join audit_submission s on s.submission_id = p.submission_id
where s.is_current and p.outcome in ('loaded', 'warning')
  and not exists (
      select 1 from stg_support q
      join audit_submission t on t.submission_id = q.submission_id
      where q.target_key = p.target_key and q.support_type = p.support_type and q.support_year = p.support_year
        and t.is_current and t.district_code = s.district_code and q.outcome in ('loaded', 'warning')
        and (t.period_ends_on > s.period_ends_on
             or (t.period_ends_on = s.period_ends_on and t.submission_id > s.submission_id)
             or (t.submission_id = s.submission_id and q.excel_row < p.excel_row)));

-- Publishing materializes the wanted state of the districts it republishes, then merges it into the
-- versioned tables with a few set-based statements; rows are removed when the publish commits.
create table stg_publish_rating as select * from stg_current_rating where 1 = 0;
alter table stg_publish_rating add column run_id bigint;
create index stg_publish_rating_ix on stg_publish_rating (run_id, district_code, product_key, recognised_on);

create table stg_publish_entity as select * from stg_current_entity where 1 = 0;
alter table stg_publish_entity add column run_id bigint;
create index stg_publish_entity_ix on stg_publish_entity (run_id, district_code, entity_key);

create table stg_publish_commune_indicator as select * from stg_current_commune_indicator where 1 = 0;
alter table stg_publish_commune_indicator add column run_id bigint;
create index stg_publish_commune_indicator_ix on stg_publish_commune_indicator (run_id, district_code, period_code, commune_code);

create table stg_publish_support as select * from stg_current_support where 1 = 0;
alter table stg_publish_support add column run_id bigint;
create index stg_publish_support_ix on stg_publish_support (run_id, district_code, support_type, target_key, support_year);
