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
from (select f.*, row_number() over (partition by f.district_code, f.product_key order by f.recognised_on desc) as newest
      from fct_rating f
      where f.valid_to_run is null) r
where r.newest = 1;
