package vn.backan.ocop.report;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code Lịch sử}: every run, newest first, with what it changed in the warehouse counted per table
 * and the workbook it wrote, so that staff see which morning's workbook holds which change.
 */
final class HistorySheet {

    private static final List<String> TABLE_LABELS = List.of("Sản phẩm", "Chủ thể", "Chỉ tiêu xã", "Hỗ trợ");

    private final List<ReportHistory.Run> runs;
    private final long currentRun;
    private final String currentFile;

    /**
     * @param currentRun  the run writing this workbook; its record is made once the workbook is written
     * @param currentFile the name this workbook is kept under
     */
    HistorySheet(List<ReportHistory.Run> runs, long currentRun, String currentFile) {
        this.runs = runs;
        this.currentRun = currentRun;
        this.currentFile = currentFile;
    }

    void write(SheetWriter w) {
        List<String> header = new ArrayList<>(List.of("Lần chạy", "Bắt đầu", "Tình trạng", "Tệp mới nhận"));
        for (String table : TABLE_LABELS) {
            header.add(table + ": thêm, sửa");
            header.add(table + ": bỏ, thay");
        }
        header.add("Tổng số thay đổi");
        header.add("Bảng tổng hợp đã ghi (thư mục history)");
        // Fourteen columns on one page: the counts' headers wrap on two lines of a narrow column.
        w.width(0, 7).width(1, 16).width(2, 14).width(3, 7);
        for (int c = 4; c < header.size() - 2; c++) {
            w.width(c, 9);
        }
        w.width(header.size() - 2, 8).width(header.size() - 1, 24);
        w.header(header.toArray(String[]::new));
        for (ReportHistory.Run run : runs) {
            List<Object> row = new ArrayList<>(List.of("#" + run.runId(), run.started(),
                    run.runId() == currentRun ? "Đang chạy (lần này)" : status(run.status())));
            row.add(run.filesNew());
            for (int t = 0; t < TABLE_LABELS.size(); t++) {
                row.add(run.opened()[t]);
                row.add(run.closed()[t]);
            }
            row.add(run.changes());
            String written = run.runId() == currentRun ? currentFile : run.written();
            row.add(written == null ? (run.changes() == 0 ? "Không ghi: không có thay đổi" : "Không ghi") : written);
            w.row(row.toArray());
        }
        if (runs.isEmpty()) {
            w.row("Chưa có lần chạy nào được ghi nhận.");
        }
        w.finish(!runs.isEmpty());
    }

    /** Spring Batch's status of a run, as staff read it. */
    static String status(String status) {
        if (status == null) {
            return "";
        }
        return switch (status) {
            case "COMPLETED" -> "Hoàn thành";
            case "FAILED" -> "Lỗi, chưa xong";
            case "STOPPED", "STOPPING" -> "Đã dừng";
            case "STARTED", "STARTING" -> "Đang chạy";
            case "ABANDONED" -> "Bỏ dở";
            default -> status;
        };
    }
}
