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
    ('RECOGNISED_TOTAL', 2025, 200, 'Trên 200 sản phẩm OCOP đến năm 2025',
     'Đề án OCOP tỉnh Bắc Kạn 2021-2025 (QĐ 386/QĐ-UBND, điều chỉnh theo QĐ 1228/QĐ-UBND); Tạp chí Nông nghiệp Việt Nam, 27/11/2023: "Tỉnh Bắc Kạn đặt mục tiêu đến năm 2025 sẽ có trên 200 sản phẩm OCOP"'),
    ('NEW_SINCE_2021', 2025, 70, 'Thêm 70 sản phẩm mới đạt 3 sao trở lên trong giai đoạn 2021-2025',
     'Đề án OCOP tỉnh Bắc Kạn 2021-2025; VietNamNet: "có thêm 70 sản phẩm mới từ 3 sao OCOP cấp tỉnh"'),
    ('VALID_5_STARS', 2025, 2, 'Ít nhất 2 sản phẩm đạt 5 sao OCOP quốc gia đến năm 2025',
     'Đề án OCOP tỉnh Bắc Kạn 2021-2025; VietNamNet, Tạp chí Nông nghiệp Việt Nam: "có ít nhất 2 sản phẩm đạt 5 sao"');
