-- The cross-row rules join a file's ratings with the same ratings in other files. With the
-- submission in the key, each probe finds the one row it wants instead of the same rating in
-- every cumulative round a district has sent (twenty a product after a few years).
drop index stg_product_rating_ix;
create index stg_product_rating_ix on stg_product (product_key, recognised_on, submission_id);
