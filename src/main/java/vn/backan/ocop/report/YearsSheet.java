package vn.backan.ocop.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.backan.ocop.submission.Programme;

/** {@code Theo năm}: recognitions per year and products valid at each year's end, with their chart. */
record YearsSheet(Progress p, Heading heading) {

    void write(SheetWriter w, SXSSFWorkbook workbook) {
        heading.write(w, "KẾT QUẢ THEO NĂM",
                "Công nhận mới: lần công nhận 3-5 sao trong năm (một sản phẩm đánh giá lại được tính ở năm mới). "
                        + "Còn hiệu lực: tại 31/12 (năm báo cáo: tại ngày báo cáo).");
        int headerRow = w.rowIndex();
        w.header("Năm", "Công nhận mới 3 sao", "Công nhận mới 4 sao", "Công nhận mới 5 sao", "Tổng công nhận mới",
                "SP còn hiệu lực cuối năm");
        int firstRow = w.rowIndex();
        int[] sum = new int[6];
        for (Progress.YearLine y : p.years()) {
            int[] s = y.recognisedByStars();
            int r = w.rowIndex() + 1;
            w.row(yearLabel(y.year()), s[3], s[4], s[5], Cells.formula("SUM(B" + r + ":D" + r + ")", s[3] + s[4] + s[5]),
                    y.validAtEnd());
            for (int i = Programme.CERTIFIED_STARS; i <= Programme.MAX_STARS; i++) {
                sum[i] += s[i];
            }
        }
        int last = w.lastRowNumber();
        w.boldRow("Cộng", Cells.formula("SUM(B" + (firstRow + 1) + ":B" + last + ")", sum[3]),
                Cells.formula("SUM(C" + (firstRow + 1) + ":C" + last + ")", sum[4]),
                Cells.formula("SUM(D" + (firstRow + 1) + ":D" + last + ")", sum[5]),
                Cells.formula("SUM(E" + (firstRow + 1) + ":E" + last + ")", sum[3] + sum[4] + sum[5]), null);
        w.finish(false);
        if (p.years().isEmpty()) {
            return;
        }
        String[] years = p.years().stream().map(y -> yearLabel(y.year())).toArray(String[]::new);
        List<Charts.Series> stacked = new ArrayList<>();
        String[] colours = {"9DC3E6", "2E75B6", "1F3864"};
        for (int s = Programme.CERTIFIED_STARS; s <= Programme.MAX_STARS; s++) {
            final int star = s;
            stacked.add(new Charts.Series("Công nhận mới " + s + " sao", headerRow, s - 2,
                    p.years().stream().map(y -> (Number) y.recognisedByStars()[star]).toArray(Number[]::new), colours[s - Programme.CERTIFIED_STARS]));
        }
        Charts.Series valid = new Charts.Series("SP còn hiệu lực cuối năm", headerRow, 5,
                p.years().stream().map(y -> (Number) y.validAtEnd()).toArray(Number[]::new), "C00000");
        int top = last + 2;
        Charts.columns(workbook.getXSSFWorkbook().getSheet(ProgressWorkbook.YEARS),
                new Charts.Frame(ProgressWorkbook.YEARS, "Sản phẩm OCOP công nhận mới và còn hiệu lực theo năm", "Năm", "Số sản phẩm",
                        years, 0, firstRow, new CellRangeAddress(top, top + 19, 0, 8)),
                stacked, List.of(valid));
    }

    /** "2020", or "2021 (đến 30/06)" for a year the report date cuts short. */
    private String yearLabel(int year) {
        boolean partial = year == p.asOf().getYear() && !p.asOf().equals(LocalDate.of(year, 12, 31));
        return partial ? year + " (đến " + p.asOf().format(DateTimeFormatter.ofPattern("dd/MM")) + ")" : Integer.toString(year);
    }
}
