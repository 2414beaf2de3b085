package vn.backan.ocop.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

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

    private final Progress p;
    private final Dashboard dashboard;
    private final HistorySheet history;
    private final Heading heading;

    /** A workbook without comparison or history: the figures of one date only. */
    ProgressWorkbook(Progress progress) {
        this(progress, Dashboard.none(), new HistorySheet(List.of(), 0, ""));
    }

    ProgressWorkbook(Progress progress, Dashboard dashboard, HistorySheet history) {
        this.p = progress;
        this.dashboard = dashboard;
        this.history = history;
        this.heading = new Heading("Số liệu tính đến ngày " + SheetWriter.DAY.format(progress.asOf()) + " — lập lúc "
                + GENERATED.format(progress.generatedAt().atZone(ZoneId.systemDefault())));
    }

    void write(OutputStream out) throws IOException {
        SXSSFWorkbook workbook = StreamingWorkbook.create();
        try {
            Styles styles = new Styles(workbook);
            Map<String, SheetWriter> sheets = new LinkedHashMap<>();
            for (String name : SHEETS) {
                sheets.put(name, new SheetWriter(workbook.createSheet(name), styles));
            }
            // Written in the order their formulas need: the product list, the districts that count
            // it, then the summary that points at the districts' totals.
            ProductsSheet.Range products = new ProductsSheet(p, heading).write(sheets.get(PRODUCTS));
            DistrictsSheet districts = new DistrictsSheet(p, heading);
            int totalsRow = districts.write(sheets.get(DISTRICTS), products, workbook);
            dashboard(sheets.get(DASHBOARD), workbook, districts);
            new SummarySheet(p, heading).write(sheets.get(SUMMARY), totalsRow);
            new GroupsSheet(p, heading).write(sheets.get(GROUPS));
            new ExpiringSheet(p, heading).write(sheets.get(EXPIRING));
            new CommunesSheet(p, heading).write(sheets.get(COMMUNES));
            new YearsSheet(p, heading).write(sheets.get(YEARS), workbook);
            submissions(sheets.get(SUBMISSIONS));
            new QualitySheet(p, heading).write(sheets.get(QUALITY));
            new ChangesSheet(p, heading).write(sheets.get(CHANGES));
            heading.write(sheets.get(HISTORY), "LỊCH SỬ CÁC LẦN CHẠY VÀ THAY ĐỔI TRONG KHO DỮ LIỆU",
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

    private void dashboard(SheetWriter w, SXSSFWorkbook workbook, DistrictsSheet districts) {
        heading.write(w, "CHƯƠNG TRÌNH OCOP TỈNH BẮC KẠN — TỔNG QUAN" + Heading.period(p).toUpperCase(Locale.ROOT),
                "Kỳ này: " + (p.currentPeriod() == null ? "" : p.currentPeriod().label() + ", ") + "số liệu đến ngày báo cáo. "
                        + (dashboard.before() == null ? "" : "Kỳ trước: " + dashboard.before().label() + ", cùng cách tính tại ngày kết thúc kỳ, "
                        + "trên dữ liệu hiện có. ") + "Định nghĩa đầy đủ ở sheet " + SUMMARY + ".");
        new DashboardSheet(p, dashboard).write(w, workbook.getXSSFWorkbook().getSheet(DASHBOARD), districts.chart(), districts.series());
    }

    private void submissions(SheetWriter w) {
        heading.write(w, "TÌNH HÌNH NỘP BÁO CÁO CỦA CÁC HUYỆN",
                "Mỗi kỳ đã nạp, cả 8 huyện, thành phố đều phải nộp. Ngày nhận: ngày lập ghi trên bìa, nếu không có thì ngày hệ thống nhận tệp.",
                "Đúng hạn: ngày nhận không quá " + p.deadlineDays() + " ngày sau ngày kết thúc kỳ. "
                        + "Số lần gửi: số tệp khác nhau đã gửi cho kỳ (bản sửa thay thế bản trước).",
                "Màu: xanh đã nhận, vàng đã nhận nhưng có lỗi hoặc cảnh báo, hồng bị từ chối, xám chưa nộp. Chi tiết từng tệp ở bảng dưới.");
        new SubmissionsSheet(p).write(w);
    }
}
