-- Each staged rating keeps the district of the file that sent it, so that "a product another
-- district reports" seeks only other districts' copies by index instead of joining every copy of
-- the product (a cumulative list repeats each rating in every round) to its submission.
alter table stg_product add column district_code varchar(3);

update stg_product set district_code = (
    select s.district_code from audit_submission s where s.submission_id = stg_product.submission_id);

drop index stg_product_name_ix;
create index stg_product_name_ix on stg_product (name_key, entity_key, district_code);
