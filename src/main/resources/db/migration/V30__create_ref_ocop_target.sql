-- The province's targets for the programme, shown beside the figures on the progress workbook's
-- dashboard. Unlike the other ref_ tables this one is not reloaded from a classpath file: staff keep
-- it (insert, update, delete rows), and an empty table hides the target columns.
-- target_code names the dashboard figure: RECOGNISED_TOTAL (distinct products recognised 3 stars and
-- up since 2018), NEW_SINCE_2021 (distinct products recognised 3 stars and up from 01/01/2021),
-- VALID_5_STARS (valid 5-star products), VALID_TOTAL, VALID_3_STARS, VALID_4_STARS, ENTITIES.
create table ref_ocop_target (
    target_code varchar(40) not null primary key,
    target_year int not null,
    target_value int not null,
    description varchar(500) not null,
    source varchar(1000) not null
);

-- Bắc Kạn's 2021-2025 OCOP plan (Đề án "Mỗi xã, phường một sản phẩm" giai đoạn 2021-2025, Quyết định
-- 386/QĐ-UBND ngày 19/3/2021, điều chỉnh bởi Quyết định 1228/QĐ-UBND ngày 06/7/2023), as reported by
-- the press: the decision's own text was not at hand, so each row names the report it comes from.
insert into ref_ocop_target (target_code, target_year, target_value, description, source) values
    ('RECOGNISED_TOTAL', 2025, 200, 'trên 200 sản phẩm OCOP',
     'Đề án OCOP Bắc Kạn 2021-2025 (QĐ 386/QĐ-UBND; QĐ 1228/QĐ-UBND), theo Tạp chí Nông nghiệp Việt Nam 27/11/2023'),
    ('NEW_SINCE_2021', 2025, 70, 'thêm 70 sản phẩm mới đạt 3 sao trở lên từ 2021',
     'Đề án OCOP Bắc Kạn 2021-2025 theo VietNamNet (Bắc Kạn đẩy mạnh 5 nhóm sản phẩm chủ lực)'),
    ('VALID_5_STARS', 2025, 2, 'ít nhất 2 sản phẩm 5 sao OCOP quốc gia',
     'Đề án OCOP Bắc Kạn 2021-2025 theo VietNamNet và Tạp chí Nông nghiệp Việt Nam, 27/11/2023');
