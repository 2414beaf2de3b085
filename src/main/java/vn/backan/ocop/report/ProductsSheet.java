package vn.backan.ocop.report;

import org.apache.poi.ss.util.CellRangeAddress;

import vn.backan.ocop.submission.Programme;
import vn.backan.ocop.warehouse.read.RatingRow;

/** {@code Sản phẩm}: the list of valid products, which {@code Theo huyện} counts over. */
record ProductsSheet(Progress p, Heading heading) {

    /** Columns that {@code Theo huyện} counts over. */
    static final int DISTRICT = 0;
    static final int STARS = 8;

    /** Where the list's rows are: 1-based Excel rows, header included so the range is never empty. */
    record Range(int header, int last) {

        /** An absolute range over one column of the list: {@code 'Sản phẩm'!$A$5:$A$136}. */
        String column(int column) {
            return new CellRangeAddress(header - 1, last - 1, column, column).formatAsString(ProgressWorkbook.PRODUCTS, true);
        }
    }

    Range write(SheetWriter w) {
        heading.write(w, "DANH SÁCH SẢN PHẨM OCOP CÒN HIỆU LỰC",
                ("Sản phẩm có lần đánh giá mới nhất đến ngày báo cáo đạt 3-5 sao và được công nhận chưa quá %d tháng. "
                        + "Xã: theo địa giới tại ngày báo cáo; Xã khi công nhận: nếu xã đó đã sáp nhập.").formatted(Programme.CERTIFICATE_MONTHS));
        // Fifteen columns on one page at 80 % or more: names wrap in columns of fixed width.
        int[] widths = {12, 13, 22, 7, 5, 14, 17, 5, 4, 5, 10, 12, 10, 6, 9};
        for (int c = 0; c < widths.length; c++) {
            w.width(c, widths[c]);
        }
        w.header("Huyện, thành phố", "Xã", "Tên sản phẩm", "Mã SP", "Ngành", "Bộ sản phẩm", "Chủ thể", "Loại hình", "Số sao",
                "Điểm", "Ngày công nhận", "Số quyết định", "Hết hạn", "Chuỗi giá trị", "Xã khi công nhận");
        int header = w.lastRowNumber();
        for (Progress.ProductLine line : p.products()) {
            RatingRow r = line.rating();
            w.row(line.district(), line.commune(), r.productName(), r.productCode(), r.groupNo(), line.set(), r.entityName(),
                    r.entityType(), r.stars(), Cells.decimal(r.score()), r.recognisedOn(), r.decisionNo(), r.expiresOn(),
                    r.valueChain(), line.recordedCommune());
        }
        int last = w.lastRowNumber();
        w.finish(true);
        return new Range(header, last);
    }
}
