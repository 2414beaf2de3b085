-- Each current rating's previous_certified_on (the day its product's latest earlier current rating of
-- 3 stars and up was recognised, null where there is none) is stored, filled by publishing
-- (ProductSheet.PREVIOUS_CERTIFIED_ON), so that "distinct products recognised from one day to another"
-- is a count of the ratings in that window whose product had no certified rating since its first day:
-- a sum over the per-day figures the report already reads in one pass (Recognitions), where a
-- distinct over every current rating took four passes of 1.7-4 s each on the 41-file benchmark.
-- Closed versions keep null: no reader asks them.
alter table fct_rating add column previous_certified_on date;

update fct_rating f set previous_certified_on = (
    select max(n.recognised_on) from fct_rating n
    where n.valid_to_run is null and n.district_code = f.district_code and n.product_key = f.product_key
      and n.recognised_on < f.recognised_on and n.certified)
where f.valid_to_run is null;
