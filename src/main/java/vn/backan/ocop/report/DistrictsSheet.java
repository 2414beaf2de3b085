package vn.backan.ocop.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.backan.ocop.submission.Programme;

/** {@code Theo huyện}: per district, valid products counted from {@code Sản phẩm}, entities, communes and poverty; and its chart. */
final class DistrictsSheet {
    /** Columns of the table, which {@code Tổng hợp} points at. */
    static final int D_NAME = 1;
    static final int D_STARS = 2;
    static final int D_TOTAL = 5;
    static final int D_ENTITIES = 6;
    static final int D_COMMUNES = 7;
    static final int D_NTM = 8;
    static final int D_NTM_OCOP = 9;
    static final int D_DIFFICULT = 10;
    static final int D_HOUSEHOLDS = 11;
    static final int D_POOR = 12;
    static final int D_RATE = 13;

    private final Progress p;
    private final Heading heading;
    /** The district chart, drawn here and again on the dashboard: set by {@link #write}. */
    private Charts.Frame chart;
    private List<Charts.Series> series = List.of();

    DistrictsSheet(Progress progress, Heading heading) {
        this.p = progress;
        this.heading = heading;
    }

    Charts.Frame chart() {
        return chart;
    }

    List<Charts.Series> series() {
        return series;
    }

    /** Writes the district table and its chart; returns the 0-based row of its totals. */
    int write(SheetWriter w, ProductsSheet.Range products, SXSSFWorkbook workbook) {
        heading.write(w, "KẾT QUẢ THEO HUYỆN, THÀNH PHỐ",
                "SP 3/4/5 sao, Tổng SP OCOP: sản phẩm OCOP còn hiệu lực, đếm từ sheet " + ProgressWorkbook.PRODUCTS
                        + ". Chủ thể OCOP: có ít nhất một sản phẩm còn hiệu lực.",
                "Xã: theo địa giới tại ngày báo cáo. Xã NTM: năm đạt chuẩn không muộn hơn năm báo cáo. "
                        + "Số hộ, hộ nghèo: số liệu xã kỳ gần nhất của huyện.");
        int headerRow = w.rowIndex();
        w.header("Mã", "Huyện, thành phố", "SP 3 sao", "SP 4 sao", "SP 5 sao", "Tổng SP OCOP", "Chủ thể OCOP",
                "Xã có SP OCOP", "Xã NTM", "Xã NTM có SP OCOP", "Xã ĐBKK có SP OCOP", "Tổng số hộ", "Số hộ nghèo",
                "Tỷ lệ hộ nghèo", "Báo cáo kỳ " + (p.currentPeriod() == null ? "" : p.currentPeriod().code()));
        int firstRow = w.rowIndex();
        String names = products.column(ProductsSheet.DISTRICT);
        String stars = products.column(ProductsSheet.STARS);
        List<String> categories = new ArrayList<>();
        List<int[]> byStars = new ArrayList<>();
        for (Map.Entry<String, Tally> e : p.byDistrict().entrySet()) {
            Tally t = e.getValue();
            int row = w.rowIndex() + 1;
            String status = p.submissions().stream()
                    .filter(s -> s.districtCode().equals(e.getKey()) && s.period().equals(p.currentPeriod()))
                    .map(s -> StatusLabels.of(s.status())).findFirst().orElse(StatusLabels.of("missing"));
            String name = p.districtNames().getOrDefault(e.getKey(), e.getKey());
            Object[] values = new Object[15];
            values[0] = e.getKey();
            values[1] = name;
            for (int s = Programme.CERTIFIED_STARS; s <= Programme.MAX_STARS; s++) {
                values[D_STARS + s - Programme.CERTIFIED_STARS] = Cells.formula("COUNTIFS(" + names + ",$B" + row + "," + stars + "," + s + ")", t.validByStars[s]);
            }
            values[D_TOTAL] = Cells.formula("COUNTIF(" + names + ",$B" + row + ")", t.valid());
            values[D_ENTITIES] = t.entities();
            values[D_COMMUNES] = t.communesWithOcop.size();
            values[D_NTM] = t.ntm.size();
            values[D_NTM_OCOP] = t.ntmWithOcop();
            values[D_DIFFICULT] = t.difficultWithOcop();
            values[D_HOUSEHOLDS] = t.households;
            values[D_POOR] = t.poorHouseholds;
            values[D_RATE] = Cells.percent(t.povertyRate());
            values[14] = status;
            w.row(values);
            categories.add(name);
            byStars.add(t.validByStars);
        }
        int last = w.rowIndex();
        int totalsRow = w.rowIndex();
        Tally t = p.province();
        Object[] totals = new Object[15];
        totals[D_NAME] = "Toàn tỉnh";
        double[] cached = {t.validByStars[3], t.validByStars[4], t.validByStars[5], t.valid(), t.entities(),
                t.communesWithOcop.size(), t.ntm.size(), t.ntmWithOcop(), t.difficultWithOcop(), t.households, t.poorHouseholds};
        for (int i = 0; i < cached.length; i++) {
            String column = Cells.column(D_STARS + i);
            totals[D_STARS + i] = Cells.formula("SUM(" + column + (firstRow + 1) + ":" + column + last + ")", cached[i]);
        }
        String households = Cells.column(D_HOUSEHOLDS) + (totalsRow + 1);
        String poor = Cells.column(D_POOR) + (totalsRow + 1);
        totals[D_RATE] = new Cells.Formula("IF(" + households + "=0,0," + poor + "/" + households + ")",
                Cells.ratio(t.poorHouseholds, t.households), true);
        w.boldRow(totals);
        w.finish(false);

        List<Charts.Series> series = new ArrayList<>();
        String[] colours = {"9DC3E6", "2E75B6", "C00000"};
        for (int s = Programme.CERTIFIED_STARS; s <= Programme.MAX_STARS; s++) {
            final int star = s;
            series.add(new Charts.Series(s + " sao", headerRow, D_STARS + s - Programme.CERTIFIED_STARS,
                    byStars.stream().map(b -> (Number) b[star]).toArray(Number[]::new), colours[s - Programme.CERTIFIED_STARS]));
        }
        int top = totalsRow + 2;
        chart = new Charts.Frame(ProgressWorkbook.DISTRICTS, "Sản phẩm OCOP còn hiệu lực theo huyện và hạng sao", "Huyện, thành phố",
                "Số sản phẩm", categories.toArray(String[]::new), D_NAME, firstRow, new CellRangeAddress(top, top + 14, 1, 13));
        this.series = series;
        Charts.columns(workbook.getXSSFWorkbook().getSheet(ProgressWorkbook.DISTRICTS), chart, series, List.of());
        return totalsRow;
    }
}
