package vn.backan.ocop.report;



/** {@code Chất lượng dữ liệu}: rows read, loaded and rejected per sheet of each file in force, with its most frequent problems. */
record QualitySheet(Progress p, Heading heading) {

    void write(SheetWriter w) {
        heading.write(w, "CHẤT LƯỢNG DỮ LIỆU CÁC BÁO CÁO ĐANG CÓ HIỆU LỰC",
                "Mỗi dòng là một sheet của tệp đang có hiệu lực. Lỗi thường gặp: tên lỗi (số lần); chi tiết trong tệp phản hồi của huyện. "
                        + "Cột cuối: mã lỗi, để lọc.");
        w.width(2, 24).width(8, 44).width(9, 26);
        w.header("Huyện, thành phố", "Kỳ", "Tệp", "Sheet", "Số dòng đọc", "Nạp", "Nạp có cảnh báo", "Từ chối", "Lỗi thường gặp",
                "Mã lỗi");
        int first = w.lastRowNumber() + 1;
        int[] sum = new int[4];
        for (Progress.QualityLine q : p.quality()) {
            w.row(q.district(), q.period().label(), q.fileName(), q.sheet(), q.read(), q.loaded(), q.warning(), q.rejected(),
                    IssueNames.of(q.topRules()), IssueNames.codes(q.topRules()));
            sum[0] += q.read();
            sum[1] += q.loaded();
            sum[2] += q.warning();
            sum[3] += q.rejected();
        }
        int last = w.lastRowNumber();
        w.endOfTable();
        if (last >= first) {
            w.sumRow(10, 4, first, last, sum);
        }
        w.finish(true);
    }
}
