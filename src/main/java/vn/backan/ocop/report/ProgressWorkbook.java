package vn.backan.ocop.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.backan.ocop.entity.EntityType;
import vn.backan.ocop.support.SupportType;
import vn.backan.ocop.warehouse.read.RatingRow;

/**
 * Writes the consolidated progress workbook (reports spec, section 1), streaming its long lists.
 *
 * <p>The figures that several sheets show are formulas over one source, so that they cannot
 * disagree: a district's products by stars count the rows of {@code Sản phẩm} (COUNTIFS), the
 * province row sums the districts, and {@code Tổng hợp} points at the province row. Every formula is
 * written with its cached value.
 */
final class ProgressWorkbook {

    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
    static final String DASHBOARD = "Tổng quan";
    static final String SUMMARY = "Tổng hợp";
    static final String DISTRICTS = "Theo huyện";
    static final String GROUPS = "Theo bộ sản phẩm";
    static final String PRODUCTS = "Sản phẩm";
    static final String EXPIRING = "Sắp hết hạn";
    static final String COMMUNES = "Xã";
    static final String YEARS = "Theo năm";
    static final String SUBMISSIONS = "Nộp báo cáo";
    static final String QUALITY = "Chất lượng dữ liệu";
    static final String CHANGES = "Thay đổi";
    static final String HISTORY = "Lịch sử";
    static final List<String> SHEETS = List.of(DASHBOARD, SUMMARY, DISTRICTS, GROUPS, PRODUCTS, EXPIRING, COMMUNES, YEARS,
            SUBMISSIONS, QUALITY, CHANGES, HISTORY);

    /** Columns of {@code Sản phẩm} that {@code Theo huyện} counts over. */
    private static final int PRODUCT_DISTRICT = 0;
    private static final int PRODUCT_STARS = 8;
    /** Columns of {@code Theo huyện}, which {@code Tổng hợp} points at. */
    private static final int D_NAME = 1;
    private static final int D_STARS = 2;
    private static final int D_TOTAL = 5;
    private static final int D_ENTITIES = 6;
    private static final int D_COMMUNES = 7;
    private static final int D_NTM = 8;
    private static final int D_NTM_OCOP = 9;
    private static final int D_DIFFICULT = 10;
    private static final int D_HOUSEHOLDS = 11;
    private static final int D_POOR = 12;
    private static final int D_RATE = 13;

    private final Progress p;
    private final Dashboard dashboard;
    private final HistorySheet history;
    private final String subtitle;
    /** The district chart, drawn on {@code Theo huyện} and again on the dashboard. */
    private Charts.Frame districtChart;
    private List<Charts.Series> districtSeries = List.of();

    /** A workbook without comparison or history: the figures of one date only. */
    ProgressWorkbook(Progress progress) {
        this(progress, Dashboard.none(), new HistorySheet(List.of(), 0, ""));
    }

    ProgressWorkbook(Progress progress, Dashboard dashboard, HistorySheet history) {
        this.p = progress;
        this.dashboard = dashboard;
        this.history = history;
        this.subtitle = "Số liệu tính đến ngày " + SheetWriter.DAY.format(progress.asOf()) + " — lập lúc "
                + GENERATED.format(progress.generatedAt().atZone(ZoneId.systemDefault()));
    }

    /** Where the product list's rows are: 1-based Excel rows, header included so the range is never empty. */
    private record ProductRange(int header, int last) {
    }

    void write(OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            Styles styles = new Styles(workbook);
            Map<String, SheetWriter> sheets = new LinkedHashMap<>();
            for (String name : SHEETS) {
                sheets.put(name, new SheetWriter(workbook.createSheet(name), styles));
            }
            // Written in the order their formulas need: the product list, the districts that count
            // it, then the summary that points at the districts' totals.
            ProductRange products = products(sheets.get(PRODUCTS));
            int totalsRow = districts(sheets.get(DISTRICTS), products, workbook);
            dashboard(sheets.get(DASHBOARD), workbook);
            summary(sheets.get(SUMMARY), totalsRow);
            groups(sheets.get(GROUPS));
            expiring(sheets.get(EXPIRING));
            communes(sheets.get(COMMUNES));
            years(sheets.get(YEARS), workbook);
            submissions(sheets.get(SUBMISSIONS));
            quality(sheets.get(QUALITY));
            changes(sheets.get(CHANGES));
            heading(sheets.get(HISTORY), "LỊCH SỬ CÁC LẦN CHẠY VÀ THAY ĐỔI TRONG KHO DỮ LIỆU",
                    "Mỗi lần chạy có thay đổi ghi một bảng tổng hợp riêng vào thư mục history (tên có số lần chạy); "
                            + "tệp ocop-progress-<ngày>.xlsx luôn là bản mới nhất. Lần chạy không có thay đổi không ghi lại.",
                    "Thêm, sửa: phiên bản mới của dòng dữ liệu; bỏ, thay: phiên bản thôi hiệu lực. Một dòng sửa được tính ở cả hai cột.");
            history.write(sheets.get(HISTORY));
            workbook.setActiveSheet(0);
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private void heading(SheetWriter w, String title, String... notes) {
        w.title(title).note(subtitle);
        for (String note : notes) {
            w.note(note);
        }
        w.blank();
    }

    private String period() {
        return p.currentPeriod() == null ? "" : " — " + p.currentPeriod().label().toLowerCase(java.util.Locale.ROOT);
    }

    private void summary(SheetWriter w, int totalsRow) {
        Tally t = p.province();
        heading(w, "CHƯƠNG TRÌNH OCOP TỈNH BẮC KẠN — TỔNG HỢP",
                "Số sản phẩm, chủ thể và xã lấy từ dòng Toàn tỉnh của sheet " + DISTRICTS + " (là tổng các huyện, thành phố).");
        w.width(0, 44).width(2, 90);
        w.header("Chỉ tiêu", "Giá trị", "Định nghĩa");
        String d = DISTRICTS;
        w.section("Sản phẩm OCOP");
        w.row("Sản phẩm OCOP còn hiệu lực", Cells.ref(d, totalsRow, D_TOTAL, t.valid(), false),
                "Sản phẩm có lần đánh giá mới nhất đến ngày báo cáo đạt 3-5 sao và được công nhận chưa quá 36 tháng");
        for (int stars = 3; stars <= 5; stars++) {
            w.row("   trong đó " + stars + " sao", Cells.ref(d, totalsRow, D_STARS + stars - 3, t.validByStars[stars], false),
                    stars == 5 ? "Như trên, hạng 5 sao (do Trung ương công nhận)" : "Như trên, hạng " + stars + " sao");
        }
        w.row("Sản phẩm được công nhận từ 2018 (lũy kế)", p.recognisedSince2018(),
                "Số sản phẩm khác nhau được công nhận 3 sao trở lên từ 01/01/2018 đến ngày báo cáo, kể cả đã hết hạn");
        w.section("Chủ thể OCOP");
        w.row("Chủ thể OCOP", Cells.ref(d, totalsRow, D_ENTITIES, t.entities(), false),
                "Chủ thể có ít nhất một sản phẩm OCOP còn hiệu lực");
        for (EntityType type : EntityType.values()) {
            w.row("   trong đó " + type.label(), t.entities(type.name()), "Chủ thể OCOP loại hình " + type.name());
        }
        if (t.entities("?") > 0) {
            w.row("   chưa rõ loại hình", t.entities("?"), "Chủ thể OCOP không có trong sheet Chủ thể của huyện");
        }
        w.section("Hỗ trợ (lũy kế từ năm 2018)");
        for (SupportType type : SupportType.values()) {
            if (type != SupportType.OTHER || p.support().containsKey(type.name())) {
                w.row("Hỗ trợ: " + type.label(), p.support().getOrDefault(type.name(), 0),
                        "Số đối tượng khác nhau được hỗ trợ từ năm 2018 đến năm " + p.asOf().getYear());
            }
        }
        w.section("Xã và hộ nghèo");
        int ntmRow = w.rowIndex();
        w.row("Xã đạt chuẩn nông thôn mới", Cells.ref(d, totalsRow, D_NTM, t.ntm.size(), false),
                "Xã có năm đạt chuẩn NTM không muộn hơn năm báo cáo (số liệu xã kỳ gần nhất)");
        w.row("   trong đó có sản phẩm OCOP", Cells.ref(d, totalsRow, D_NTM_OCOP, t.ntmWithOcop(), false),
                "Xã NTM có chủ thể của ít nhất một sản phẩm OCOP còn hiệu lực");
        double share = ratio(t.ntmWithOcop(), t.ntm.size());
        String ntm = "B" + (ntmRow + 1);
        String ntmOcop = "B" + (ntmRow + 2);
        w.row("   tỷ lệ", new Cells.Formula("IF(" + ntm + "=0,0," + ntmOcop + "/" + ntm + ")", share, true),
                "Xã NTM có sản phẩm OCOP / xã NTM");
        w.row("Xã đặc biệt khó khăn có sản phẩm OCOP", Cells.ref(d, totalsRow, D_DIFFICULT, t.difficultWithOcop(), false),
                "Xã ĐBKK (số liệu xã kỳ gần nhất) có sản phẩm OCOP còn hiệu lực");
        w.row("Xã có sản phẩm OCOP", Cells.ref(d, totalsRow, D_COMMUNES, t.communesWithOcop.size(), false),
                "Xã (theo địa giới tại ngày báo cáo) có sản phẩm OCOP còn hiệu lực");
        w.row("Tỷ lệ hộ nghèo", Cells.ref(d, totalsRow, D_RATE, ratio(t.poorHouseholds, t.households), true),
                "Tổng số hộ nghèo / tổng số hộ, số liệu xã kỳ gần nhất của mỗi huyện");
        w.row("Tỷ lệ hộ nghèo kỳ đầu" + (p.baselinePeriod() == null ? "" : " (" + p.baselinePeriod() + ")"),
                Cells.percent(p.baselinePovertyRate()), "Như trên, kỳ báo cáo sớm nhất đã nạp");
        w.section("Báo cáo của các huyện" + period());
        long expected = p.submissions().stream().filter(s -> s.period().equals(p.currentPeriod())).count();
        long received = p.submissions().stream().filter(s -> s.period().equals(p.currentPeriod()) && !s.status().equals("missing")).count();
        long onTime = p.submissions().stream().filter(s -> s.period().equals(p.currentPeriod()) && Boolean.TRUE.equals(s.onTime())).count();
        String label = p.currentPeriod() == null ? "" : " — " + p.currentPeriod().label();
        w.row("Báo cáo phải nộp" + label, (int) expected, "Tất cả 8 huyện, thành phố mỗi kỳ");
        w.row("Báo cáo đã nhận" + label, (int) received, "Huyện đã gửi tệp của kỳ (kể cả tệp bị từ chối)");
        w.row("Báo cáo đúng hạn" + label, (int) onTime, "Ngày lập trên bìa (hoặc ngày nhận tệp) không quá "
                + p.deadlineDays() + " ngày sau ngày kết thúc kỳ");
        w.finish(false);
    }

    /** Writes the district table and its chart; returns the 0-based row of its totals. */
    private int districts(SheetWriter w, ProductRange products, SXSSFWorkbook workbook) {
        heading(w, "KẾT QUẢ THEO HUYỆN, THÀNH PHỐ",
                "SP 3/4/5 sao, Tổng SP OCOP: sản phẩm OCOP còn hiệu lực, đếm từ sheet " + PRODUCTS
                        + ". Chủ thể OCOP: có ít nhất một sản phẩm còn hiệu lực.",
                "Xã: theo địa giới tại ngày báo cáo. Xã NTM: năm đạt chuẩn không muộn hơn năm báo cáo. "
                        + "Số hộ, hộ nghèo: số liệu xã kỳ gần nhất của huyện.");
        int headerRow = w.rowIndex();
        w.header("Mã", "Huyện, thành phố", "SP 3 sao", "SP 4 sao", "SP 5 sao", "Tổng SP OCOP", "Chủ thể OCOP",
                "Xã có SP OCOP", "Xã NTM", "Xã NTM có SP OCOP", "Xã ĐBKK có SP OCOP", "Tổng số hộ", "Số hộ nghèo",
                "Tỷ lệ hộ nghèo", "Báo cáo kỳ " + (p.currentPeriod() == null ? "" : p.currentPeriod().code()));
        int firstRow = w.rowIndex();
        String names = range(PRODUCTS, PRODUCT_DISTRICT, products);
        String stars = range(PRODUCTS, PRODUCT_STARS, products);
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
            for (int s = 3; s <= 5; s++) {
                values[D_STARS + s - 3] = Cells.formula("COUNTIFS(" + names + ",$B" + row + "," + stars + "," + s + ")", t.validByStars[s]);
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
                ratio(t.poorHouseholds, t.households), true);
        w.boldRow(totals);
        w.finish(false);

        List<Charts.Series> series = new ArrayList<>();
        String[] colours = {"9DC3E6", "2E75B6", "C00000"};
        for (int s = 3; s <= 5; s++) {
            final int star = s;
            series.add(new Charts.Series(s + " sao", headerRow, D_STARS + s - 3,
                    byStars.stream().map(b -> (Number) b[star]).toArray(Number[]::new), colours[s - 3]));
        }
        int top = totalsRow + 2;
        districtChart = new Charts.Frame(DISTRICTS, "Sản phẩm OCOP còn hiệu lực theo huyện và hạng sao", "Huyện, thành phố",
                "Số sản phẩm", categories.toArray(String[]::new), D_NAME, firstRow, new CellRangeAddress(top, top + 14, 1, 13));
        districtSeries = series;
        Charts.columns(workbook.getXSSFWorkbook().getSheet(DISTRICTS), districtChart, series, List.of());
        return totalsRow;
    }

    private void dashboard(SheetWriter w, SXSSFWorkbook workbook) {
        heading(w, "CHƯƠNG TRÌNH OCOP TỈNH BẮC KẠN — TỔNG QUAN" + period().toUpperCase(java.util.Locale.ROOT),
                "Kỳ này: " + (p.currentPeriod() == null ? "" : p.currentPeriod().label() + ", ") + "số liệu đến ngày báo cáo. "
                        + (dashboard.before() == null ? "" : "Kỳ trước: " + dashboard.before().label() + ", cùng cách tính tại ngày kết thúc kỳ, "
                        + "trên dữ liệu hiện có. ") + "Định nghĩa đầy đủ ở sheet " + SUMMARY + ".");
        new DashboardSheet(p, dashboard).write(w, workbook.getXSSFWorkbook().getSheet(DASHBOARD), districtChart, districtSeries);
    }

    /**
     * The cached value of a ratio formula: the division in doubles, as a spreadsheet computes it (a
     * rounded value would differ from the recalculated one in its last digits).
     */
    private static double ratio(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    /** An absolute range over one column of the product list: {@code 'Sản phẩm'!$A$5:$A$136}. */
    private static String range(String sheet, int column, ProductRange rows) {
        return new CellRangeAddress(rows.header() - 1, rows.last() - 1, column, column).formatAsString(sheet, true);
    }

    private void groups(SheetWriter w) {
        heading(w, "SẢN PHẨM OCOP CÒN HIỆU LỰC THEO BỘ SẢN PHẨM (QUYẾT ĐỊNH 148/QĐ-TTg)",
                "6 ngành, 26 bộ sản phẩm. Dòng in đậm là tổng của ngành; dòng Toàn tỉnh là tổng các ngành.");
        w.header("Ngành", "Tên ngành", "Bộ SP", "Tên bộ sản phẩm", "3 sao", "4 sao", "5 sao", "Tổng");
        Map<String, List<Progress.GroupLine>> byGroup = new LinkedHashMap<>();
        p.groups().forEach(g -> byGroup.computeIfAbsent(g.groupNumber(), k -> new ArrayList<>()).add(g));
        List<Integer> groupRows = new ArrayList<>();
        int[] all = new int[6];
        for (Map.Entry<String, List<Progress.GroupLine>> group : byGroup.entrySet()) {
            int row = w.rowIndex() + 1;
            int from = row + 1;
            int to = row + group.getValue().size();
            int[] sum = new int[6];
            group.getValue().forEach(g -> {
                for (int s = 3; s <= 5; s++) {
                    sum[s] += g.byStars()[s];
                }
            });
            Object[] values = new Object[8];
            values[0] = group.getKey();
            values[1] = group.getValue().get(0).groupName();
            for (int s = 3; s <= 5; s++) {
                String c = Cells.column(4 + s - 3);
                values[4 + s - 3] = Cells.formula("SUM(" + c + from + ":" + c + to + ")", sum[s]);
                all[s] += sum[s];
            }
            values[7] = Cells.formula("SUM(E" + row + ":G" + row + ")", sum[3] + sum[4] + sum[5]);
            w.boldRow(values);
            groupRows.add(row);
            for (Progress.GroupLine g : group.getValue()) {
                int[] s = g.byStars();
                int r = w.rowIndex() + 1;
                w.row(null, null, g.setNumber(), g.setName() == null ? "(chưa rõ bộ sản phẩm)" : g.setName(),
                        s[3], s[4], s[5], Cells.formula("SUM(E" + r + ":G" + r + ")", s[3] + s[4] + s[5]));
            }
        }
        Object[] totals = new Object[8];
        totals[1] = "Toàn tỉnh";
        for (int s = 3; s <= 5; s++) {
            String c = Cells.column(4 + s - 3);
            totals[4 + s - 3] = Cells.formula(String.join("+", groupRows.stream().map(r -> c + r).toList()), all[s]);
        }
        int r = w.rowIndex() + 1;
        totals[7] = Cells.formula("SUM(E" + r + ":G" + r + ")", all[3] + all[4] + all[5]);
        w.boldRow(totals);
        w.finish(false);
    }

    private ProductRange products(SheetWriter w) {
        heading(w, "DANH SÁCH SẢN PHẨM OCOP CÒN HIỆU LỰC",
                "Sản phẩm có lần đánh giá mới nhất đến ngày báo cáo đạt 3-5 sao và được công nhận chưa quá 36 tháng. "
                        + "Xã: theo địa giới tại ngày báo cáo; Xã khi công nhận: nếu xã đó đã sáp nhập.");
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
        return new ProductRange(header, last);
    }

    private void expiring(SheetWriter w) {
        heading(w, "CHỨNG NHẬN SẮP HẾT HẠN (6 THÁNG TỚI) VÀ VỪA HẾT HẠN (6 THÁNG QUA) — CẦN ĐÁNH GIÁ LẠI",
                "Chứng nhận có hiệu lực 36 tháng kể từ ngày công nhận. Số ngày còn lại âm: đã hết hạn từng ấy ngày.");
        w.header("Huyện, thành phố", "Xã", "Tên sản phẩm", "Chủ thể", "Số sao", "Ngày công nhận", "Hết hạn",
                "Số ngày còn lại", "Tình trạng");
        for (Progress.ExpiringLine line : p.expiring()) {
            RatingRow r = line.rating();
            w.row(line.district(), line.commune(), r.productName(), r.entityName(), r.stars(), r.recognisedOn(), r.expiresOn(),
                    line.daysLeft(), line.daysLeft() > 0 ? "Sắp hết hạn" : "Đã hết hạn");
        }
        if (p.expiring().isEmpty()) {
            w.row("Không có chứng nhận nào hết hạn trong khoảng 6 tháng trước và sau ngày báo cáo.");
        }
        w.finish(!p.expiring().isEmpty());
    }

    private void communes(SheetWriter w) {
        heading(w, "CHỈ TIÊU XÃ (ĐỊA GIỚI TẠI NGÀY BÁO CÁO)",
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
                new Cells.Formula("IF(F" + row + "=0,0,G" + row + "/F" + row + ")", ratio(poor, households), true),
                Cells.formula("SUM(I" + first + ":I" + last + ")", products));
        w.finish(true);
    }

    private void years(SheetWriter w, SXSSFWorkbook workbook) {
        heading(w, "KẾT QUẢ THEO NĂM",
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
            for (int i = 3; i <= 5; i++) {
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
        for (int s = 3; s <= 5; s++) {
            final int star = s;
            stacked.add(new Charts.Series("Công nhận mới " + s + " sao", headerRow, s - 2,
                    p.years().stream().map(y -> (Number) y.recognisedByStars()[star]).toArray(Number[]::new), colours[s - 3]));
        }
        Charts.Series valid = new Charts.Series("SP còn hiệu lực cuối năm", headerRow, 5,
                p.years().stream().map(y -> (Number) y.validAtEnd()).toArray(Number[]::new), "C00000");
        int top = last + 2;
        Charts.columns(workbook.getXSSFWorkbook().getSheet(YEARS),
                new Charts.Frame(YEARS, "Sản phẩm OCOP công nhận mới và còn hiệu lực theo năm", "Năm", "Số sản phẩm",
                        years, 0, firstRow, new CellRangeAddress(top, top + 19, 0, 8)),
                stacked, List.of(valid));
    }

    /** "2020", or "2021 (đến 30/06)" for a year the report date cuts short. */
    private String yearLabel(int year) {
        boolean partial = year == p.asOf().getYear() && !p.asOf().equals(java.time.LocalDate.of(year, 12, 31));
        return partial ? year + " (đến " + p.asOf().format(DateTimeFormatter.ofPattern("dd/MM")) + ")" : Integer.toString(year);
    }

    private void submissions(SheetWriter w) {
        heading(w, "TÌNH HÌNH NỘP BÁO CÁO CỦA CÁC HUYỆN",
                "Mỗi kỳ đã nạp, cả 8 huyện, thành phố đều phải nộp. Ngày nhận: ngày lập ghi trên bìa, nếu không có thì ngày hệ thống nhận tệp.",
                "Đúng hạn: ngày nhận không quá " + p.deadlineDays() + " ngày sau ngày kết thúc kỳ. "
                        + "Số lần gửi: số tệp khác nhau đã gửi cho kỳ (bản sửa thay thế bản trước).",
                "Màu: xanh đã nhận, vàng đã nhận nhưng có lỗi hoặc cảnh báo, hồng bị từ chối, xám chưa nộp. Chi tiết từng tệp ở bảng dưới.");
        new SubmissionsSheet(p).write(w);
    }

    private void quality(SheetWriter w) {
        heading(w, "CHẤT LƯỢNG DỮ LIỆU CÁC BÁO CÁO ĐANG CÓ HIỆU LỰC",
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
            Object[] totals = new Object[10];
            totals[0] = "Cộng";
            for (int i = 0; i < 4; i++) {
                String c = Cells.column(4 + i);
                totals[4 + i] = Cells.formula("SUM(" + c + first + ":" + c + last + ")", sum[i]);
            }
            w.boldRow(totals);
        }
        w.finish(true);
    }

    private void changes(SheetWriter w) {
        heading(w, "THAY ĐỔI SO VỚI BẢNG TỔNG HỢP TRƯỚC — LẦN CHẠY " + p.runs().label(),
                "Thêm, Bỏ, Sửa, Đánh giá lại: so với dữ liệu có hiệu lực khi ghi bảng tổng hợp trước (các lần chạy trước đó: sheet "
                        + HISTORY + "). Trước/Sau: chỉ các giá trị thay đổi. Cột cuối: bảng và khóa trong kho dữ liệu, để lọc.");
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
