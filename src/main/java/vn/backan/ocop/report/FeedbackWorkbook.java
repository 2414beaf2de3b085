package vn.backan.ocop.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.backan.ocop.intake.Period;
import vn.backan.ocop.intake.SheetKind;
import vn.backan.ocop.intake.excel.SheetInfo;
import vn.backan.ocop.intake.excel.WorkbookException;
import vn.backan.ocop.intake.excel.WorkbookReader;
import vn.backan.ocop.reference.Gazetteer;
import vn.backan.ocop.validation.Issue;
import vn.backan.ocop.validation.IssueCode;
import vn.backan.ocop.validation.Messages;
import vn.backan.ocop.validation.Severity;
import vn.backan.ocop.warehouse.IssueStore;
import vn.backan.ocop.warehouse.Submission;
import vn.backan.ocop.warehouse.SubmissionSheets;

/**
 * The feedback workbook of one submission: what happened to it, every problem with its cell, and a
 * copy of the district's own sheets with the problem cells marked, so the clerk can correct the file
 * in place and send it back.
 */
final class FeedbackWorkbook {

    private static final Logger log = LoggerFactory.getLogger(FeedbackWorkbook.class);

    /** Details listed per rule; the grouped counts are never capped. */
    static final int DETAILS_PER_RULE = 1000;
    static final String SUMMARY = "Tóm tắt";
    static final String PROBLEMS = "Lỗi";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    /**
     * The submitted file to copy the sheets from, or why there is none.
     *
     * @param file    the file as it was read (same SHA-256), or null
     * @param missing why the sheets cannot be copied, in Vietnamese, when {@code file} is null
     */
    record Source(Path file, String missing) {

        static Source of(Path file) {
            return new Source(file, null);
        }

        static Source none(String why) {
            return new Source(null, why);
        }
    }

    private final Submission submission;
    private final String district;
    private final List<SubmissionSheets.Counts> counts;
    private final List<IssueStore.Located> issues;
    private final Map<IssueCode, Integer> ruleCounts;
    private final Instant generatedAt;
    private final Source source;
    private final Gazetteer gazetteer;
    private final Messages vi = Messages.vietnamese();

    /** For a handful of issues: the counts are taken from the list itself. */
    FeedbackWorkbook(Submission submission, String district, List<SubmissionSheets.Counts> counts,
                     List<IssueStore.Located> issues, Instant generatedAt, Source source, Gazetteer gazetteer) {
        this(submission, district, counts, issues, countsOf(issues), generatedAt, source, gazetteer);
    }

    /**
     * @param issues     the details to list: at most {@link #DETAILS_PER_RULE} of each rule are used
     * @param ruleCounts how often each rule was broken in the whole file, uncapped
     */
    FeedbackWorkbook(Submission submission, String district, List<SubmissionSheets.Counts> counts,
                     List<IssueStore.Located> issues, Map<IssueCode, Integer> ruleCounts, Instant generatedAt,
                     Source source, Gazetteer gazetteer) {
        this.submission = submission;
        this.ruleCounts = ruleCounts;
        this.district = district;
        this.counts = counts.stream().sorted(Comparator.comparing(c -> SheetKind.valueOf(c.sheetKind()).ordinal())).toList();
        this.issues = issues.stream().sorted(ORDER).toList();
        this.generatedAt = generatedAt;
        this.source = source;
        this.gazetteer = gazetteer;
    }

    private static Map<IssueCode, Integer> countsOf(List<IssueStore.Located> issues) {
        Map<IssueCode, Integer> counts = new LinkedHashMap<>();
        issues.forEach(l -> counts.merge(l.issue().code(), 1, Integer::sum));
        return counts;
    }

    /** File errors first, then by sheet in template order, row and column. */
    static final Comparator<IssueStore.Located> ORDER = Comparator
            .comparing((IssueStore.Located l) -> l.issue().severity() == Severity.FILE_ERROR ? 0 : 1)
            .thenComparing(l -> l.sheetKind() == null ? -1 : SheetKind.valueOf(l.sheetKind()).ordinal())
            .thenComparingInt(l -> l.issue().row())
            .thenComparing(l -> l.issue().cell() == null ? null : ProblemMarks.column(l.issue().cell()),
                    Comparator.nullsFirst(Comparator.naturalOrder()));

    void write(OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        WorkbookReader reader = null;
        String missing = source.missing();
        try {
            if (source.file() != null) {
                try {
                    reader = WorkbookReader.open(source.file());
                } catch (WorkbookException e) {
                    missing = "tệp không mở được như một sổ tính Excel (" + vn.backan.ocop.intake.FileErrors.reason(e) + ")";
                }
            }
            List<String> names = reader == null ? null : reader.sheets().stream().map(SheetInfo::name).toList();
            Set<String> theirs = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            if (names != null) {
                theirs.addAll(names);
            }
            // The district's own sheet names must stay as they are, so ours give way on a clash.
            String summaryName = free(SUMMARY, theirs);
            String problemsName = free(PROBLEMS, theirs);
            Styles styles = new Styles(workbook);
            SheetWriter summary = new SheetWriter(workbook.createSheet(summaryName), styles);
            SheetWriter problems = new SheetWriter(workbook.createSheet(problemsName), styles);
            summary(summary, problemsName, names, missing);
            problems(problems, styles, summaryName, reader != null ? theirs : Set.of());
            if (reader != null) {
                SheetCopies copies = new SheetCopies(workbook, styles, new ProblemMarks(issues, vi));
                List<String> whole = copies.copy(reader, SheetCopies.headerRows(source.file(), gazetteer));
                if (whole.size() < theirs.size()) {
                    log.warn("{}: only {} of {} sheets copied whole into the feedback workbook", submission.filePath(),
                            whole.size(), theirs.size());
                }
            }
            workbook.setActiveSheet(0);
            workbook.write(out);
        } finally {
            if (reader != null) {
                reader.close();
            }
            workbook.close();
        }
    }

    private static String free(String name, Set<String> taken) {
        String candidate = name;
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = name + " (" + n + ")";
        }
        return candidate;
    }

    private void summary(SheetWriter w, String problemsName, List<String> copied, String missing) {
        w.title("PHẢN HỒI BÁO CÁO OCOP" + (district == null ? "" : " — " + district.toUpperCase(Locale.ROOT)))
                .note("Lập lúc " + TIME.format(generatedAt.atZone(ZoneId.systemDefault())))
                .note("Cách dùng: xem từng vấn đề ở sheet " + problemsName + "; sửa ngay trên các sheet chép lại của huyện ở cuối tệp")
                .note("(ô tô đỏ: lỗi, dòng bị từ chối; ô tô vàng: cảnh báo; di chuột vào ô để đọc ghi chú), lưu lại và gửi lại tệp cho tỉnh.")
                .blank();
        // One grid for three tables: narrow number columns, two wide text columns at the end, and
        // the values of the first table merged across all but the label.
        w.width(0, 28).width(1, 12).width(2, 10).width(3, 14).width(4, 10).width(5, 40).width(6, 40);
        w.header("Mục", "Nội dung", "", "", "", "", "");
        pair(w, "Huyện, thành phố", district == null ? "Không xác định" : district + " (" + submission.districtCode() + ")");
        pair(w, "Kỳ báo cáo", submission.periodCode() == null ? "Không xác định"
                : Period.ofCode(submission.periodCode()).label() + " (" + submission.periodCode() + ")");
        pair(w, "Tệp", submission.filePath() == null ? submission.fileName() : submission.filePath());
        pair(w, "SHA-256", submission.sha256());
        pair(w, "Thời điểm nhận", TIME.format(submission.receivedAt().atZone(ZoneId.systemDefault())));
        if (submission.preparer() != null || submission.preparedOn() != null) {
            pair(w, "Người lập, ngày lập", (submission.preparer() == null ? "" : submission.preparer())
                    + (submission.preparedOn() == null ? "" : (submission.preparer() == null ? "" : ", ")
                    + SheetWriter.DAY.format(submission.preparedOn())));
        }
        pair(w, "Tình trạng", status());
        List<String> reasons = issues.stream().filter(l -> l.issue().severity() == Severity.FILE_ERROR)
                .map(l -> vi.message(l.issue()) + " " + vi.hint(l.issue().code())).distinct().toList();
        if (!reasons.isEmpty()) {
            pair(w, "Lý do", String.join("\n", reasons));
        }
        pair(w, "Bản sao các sheet của huyện", copied != null
                ? "Ở cuối tệp này: " + String.join(", ", copied) + "."
                : "Không có: " + (missing == null ? "không tìm thấy tệp đã nộp" : missing) + ".");
        w.blank();
        w.section("Số dòng theo sheet");
        w.header("Sheet", "Số dòng đọc", "Nạp", "Nạp có cảnh báo", "Từ chối");
        int first = w.lastRowNumber() + 1;
        int[] sum = new int[4];
        for (SubmissionSheets.Counts c : counts) {
            w.row(c.sheetName(), c.read(), c.loaded(), c.warning(), c.rejected());
            sum[0] += c.read();
            sum[1] += c.loaded();
            sum[2] += c.warning();
            sum[3] += c.rejected();
        }
        if (counts.isEmpty()) {
            w.row("Không có dòng nào được đọc.");
        } else {
            int last = w.lastRowNumber();
            Object[] totals = new Object[5];
            totals[0] = "Cộng";
            for (int i = 0; i < 4; i++) {
                String c = Cells.column(1 + i);
                totals[1 + i] = Cells.formula("SUM(" + c + first + ":" + c + last + ")", sum[i]);
            }
            w.boldRow(totals);
        }
        w.blank();
        w.section("Vấn đề theo mã lỗi (đếm đủ, không giới hạn)");
        w.header("Mã lỗi", "Số lần", "Mức độ", "", "", "Nội dung (ví dụ đầu tiên)", "Cách sửa");
        ruleCounts.entrySet().stream()
                .sorted(Map.Entry.<IssueCode, Integer>comparingByKey(Comparator.comparing(IssueCode::severity))
                        .thenComparing(Map.Entry.comparingByValue(Comparator.reverseOrder())))
                .forEach(e -> w.row(e.getKey().name(), e.getValue(), new Cells.Span(SeverityLabels.of(e.getKey().severity()), 3),
                        null, null, vi.message(first(e.getKey())), vi.hint(e.getKey())));
        if (ruleCounts.isEmpty()) {
            w.row("Không có vấn đề nào.");
        }
        w.finish(false);
    }

    private static void pair(SheetWriter w, String label, String value) {
        w.row(label, new Cells.Span(value, 6));
    }

    private String status() {
        if (submission.status().code().equals("rejected")) {
            return "Bị từ chối cả tệp — không có dòng nào được nạp; số liệu đã nạp trước đó của huyện, kỳ này vẫn giữ nguyên";
        }
        String base = StatusLabels.of(submission.status().code());
        return submission.current() ? base + " — đang có hiệu lực" : base + " — đã được thay thế bằng tệp mới hơn";
    }

    private Issue first(IssueCode code) {
        return issues.stream().filter(l -> l.issue().code() == code).findFirst().orElseThrow().issue();
    }

    private void problems(SheetWriter w, Styles styles, String summaryName, Set<String> copied) {
        w.title("DANH SÁCH LỖI VÀ CẢNH BÁO").note("Mỗi dòng là một vấn đề; ô ghi theo Excel (ví dụ H12), bấm vào ô để tới ô đó "
                + "trong sheet chép lại. Tối đa " + String.format("%,d", DETAILS_PER_RULE).replace(',', '.')
                + " dòng cho mỗi mã lỗi; số lần đầy đủ ở sheet " + summaryName + ".").blank();
        w.width(7, 60).width(8, 45);
        w.header("Mức độ", "Sheet", "Ô", "Cột", "Giá trị đã nhập", "Giá trị đã ghi nhận", "Mã lỗi", "Nội dung", "Cách sửa");
        Map<IssueCode, Integer> shown = new LinkedHashMap<>();
        for (IssueStore.Located l : issues) {
            Issue i = l.issue();
            if (shown.merge(i.code(), 1, Integer::sum) > DETAILS_PER_RULE) {
                continue;
            }
            Row row = w.row(SeverityLabels.of(i.severity()), i.sheet(), i.cell() != null ? i.cell() : i.row() > 0 ? "dòng " + i.row() : null,
                    i.header(), i.value(), i.normalized(), i.code().name(), vi.message(i), vi.hint(i.code()));
            if (i.sheet() != null && i.row() > 0 && copied.contains(i.sheet())) {
                link(row, i, styles);
            }
        }
        if (issues.isEmpty()) {
            w.row("Không có lỗi hay cảnh báo nào.");
        }
        w.finish(true);
    }

    /** A link inside the workbook, from the problem to its cell in the copied sheet. */
    private static void link(Row row, Issue issue, Styles styles) {
        String cell = issue.cell() != null ? issue.cell() : "A" + issue.row();
        Hyperlink link = row.getSheet().getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
        link.setAddress(new CellReference(issue.sheet(), new CellReference(cell).getRow(), new CellReference(cell).getCol(),
                false, false).formatAsString());
        row.getCell(2).setHyperlink(link);
        row.getCell(2).setCellStyle(styles.link);
    }
}
