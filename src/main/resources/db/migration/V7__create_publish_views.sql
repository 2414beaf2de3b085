-- What the warehouse should hold: the accepted rows of the submissions in force (one per district and
-- period). Where several rounds carry the same record, the newest period's copy wins.
create view stg_current_rating as
select x.district_code, x.product_key, x.recognised_on, x.product_code, x.product_name, x.set_no, x.group_no,
       x.entity_name, x.entity_key, x.commune_code, x.stars, x.score, x.certified, x.expires_on, x.decision_no,
       x.recognition_level, x.value_chain, x.period_code, x.row_hash, x.submission_id, x.sheet_name, x.excel_row
from (
    select s.district_code, p.product_key, p.recognised_on, p.product_code, p.product_name, p.set_no, p.group_no,
           p.entity_name, p.entity_key, p.commune_code, p.stars, p.score, p.stars >= 3 as certified, p.expires_on,
           p.decision_no, p.recognition_level, p.value_chain, s.period_code, p.row_hash, p.submission_id,
           p.sheet_name, p.excel_row,
           row_number() over (partition by s.district_code, p.product_key, p.recognised_on
                              order by s.period_ends_on desc, p.excel_row) as copy_no
    from stg_product p
    join audit_submission s on s.submission_id = p.submission_id
    where s.is_current and p.outcome in ('loaded', 'warning')
) x
where x.copy_no = 1;

create view stg_current_entity as
select x.district_code, x.entity_key, x.entity_name, x.entity_type, x.commune_code, x.tax_code, x.founded_year,
       x.members, x.workers, x.period_code, x.row_hash, x.submission_id, x.sheet_name, x.excel_row
from (
    select s.district_code, e.entity_key, e.entity_name, e.entity_type, e.commune_code, e.tax_code, e.founded_year,
           e.members, e.workers, s.period_code, e.row_hash, e.submission_id, e.sheet_name, e.excel_row,
           row_number() over (partition by s.district_code, e.entity_key order by s.period_ends_on desc, e.excel_row) as copy_no
    from stg_entity e
    join audit_submission s on s.submission_id = e.submission_id
    where s.is_current and e.outcome in ('loaded', 'warning')
) x
where x.copy_no = 1;

create view stg_current_commune_indicator as
select x.district_code, x.period_code, x.commune_code, x.ntm_year, x.especially_difficult, x.households,
       x.poor_households, x.row_hash, x.submission_id, x.sheet_name, x.excel_row
from (
    select s.district_code, s.period_code, c.commune_code, c.ntm_year, c.especially_difficult, c.households,
           c.poor_households, c.row_hash, c.submission_id, c.sheet_name, c.excel_row,
           row_number() over (partition by s.district_code, s.period_code, c.commune_code order by c.excel_row) as copy_no
    from stg_commune_indicator c
    join audit_submission s on s.submission_id = c.submission_id
    where s.is_current and c.outcome in ('loaded', 'warning')
) x
where x.copy_no = 1;

create view stg_current_support as
select x.district_code, x.support_type, x.target_key, x.support_year, x.target, x.commune_code, x.amount,
       x.funding_source, x.period_code, x.row_hash, x.submission_id, x.sheet_name, x.excel_row
from (
    select s.district_code, p.support_type, p.target_key, p.support_year, p.target, p.commune_code, p.amount,
           p.funding_source, s.period_code, p.row_hash, p.submission_id, p.sheet_name, p.excel_row,
           row_number() over (partition by s.district_code, p.support_type, p.target_key, p.support_year
                              order by s.period_ends_on desc, p.excel_row) as copy_no
    from stg_support p
    join audit_submission s on s.submission_id = p.submission_id
    where s.is_current and p.outcome in ('loaded', 'warning')
) x
where x.copy_no = 1;

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
