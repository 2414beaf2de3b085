package vn.backan.ocop.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** {@code Xã}: the communes valid on the report date with their latest indicators and valid products. */
record CommunesSheet(Progress p, Heading heading) {

    void write(SheetWriter w) {
        heading.write(w, "CHỈ TIÊU XÃ (ĐỊA GIỚI TẠI NGÀY BÁO CÁO)",
                "Số liệu xã kỳ gần nhất của mỗi huyện; ô trống: huyện chưa báo cáo chỉ tiêu của xã đó.");
        w.header("Huyện, thành phố", "Xã, phường, thị trấn", "Loại", "Năm đạt chuẩn NTM", "Xã ĐBKK", "Tổng số hộ",
                "Số hộ nghèo", "Tỷ lệ hộ nghèo", "SP OCOP còn hiệu lực");
        int first = w.lastRowNumber() + 1;
        long households = 0;
        long poor = 0;
        long products = 0;
        for (Progress.CommuneLine c : p.communes()) {
            BigDecimal rate = c.households() == null || c.households() == 0 || c.poorHouseholds() == null ? null
                    : BigDecimal.valueOf(c.poorHouseholds()).divide(BigDecimal.valueOf(c.households()), 6, RoundingMode.HALF_UP);
            w.row(c.district(), c.commune(), c.type(), Cells.plain(c.ntmYear()), c.difficult(), c.households(), c.poorHouseholds(),
                    Cells.percent(rate), c.validProducts());
            households += c.households() == null ? 0 : c.households();
            poor += c.poorHouseholds() == null ? 0 : c.poorHouseholds();
            products += c.validProducts();
        }
        int last = w.lastRowNumber();
        w.endOfTable();
        int row = last + 1;
        w.boldRow(null, "Toàn tỉnh", null, null, null,
                Cells.formula("SUM(F" + first + ":F" + last + ")", households),
                Cells.formula("SUM(G" + first + ":G" + last + ")", poor),
                new Cells.Formula("IF(F" + row + "=0,0,G" + row + "/F" + row + ")", Cells.ratio(poor, households), true),
                Cells.formula("SUM(I" + first + ":I" + last + ")", products));
        w.finish(true);
    }
}
