-- Reference data (seeds), reloaded from the classpath CSV files whenever their checksum changes.
create table ref_version (
    ref_name varchar(100) not null primary key,
    checksum varchar(64) not null,
    loaded_at timestamp not null
);

create table ref_district (
    district_code varchar(3) not null primary key,
    district_name varchar(100) not null,
    district_type varchar(30) not null
);

-- One row per version of a commune: a GSO code can be renamed, re-typed or reused over time.
create table ref_commune (
    commune_code varchar(5) not null,
    version_no int not null,
    commune_name varchar(100) not null,
    commune_type varchar(30) not null,
    district_code varchar(3) not null,
    valid_from date,
    valid_to date,
    successor_codes varchar(100),
    primary key (commune_code, version_no)
);

create table ref_product_set (
    set_no int not null primary key,
    group_no varchar(4) not null,
    group_name varchar(200) not null,
    family_name varchar(200) not null,
    sub_family_name varchar(200),
    set_name varchar(200) not null
);
