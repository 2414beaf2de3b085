package vn.backan.ocop.report;



/** {@code Thay đổi}: what the runs since the previous workbook changed in the warehouse. */
record ChangesSheet(Progress p, Heading heading) {

    void write(SheetWriter w) {
        heading.write(w, "THAY ĐỔI SO VỚI BẢNG TỔNG HỢP TRƯỚC — LẦN CHẠY " + p.runs().label(),
                "Thêm, Bỏ, Sửa, Đánh giá lại: so với dữ liệu có hiệu lực khi ghi bảng tổng hợp trước (các lần chạy trước đó: sheet "
                        + ProgressWorkbook.HISTORY + "). Trước/Sau: chỉ các giá trị thay đổi. Cột cuối: bảng và khóa trong kho dữ liệu, để lọc.");
        if (p.changes().isEmpty()) {
            w.note("Không có thay đổi so với bảng tổng hợp trước.");
        }
        w.width(0, 10).width(2, 16).width(3, 22).width(4, 22).width(5, 32).width(6, 18).width(7, 14).width(8, 14);
        w.header("Bảng", "Thay đổi", "Huyện, thành phố", "Đối tượng", "Trước", "Sau", "Tệp", "Vị trí trong tệp", "Mã");
        for (ChangeQueries.Change c : p.changes()) {
            w.row(c.table(), c.kind(), p.districtNames().getOrDefault(c.districtCode(), c.districtCode()), c.title(),
                    c.before(), c.after(), c.fileName(), c.location(), c.codes());
        }
        w.finish(true);
    }
}
