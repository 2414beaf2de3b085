-- Conformed dimensions over the reference seeds.
create view dim_district as
select district_code, district_name, district_type
from ref_district;

create view dim_commune as
select commune_code, version_no, commune_name, commune_type, district_code, valid_from, valid_to, successor_codes
from ref_commune;

create view dim_product_group as
select set_no, group_no, group_name, family_name, sub_family_name, set_name
from ref_product_set;

-- A product as its newest current rating describes it.
create view dim_product as
select r.district_code, r.product_key, r.product_code, r.product_name, r.set_no, r.group_no,
       r.entity_key, r.entity_name, r.commune_code
from fct_rating r
where r.valid_to_run is null
  and not exists (
      select 1 from fct_rating n
      where n.valid_to_run is null
        and n.district_code = r.district_code
        and n.product_key = r.product_key
        and n.recognised_on > r.recognised_on
  );
