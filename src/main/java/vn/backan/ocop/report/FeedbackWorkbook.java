package vn.backan.ocop.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.backan.ocop.intake.SheetKind;
import vn.backan.ocop.validation.Issue;
import vn.backan.ocop.validation.IssueCode;
import vn.backan.ocop.validation.Messages;
import vn.backan.ocop.validation.Severity;
import vn.backan.ocop.warehouse.IssueStore;
import vn.backan.ocop.warehouse.Submission;
import vn.backan.ocop.warehouse.SubmissionSheets;

/** The feedback workbook of one submission: what happened to it, and every problem with its cell. */
final class FeedbackWorkbook {

    /** Details listed per rule; the grouped counts are never capped. */
    static final int DETAILS_PER_RULE = 1000;
    static final String SUMMARY = "Tóm tắt";
    static final String PROBLEMS = "Lỗi";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final Submission submission;
    private final String district;
    private final List<SubmissionSheets.Counts> counts;
    private final List<IssueStore.Located> issues;
    private final Instant generatedAt;
    private final Messages vi = Messages.vietnamese();

    FeedbackWorkbook(Submission submission, String district, List<SubmissionSheets.Counts> counts,
                     List<IssueStore.Located> issues, Instant generatedAt) {
        this.submission = submission;
        this.district = district;
        this.counts = counts;
        this.issues = issues.stream().sorted(ORDER).toList();
        this.generatedAt = generatedAt;
    }

    /** File errors first, then by sheet in template order, row and column. */
    static final Comparator<IssueStore.Located> ORDER = Comparator
            .comparing((IssueStore.Located l) -> l.issue().severity() == Severity.FILE_ERROR ? 0 : 1)
            .thenComparing(l -> l.sheetKind() == null ? -1 : SheetKind.valueOf(l.sheetKind()).ordinal())
            .thenComparingInt(l -> l.issue().row())
            .thenComparing(l -> column(l.issue().cell()), Comparator.nullsFirst(Comparator.naturalOrder()));

    void write(OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            Styles styles = new Styles(workbook);
            summary(new SheetWriter(workbook.createSheet(SUMMARY), styles));
            problems(new SheetWriter(workbook.createSheet(PROBLEMS), styles));
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private void summary(SheetWriter w) {
        w.title("PHẢN HỒI BÁO CÁO OCOP" + (district == null ? "" : " — " + district.toUpperCase(java.util.Locale.ROOT)))
                .note("Lập lúc " + TIME.format(generatedAt.atZone(ZoneId.systemDefault()))).blank();
        w.header("Mục", "Nội dung");
        w.row("Huyện, thành phố", district == null ? "Không xác định" : district + " (" + submission.districtCode() + ")");
        w.row("Kỳ báo cáo", submission.periodCode() == null ? "Không xác định" : submission.periodCode());
        w.row("Tệp", submission.fileName());
        w.row("SHA-256", submission.sha256());
        w.row("Thời điểm nhận", TIME.format(submission.receivedAt().atZone(ZoneId.systemDefault())));
        w.row("Tình trạng", status());
        w.blank();
        w.header("Sheet", "Số dòng đọc", "Nạp", "Nạp có cảnh báo", "Từ chối");
        for (SubmissionSheets.Counts c : counts) {
            w.row(c.sheetName(), c.read(), c.loaded(), c.warning(), c.rejected());
        }
        w.blank();
        w.header("Mã lỗi", "Mức độ", "Số lần", "Nội dung", "Cách sửa");
        Map<IssueCode, Integer> byRule = new LinkedHashMap<>();
        issues.forEach(l -> byRule.merge(l.issue().code(), 1, Integer::sum));
        byRule.entrySet().stream()
                .sorted(Map.Entry.<IssueCode, Integer>comparingByKey(Comparator.comparing(IssueCode::severity)))
                .forEach(e -> w.row(e.getKey().name(), SeverityLabels.of(e.getKey().severity()), e.getValue(),
                        firstMessage(e.getKey()), vi.hint(e.getKey())));
        w.finish(false);
    }

    private String status() {
        if (submission.status().code().equals("rejected")) {
            return "Bị từ chối cả tệp — không có dòng nào được nạp; số liệu đã nạp trước đó của huyện, kỳ này vẫn giữ nguyên";
        }
        String base = StatusLabels.of(submission.status().code());
        return submission.current() ? base + " — đang có hiệu lực" : base + " — đã được thay thế bằng tệp mới hơn";
    }

    private String firstMessage(IssueCode code) {
        return issues.stream().filter(l -> l.issue().code() == code).findFirst().map(l -> vi.message(l.issue())).orElse("");
    }

    private void problems(SheetWriter w) {
        w.title("DANH SÁCH LỖI VÀ CẢNH BÁO").note("Mỗi dòng là một vấn đề; ô ghi theo Excel (ví dụ H12). Tối đa "
                + DETAILS_PER_RULE + " dòng cho mỗi mã lỗi; số lần đầy đủ ở sheet " + SUMMARY + ".").blank();
        w.header("Mức độ", "Sheet", "Ô", "Cột", "Giá trị đã nhập", "Giá trị đã ghi nhận", "Mã lỗi", "Nội dung", "Cách sửa");
        Map<IssueCode, Integer> shown = new LinkedHashMap<>();
        for (IssueStore.Located l : issues) {
            Issue i = l.issue();
            if (shown.merge(i.code(), 1, Integer::sum) > DETAILS_PER_RULE) {
                continue;
            }
            w.row(SeverityLabels.of(i.severity()), i.sheet(), i.cell() != null ? i.cell() : i.row() > 0 ? "dòng " + i.row() : null,
                    i.header(), i.value(), i.normalized(), i.code().name(), vi.message(i), vi.hint(i.code()));
        }
        w.finish(true);
    }

    /** "H12" → 8, for ordering; null where there is no cell. */
    private static Integer column(String cell) {
        if (cell == null) {
            return null;
        }
        int column = 0;
        for (char c : cell.toCharArray()) {
            if (!Character.isLetter(c)) {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
        }
        return column;
    }
}
