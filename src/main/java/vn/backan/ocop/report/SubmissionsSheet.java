package vn.backan.ocop.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.backan.ocop.submission.Period;

/**
 * {@code Nộp báo cáo}: the district × period matrix staff read by colour, then the same reports one
 * per line, with the file, to filter and sort.
 */
final class SubmissionsSheet {

    private final Progress p;

    SubmissionsSheet(Progress progress) {
        this.p = progress;
    }

    void write(SheetWriter w) {
        Map<String, String> districts = new LinkedHashMap<>();
        Map<Period, Map<String, Progress.SubmissionLine>> byPeriod = new LinkedHashMap<>();
        for (Progress.SubmissionLine s : p.submissions()) {
            districts.putIfAbsent(s.districtCode(), s.district());
            byPeriod.computeIfAbsent(s.period(), k -> new LinkedHashMap<>()).put(s.districtCode(), s);
        }
        // The counts come first: their narrow columns are also the code and name columns of the list below.
        for (int c = 0; c < districts.size(); c++) {
            w.width(FIRST_DISTRICT + c, MATRIX_CELL_CHARS);
        }
        List<String> header = new ArrayList<>(List.of("Kỳ báo cáo", "Đã nhận", "Đúng hạn"));
        header.addAll(districts.values());
        w.header(header.toArray(String[]::new));
        for (Map.Entry<Period, Map<String, Progress.SubmissionLine>> period : byPeriod.entrySet()) {
            List<Object> cells = new ArrayList<>();
            int received = 0;
            int onTime = 0;
            for (String district : districts.keySet()) {
                Progress.SubmissionLine s = period.getValue().get(district);
                cells.add(s == null ? null : matrixCell(s));
                received += s != null && !s.status().equals("missing") ? 1 : 0;
                onTime += s != null && Boolean.TRUE.equals(s.onTime()) ? 1 : 0;
            }
            List<Object> row = new ArrayList<>(List.of(period.getKey().code(), received, onTime));
            row.addAll(cells);
            w.row(row.toArray());
        }
        w.blank();
        w.section("Chi tiết từng kỳ, từng huyện");
        w.header("Kỳ báo cáo", "Mã", "Huyện, thành phố", "Tình trạng", "Ngày nhận", "Đúng hạn", "Số lần gửi",
                "Dòng đã nạp", "Dòng bị từ chối", "Tệp");
        for (Progress.SubmissionLine s : p.submissions()) {
            w.row(s.period().code(), s.districtCode(), s.district(), StatusLabels.of(s.status()), s.receivedOn(), s.onTime(),
                    s.versions(), s.rowsLoaded(), s.rowsRejected(), s.fileName());
        }
        w.finish(true);
    }

    private static final int FIRST_DISTRICT = 3;
    /**
     * Eight districts side by side on one A4 page at 80 % or more: a cell's lines wrap ("Đã nhận, có
     * lỗi/cảnh báo" on two), and in the list below a long file name takes two lines.
     */
    private static final int MATRIX_CELL_CHARS = 16;

    /** One district's report for one period, as the matrix shows it: status, date, rows, versions. */
    static Cells.Filled matrixCell(Progress.SubmissionLine s) {
        Styles.Fill fill = switch (s.status()) {
            case "accepted" -> Styles.Fill.GOOD;
            case "accepted_with_warnings" -> Styles.Fill.WARNING;
            case "rejected" -> Styles.Fill.ERROR;
            case "missing" -> Styles.Fill.ABSENT;
            default -> Styles.Fill.NONE;
        };
        if (s.status().equals("missing")) {
            return new Cells.Filled(StatusLabels.of(s.status()), fill);
        }
        StringBuilder text = new StringBuilder(StatusLabels.of(s.status()));
        if (s.receivedOn() != null) {
            text.append('\n').append(SheetWriter.DAY.format(s.receivedOn()))
                    .append(Boolean.TRUE.equals(s.onTime()) ? " (đúng hạn)" : " (trễ hạn)");
        }
        if (s.rowsLoaded() != null) {
            text.append('\n').append(s.rowsLoaded()).append(" dòng nạp, ").append(s.rowsRejected()).append(" từ chối");
        }
        text.append('\n').append("gửi ").append(s.versions()).append(s.versions() == 1 ? " lần" : " lần (có bản sửa)");
        return new Cells.Filled(text.toString(), fill);
    }
}
