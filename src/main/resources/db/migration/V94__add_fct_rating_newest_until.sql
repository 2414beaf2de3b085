-- Each current rating's newest_until (the day its product's next current rating was recognised, null
-- for the product's newest) is stored, filled by publishing (ProductSheet.NEWEST_UNTIL), instead of
-- computed by v_rating_span on every read: that correlated minimum was 2.5 of the 3.5 s each of the
-- report's ten passes over the 300,000 ratings of the 41-file benchmark took.
-- Closed versions keep null: no reader asks them for a span.
alter table fct_rating add column newest_until date;

update fct_rating f set newest_until = (
    select min(n.recognised_on) from fct_rating n
    where n.valid_to_run is null and n.district_code = f.district_code and n.product_key = f.product_key
      and n.recognised_on > f.recognised_on)
where f.valid_to_run is null;

-- The same columns in the same order as V60's view (fct_rating's columns, newest_until, valid_until), so
-- that the views reading it stay as they are; only where newest_until comes from changes.
create or replace view v_rating_span as
select f.*,
       case when not f.certified then null
            when f.newest_until is null or f.expires_on < f.newest_until then f.expires_on
            else f.newest_until end as valid_until
from fct_rating f
where f.valid_to_run is null;
