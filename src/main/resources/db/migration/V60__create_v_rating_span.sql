-- One home for two rules the reports, the template and the analyst views share (issue 13):
--   * a product's newest rating on a day D: its current rating recognised last on or before D;
--   * a valid certificate on D: that newest rating, 3 stars and up (fct_rating.certified), not expired on D.
-- Each current rating is given the days it holds each role, as half-open spans from recognised_on:
--   newest on D            <=> recognised_on <= D and (newest_until is null or D < newest_until)
--   valid certificate on D <=> recognised_on <= D and D < valid_until
-- so a query compares its date with a span instead of restating the rule. newest_until is the day the
-- product's next current rating was recognised; valid_until is the earlier of expires_on and newest_until,
-- null for a rating below 3 stars. (district_code, product_key, recognised_on) is a rating's key.
-- The next rating is a correlated min() over fct_rating_current_ix, not a window function: H2 holds a
-- window's rows in memory (280,000 ratings took more than a 256 MB heap).
create view v_rating_span as
select r.*,
       case when not r.certified then null
            when r.newest_until is null or r.expires_on < r.newest_until then r.expires_on
            else r.newest_until end as valid_until
from (select f.*,
             (select min(n.recognised_on) from fct_rating n
              where n.valid_to_run is null and n.district_code = f.district_code and n.product_key = f.product_key
                and n.recognised_on > f.recognised_on) as newest_until
      from fct_rating f
      where f.valid_to_run is null) r;

-- The analyst views of V8, now on the spans: the same columns, the rules no longer restated (a view is
-- replaced in place, as v_progress_by_district, unchanged, reads v_product_status).

-- Each product's newest current rating, whatever its date; filter on recognised_on / expires_on
-- for a given day, or use v_progress_by_district for the default report date.
create or replace view v_current_products as
select r.district_code, d.district_name, r.product_key, r.product_code, r.product_name,
       r.group_no, g.group_name, r.set_no, g.set_name, r.entity_key, r.entity_name, e.entity_type,
       r.commune_code, c.commune_type, c.commune_name, r.stars, r.score, r.certified, r.recognised_on, r.expires_on,
       r.decision_no, r.recognition_level, r.value_chain, r.period_code, s.file_name, r.sheet_name, r.excel_row
from v_rating_span r
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
where r.newest_until is null;

-- Each product's newest rating on or before the report date, and whether it is a valid certificate then.
create or replace view v_product_status as
select r.district_code, r.product_key, r.product_name, r.entity_key, r.commune_code, r.stars, r.recognised_on,
       r.expires_on, a.as_of, coalesce(a.as_of < r.valid_until, false) as valid_certified
from v_rating_span r
cross join v_report_date a
where r.recognised_on <= a.as_of and (r.newest_until is null or a.as_of < r.newest_until);
