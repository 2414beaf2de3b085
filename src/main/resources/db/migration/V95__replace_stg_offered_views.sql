-- What each file in force offers the warehouse: its accepted rows, as they are. V91's views also kept
-- only the first row of each key within the file, by one index seek and row fetch per staged row (about
-- half of publishing's time at a million staged rows), which the review has already made so: it rejects
-- every later copy of a key within a file (duplicates, CrossRowChecks), and each sheet's duplicate key is
-- its warehouse key within a file (checked where the sheets are described, SheetDescription).
drop view stg_offered_rating;
drop view stg_offered_entity;
drop view stg_offered_commune_indicator;
drop view stg_offered_support;

create view stg_offered_rating as
select s.district_code, p.product_key, p.recognised_on, p.product_code, p.product_name, p.set_no, p.group_no,
       p.entity_name, p.entity_key, p.commune_code, p.stars, p.score, p.stars >= 3 as certified, p.expires_on,
       p.decision_no, p.recognition_level, p.value_chain, s.period_code, p.row_hash, p.submission_id,
       p.sheet_name, p.excel_row, p.set_inferred
from stg_product p
join audit_submission s on s.submission_id = p.submission_id
where s.is_current and p.outcome in ('loaded', 'warning');

create view stg_offered_entity as
select s.district_code, e.entity_key, e.entity_name, e.entity_type, e.commune_code, e.tax_code, e.founded_year,
       e.members, e.workers, s.period_code, e.row_hash, e.submission_id, e.sheet_name, e.excel_row
from stg_entity e
join audit_submission s on s.submission_id = e.submission_id
where s.is_current and e.outcome in ('loaded', 'warning');

create view stg_offered_commune_indicator as
select s.district_code, s.period_code, c.commune_code, c.ntm_year, c.especially_difficult, c.households,
       c.poor_households, c.row_hash, c.submission_id, c.sheet_name, c.excel_row
from stg_commune_indicator c
join audit_submission s on s.submission_id = c.submission_id
where s.is_current and c.outcome in ('loaded', 'warning');

create view stg_offered_support as
select s.district_code, p.support_type, p.target_key, p.support_year, p.target, p.commune_code, p.amount,
       p.funding_source, s.period_code, p.row_hash, p.submission_id, p.sheet_name, p.excel_row
from stg_support p
join audit_submission s on s.submission_id = p.submission_id
where s.is_current and p.outcome in ('loaded', 'warning');
