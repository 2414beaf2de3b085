-- The products (name and entity) of a run's staged files that another district's file in force also
-- reports, with the first such district by name: computed once per run and district by the review
-- (ProductInOtherDistrict), so that a product a district repeats in every round of its cumulative
-- lists is sought in the other districts once, not once per file and row. Holds one run's keys; the
-- next run's review replaces them.
create table int_product_elsewhere (
    run_id bigint not null,
    district_code varchar(3) not null,
    name_key varchar(500) not null,
    entity_key varchar(500) not null,
    reported_by varchar(200) not null,
    primary key (run_id, district_code, name_key, entity_key)
);
