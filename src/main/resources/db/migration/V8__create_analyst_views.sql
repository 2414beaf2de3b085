-- Views for analysts (docs/warehouse.md): the current state, named, without versioning columns.

-- Each product's newest current rating, whatever its date; filter on recognised_on / expires_on
-- for a given day, or use v_progress_by_district for the default report date.
create view v_current_products as
select r.district_code, d.district_name, r.product_key, r.product_code, r.product_name,
       r.group_no, g.group_name, r.set_no, g.set_name, r.entity_key, r.entity_name, e.entity_type,
       r.commune_code, c.commune_type, c.commune_name, r.stars, r.score, r.certified, r.recognised_on, r.expires_on,
       r.decision_no, r.recognition_level, r.value_chain, r.period_code, s.file_name, r.sheet_name, r.excel_row
from (select f.*, row_number() over (partition by f.district_code, f.product_key order by f.recognised_on desc) as newest
      from fct_rating f where f.valid_to_run is null) r
join ref_district d on d.district_code = r.district_code
join audit_submission s on s.submission_id = r.submission_id
left join (select distinct group_no, group_name, cast(null as int) as set_no, cast(null as varchar(200)) as set_name
           from ref_product_set
           union all
           select group_no, group_name, set_no, set_name from ref_product_set) g
       on g.group_no = r.group_no and (g.set_no = r.set_no or (g.set_no is null and r.set_no is null))
left join ref_commune c on c.commune_code = r.commune_code
       and (c.valid_from is null or c.valid_from <= r.recognised_on)
       and (c.valid_to is null or c.valid_to >= r.recognised_on)
left join dim_entity e on e.valid_to_run is null and e.district_code = r.district_code and e.entity_key = r.entity_key
where r.newest = 1;

-- Commune indicators of every period in force, with names as they were at the period's end.
create view v_commune_indicators as
select i.period_code, p.ends_on as period_ends_on, i.district_code, d.district_name, i.commune_code,
       c.commune_type, c.commune_name, i.ntm_year, i.especially_difficult, i.households, i.poor_households,
       case when i.households > 0 then cast(i.poor_households as numeric(14, 4)) / i.households end as poverty_rate,
       s.file_name, i.sheet_name, i.excel_row
from fct_commune_indicator i
join dim_period p on p.period_code = i.period_code
join ref_district d on d.district_code = i.district_code
join audit_submission s on s.submission_id = i.submission_id
left join ref_commune c on c.commune_code = i.commune_code
       and (c.valid_from is null or c.valid_from <= p.ends_on)
       and (c.valid_to is null or c.valid_to >= p.ends_on)
where i.valid_to_run is null;

-- The default report date: the end of the newest reporting period in force.
create view v_report_date as
select max(period_ends_on) as as_of from audit_submission where is_current;

-- Each product's newest rating on or before the report date, and whether it is a valid certificate then.
create view v_product_status as
select r.district_code, r.product_key, r.product_name, r.entity_key, r.commune_code, r.stars, r.recognised_on,
       r.expires_on, r.as_of, (r.stars >= 3 and r.expires_on > r.as_of) as valid_certified
from (select f.*, a.as_of,
             row_number() over (partition by f.district_code, f.product_key order by f.recognised_on desc) as newest
      from fct_rating f
      cross join v_report_date a
      where f.valid_to_run is null and f.recognised_on <= a.as_of) r
where r.newest = 1;

-- Per district, as of the report date: valid certified products by stars, OCOP entities, poverty.
-- (The progress workbook adds what SQL alone does not: communes mapped across the 2020 mergers.)
create view v_progress_by_district as
select d.district_code, d.district_name, a.as_of,
       (select count(*) from v_product_status v where v.district_code = d.district_code and v.valid_certified and v.stars = 3) as products_3_stars,
       (select count(*) from v_product_status v where v.district_code = d.district_code and v.valid_certified and v.stars = 4) as products_4_stars,
       (select count(*) from v_product_status v where v.district_code = d.district_code and v.valid_certified and v.stars = 5) as products_5_stars,
       (select count(*) from v_product_status v where v.district_code = d.district_code and v.valid_certified) as products_valid,
       (select count(distinct v.entity_key) from v_product_status v where v.district_code = d.district_code and v.valid_certified) as ocop_entities,
       (select sum(i.households) from v_commune_indicators i where i.district_code = d.district_code
          and i.period_ends_on = (select max(j.period_ends_on) from v_commune_indicators j
                                  where j.district_code = d.district_code and j.period_ends_on <= a.as_of)) as households,
       (select sum(i.poor_households) from v_commune_indicators i where i.district_code = d.district_code
          and i.period_ends_on = (select max(j.period_ends_on) from v_commune_indicators j
                                  where j.district_code = d.district_code and j.period_ends_on <= a.as_of)) as poor_households
from ref_district d
cross join v_report_date a;
