-- stg_product's two secondary indexes led with a product's identity, so the rows of each staged chunk
-- landed all over them, and each chunk's commit rewrote one index page per row on H2: half of staging's
-- time at a million rows (33 s without both against 66-75 s with both on the benchmark).
--
-- Led by the submission, a chunk's rows land together at the end of the index, like the primary key.
-- It still serves what RatingDiffersFromEarlier asks of one file: a rating's copy in a given earlier
-- file.
drop index stg_product_rating_ix;
create index stg_product_rating_ix on stg_product (submission_id, product_key, recognised_on);

-- The name index served only "a product another district's file in force reports"
-- (ProductInOtherDistrict), which now asks this table instead: each district's distinct products
-- (name and entity) in its files in force, a row per product and district rather than per staged row
-- of every cumulative round. The review rebuilds the rows of the districts whose files a run elects.
drop index stg_product_name_ix;

create table int_product_in_force (
    district_code varchar(3) not null,
    name_key varchar(500) not null,
    entity_key varchar(500) not null,
    primary key (district_code, name_key, entity_key)
);

-- The other districts that report a product.
create index int_product_in_force_name_ix on int_product_in_force (name_key, entity_key);

insert into int_product_in_force (district_code, name_key, entity_key)
select distinct s.district_code, p.name_key, p.entity_key
from audit_submission s
join stg_product p on p.submission_id = s.submission_id
where s.is_current and s.district_code is not null and p.outcome <> 'rejected'
  and p.name_key is not null and p.entity_key is not null;
