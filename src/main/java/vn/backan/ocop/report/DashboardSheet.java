package vn.backan.ocop.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import vn.backan.ocop.entity.EntityType;
import vn.backan.ocop.layout.PrintLayout;
import vn.backan.ocop.submission.Programme;
import vn.backan.ocop.warehouse.read.ProgrammeTargets;

/**
 * {@code Tổng quan}: the programme on one A4 landscape page. Each headline figure beside its value at
 * the end of the period before, the change, and the province's target where it has set one (the
 * target columns are hidden when {@code ref_ocop_target} is empty); below, two charts. The figures
 * and their definitions in full stay in {@code Tổng hợp}.
 */
final class DashboardSheet {

    /** Columns. */
    private static final int LABEL = 0;
    private static final int BEFORE = 1;
    private static final int NOW = 2;
    private static final int CHANGE = 3;
    private static final int TARGET = 4;
    private static final int SHARE = 5;
    private static final int NOTE = 6;
    private static final int CHART_ROWS = 13;

    /** One headline figure: how it is read from a progress (and the dashboard's own counts). */
    private record Figure(String code, String label, ToIntFunction<Side> value, String note) {
    }

    /** One side of the comparison: a progress and the recognitions counted for its period. */
    /** The label of the count of distinct products recognised since the programme's start, here and on {@code Tổng hợp}. */
    static final String RECOGNISED_TOTAL = "Sản phẩm được công nhận từ %d (lũy kế)".formatted(Programme.startYear());

    private record Side(Progress progress, int[] recognised, int since2021) {

        Tally t() {
            return progress.province();
        }
    }

    private static final List<Figure> FIGURES = List.of(
            new Figure("VALID_TOTAL", "Sản phẩm OCOP còn hiệu lực", s -> s.t().valid(),
                    "3-5 sao, công nhận chưa quá %d tháng".formatted(Programme.CERTIFICATE_MONTHS)),
            new Figure("VALID_3_STARS", "   3 sao", s -> s.t().validByStars[3], ""),
            new Figure("VALID_4_STARS", "   4 sao", s -> s.t().validByStars[4], ""),
            new Figure("VALID_5_STARS", "   5 sao", s -> s.t().validByStars[5], "do Trung ương công nhận"),
            new Figure("NEW_IN_PERIOD", "Công nhận mới trong kỳ", s -> Dashboard.certified(s.recognised()),
                    "lần công nhận 3-5 sao có ngày trong kỳ"),
            new Figure("NEW_SINCE_2021", "Sản phẩm mới từ " + SheetWriter.DAY.format(Programme.PHASE_START), Side::since2021,
                    "sản phẩm khác nhau đạt 3-5 sao, %d-%d".formatted(Programme.PHASE_START.getYear(), Programme.LAST_DAY.getYear())),
            new Figure("RECOGNISED_TOTAL", RECOGNISED_TOTAL, s -> s.progress().recognisedSince2018(),
                    "kể cả đã hết hạn"),
            new Figure("EXPIRING", "Chứng nhận hết hạn trong 6 tháng tới", s -> s.t().expiringSoon, "cần đánh giá lại; danh sách ở sheet " + ProgressWorkbook.EXPIRING),
            new Figure("NTM_WITH_OCOP", "Xã nông thôn mới có sản phẩm OCOP", s -> s.t().ntmWithOcop(),
                    "số liệu xã kỳ gần nhất"),
            new Figure("DIFFICULT_WITH_OCOP", "Xã đặc biệt khó khăn có sản phẩm OCOP", s -> s.t().difficultWithOcop(),
                    "số liệu xã kỳ gần nhất"),
            new Figure("ENTITIES", "Chủ thể OCOP", s -> s.t().entities(), "có sản phẩm còn hiệu lực"),
            new Figure("ENTITIES_HTX", "   " + EntityType.HTX.label(), s -> s.t().entities("HTX"), ""),
            new Figure("ENTITIES_DN", "   " + EntityType.DN.label(), s -> s.t().entities("DN"), ""),
            new Figure("ENTITIES_THT", "   " + EntityType.THT.label(), s -> s.t().entities("THT"), ""),
            new Figure("ENTITIES_HKD", "   " + EntityType.HKD.label(), s -> s.t().entities("HKD"), ""),
            new Figure("ON_TIME", "Báo cáo của kỳ nộp đúng hạn", DashboardSheet::onTime, "trên 8 huyện, thành phố"));

    private final Progress p;
    private final Dashboard d;

    DashboardSheet(Progress progress, Dashboard dashboard) {
        this.p = progress;
        this.d = dashboard;
    }

    /**
     * Writes the table, then the charts: by stars against the period before (drawn from this sheet),
     * and by district (drawn from {@code Theo huyện}, {@code districts} being that chart's frame and series).
     */
    void write(SheetWriter w, XSSFSheet drawing, Charts.Frame districts, List<Charts.Series> byDistrict) {
        Map<String, ProgrammeTargets.Target> targets = new HashMap<>();
        d.targets().forEach(t -> targets.put(t.code(), t));
        boolean showTargets = FIGURES.stream().anyMatch(f -> targets.containsKey(f.code()));
        w.width(LABEL, 40).width(BEFORE, 14).width(NOW, 14).width(CHANGE, 10).width(TARGET, 11).width(SHARE, 9)
                .width(NOTE, showTargets ? 42 : 58);
        String nowHeader = "Kỳ này (" + SheetWriter.DAY.format(p.asOf()) + ")";
        String beforeHeader = d.previous() == null ? "Kỳ trước" : "Kỳ trước (" + SheetWriter.DAY.format(d.previous().asOf()) + ")";
        int year = d.targets().stream().mapToInt(ProgrammeTargets.Target::year).max().orElse(0);
        int headerRow = w.rowIndex();
        w.header("Chỉ tiêu", beforeHeader, nowHeader, "Thay đổi", "Mục tiêu " + (year == 0 ? "" : year), "Đạt (%)",
                "Cách tính");
        Side now = new Side(p, d.newNow(), d.since2021Now());
        Side before = d.previous() == null ? null : new Side(d.previous(), d.newBefore(), d.since2021Before());
        Map<String, Integer> rows = new HashMap<>();
        for (Figure f : FIGURES) {
            int r = w.rowIndex() + 1;
            rows.put(f.code(), w.rowIndex());
            int value = f.value().applyAsInt(now);
            Object[] cells = new Object[NOTE + 1];
            cells[LABEL] = f.label();
            cells[NOW] = value;
            if (before != null) {
                int was = f.value().applyAsInt(before);
                cells[BEFORE] = was;
                cells[CHANGE] = Cells.formula("C" + r + "-B" + r, value - was);
            }
            ProgrammeTargets.Target target = targets.get(f.code());
            if (target != null) {
                cells[TARGET] = target.value();
                cells[SHARE] = new Cells.Formula("IF(E" + r + "=0,0,C" + r + "/E" + r + ")",
                        target.value() == 0 ? 0 : (double) value / target.value(), true);
            }
            cells[NOTE] = f.note().isEmpty() ? null : f.note();
            boolean headline = !f.label().startsWith(" ");
            if (headline) {
                w.boldRow(cells);
            } else {
                w.row(cells);
            }
        }
        if (showTargets) {
            for (ProgrammeTargets.Target t : d.targets()) {
                w.row(new Cells.Span("Mục tiêu đến năm " + t.year() + ": " + t.description() + " (nguồn: " + t.source() + ")", NOTE + 1));
            }
        } else {
            w.note("Tỉnh chưa nhập mục tiêu (bảng ref_ocop_target trống): cột Mục tiêu được ẩn.");
        }
        w.finish(false);
        if (!showTargets) {
            w.sheet().setColumnHidden(TARGET, true);
            w.sheet().setColumnHidden(SHARE, true);
        }
        PrintLayout.onePage(w.sheet());

        int top = w.rowIndex() + 1;
        List<Charts.Series> stars = new ArrayList<>();
        if (before != null) {
            stars.add(new Charts.Series(beforeHeader, headerRow, BEFORE, starValues(before), "9DC3E6"));
        }
        stars.add(new Charts.Series(nowHeader, headerRow, NOW, starValues(now), "2E75B6"));
        int first = rows.get("VALID_3_STARS");
        Charts.clustered(drawing, new Charts.Frame(ProgressWorkbook.DASHBOARD, "Sản phẩm còn hiệu lực theo hạng sao",
                "Hạng sao", "Số sản phẩm", FIGURES.subList(1, 4).stream().map(Figure::label).toArray(String[]::new), LABEL, first,
                new CellRangeAddress(top, top + CHART_ROWS, LABEL, LABEL)), stars);
        if (districts != null) {
            Charts.columns(drawing, new Charts.Frame(districts.sheetName(), "Sản phẩm còn hiệu lực theo huyện, thành phố",
                    districts.xTitle(), "Số sản phẩm", districts.categories(), districts.column(), districts.firstRow(),
                    new CellRangeAddress(top, top + CHART_ROWS, BEFORE, NOTE)), byDistrict, List.of());
        }
    }

    private static Number[] starValues(Side side) {
        int[] s = side.t().validByStars;
        return new Number[] {s[3], s[4], s[5]};
    }

    private static int onTime(Side side) {
        Progress p = side.progress();
        return (int) p.submissions().stream()
                .filter(s -> s.period().equals(p.currentPeriod()) && Boolean.TRUE.equals(s.onTime())).count();
    }
}
