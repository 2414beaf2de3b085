-- Where a product's values came from, for the tables districts paste instead of the template:
-- the producer's address below the commune (the village of a full address), a product set inferred
-- from the product's name (no set column), a recognition date derived from the certificate's expiry.
alter table stg_product add column producer_address varchar(500);
alter table stg_product add column set_inferred boolean default false not null;
alter table stg_product add column date_derived boolean default false not null;
