package vn.backan.ocop.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
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
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.backan.ocop.intake.FileErrors;
import vn.backan.ocop.submission.Period;
import vn.backan.ocop.submission.SheetKind;
import vn.backan.ocop.intake.excel.EditableCopy;
import vn.backan.ocop.intake.excel.FeedbackMarker;
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
     * @param headers each sheet's header rows (first, last) as intake found them, by sheet name; null when not
     *                recorded, and the file is inspected again
     */
    record Source(Path file, String missing, Map<String, int[]> headers) {

        static Source of(Path file) {
            return new Source(file, null, null);
        }

        static Source none(String why) {
            return new Source(null, why, null);
        }

        Source withHeaders(Map<String, int[]> recorded) {
            return new Source(file, missing, recorded);
        }
    }

    private final Submission submission;
    private final String district;
    private final List<SubmissionSheets.Counts> counts;
    private final List<IssueStore.Located> issues;
    private final Map<IssueCode, Integer> ruleCounts;
    private final Instant generatedAt;
    /** The run writing this feedback, for the technical block; 0 when not known. */
    private final long feedbackRun;
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
        this(submission, district, counts, issues, ruleCounts, generatedAt, source, gazetteer, 0);
    }

    /** @param feedbackRun the run writing this feedback */
    FeedbackWorkbook(Submission submission, String district, List<SubmissionSheets.Counts> counts,
                     List<IssueStore.Located> issues, Map<IssueCode, Integer> ruleCounts, Instant generatedAt,
                     Source source, Gazetteer gazetteer, long feedbackRun) {
        this.feedbackRun = feedbackRun;
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
        String missing = source.missing();
        EditableCopy formatted = null;
        ProblemMarks marks = new ProblemMarks(issues, vi);
        HeldRows held = new HeldRows(marks);
        if (source.file() != null) {
            try {
                formatted = EditableCopy.open(source.file(), held).orElse(null);
                if (formatted != null && !formatted.workbook().getExternalLinksTable().isEmpty()) {
                    // Links to other workbooks would travel with the copy: the cell-by-cell copy leaves them behind.
                    formatted.close();
                    formatted = null;
                }
            } catch (WorkbookException e) {
                missing = unreadable(e);
            }
        }
        if (formatted != null) {
            // Into memory first (the file is small, EditableCopy's limit): a workbook POI opens but cannot
            // rearrange, such as one listing a sheet whose part is missing, falls back to the value-by-value
            // copy instead of failing the feedback of every file of the run.
            // Sized for the copy at once, which is the district's file and a few kilobytes: grown by doubling, it
            // left five arrays behind for each file, the largest ones in the collector's way.
            ByteArrayOutputStream copy = new ByteArrayOutputStream(expectedSize(source.file()));
            try {
                writeFormatted(formatted, marks, held.headers(), copy);
                copy.writeTo(out);
                return;
            } catch (IOException | RuntimeException e) {
                log.warn("{}: the annotated copy in the district's formatting failed ({}); copying values only",
                        source.file().getFileName(), e.toString());
            }
        }
        writeStreamed(out, missing == null ? source.file() : null, missing);
    }

    /**
     * The rows of the district's sheets the annotated copy edits, so POI holds them: the marked rows, the
     * header rows (the print titles and width), and any text Excel would read as a formula (quoted). The
     * header rows are found once, when the copy first asks, so a file that does not open costs no inspection.
     */
    private final class HeldRows implements EditableCopy.Rows {
        private final ProblemMarks marks;
        private Map<String, int[]> headers;

        HeldRows(ProblemMarks marks) {
            this.marks = marks;
        }

        Map<String, int[]> headers() {
            if (headers == null) {
                headers = headerRows(source.file());
            }
            return headers;
        }

        @Override
        public boolean needed(String sheet, int row) {
            int[] header = headers().get(sheet);
            return header != null && row <= header[1] || marks.of(sheet).containsKey(row);
        }

        @Override
        public boolean neededText(String text) {
            return SheetWriter.risky(text);
        }
    }

    /** The size of the annotated copy of {@code file}: its own and our two sheets', within EditableCopy's limit. */
    private static int expectedSize(Path file) {
        try {
            return (int) Math.min(Files.size(file) + (64 << 10), EditableCopy.MAX_XML_BYTES);
        } catch (IOException e) {
            return 64 << 10;
        }
    }

    /** The header rows of each sheet: as intake recorded them, else from an inspection of the file. */
    private Map<String, int[]> headerRows(Path file) {
        return source.headers() != null ? source.headers() : SheetCopies.headerRows(file, gazetteer);
    }

    private static String unreadable(WorkbookException e) {
        return "tệp không mở được như một sổ tính Excel (" + FileErrors.reason(e) + ")";
    }

    /** The district's .xlsx itself, annotated, with our two sheets in front: its formatting and formulas kept. */
    private void writeFormatted(EditableCopy copy, ProblemMarks marks, Map<String, int[]> headers, OutputStream out)
            throws IOException {
        try (copy) {
            XSSFWorkbook book = copy.workbook();
            Name marker = book.getName(FeedbackMarker.NAME);
            Set<String> earlier = marker == null ? Set.of() : FeedbackMarker.sheets(marker.getRefersToFormula());
            List<String> names = new FormattedCopy(book).annotate(marks, earlier, headers);
            Set<String> theirs = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            theirs.addAll(names);
            String summaryName = free(SUMMARY, theirs);
            String problemsName = free(PROBLEMS, theirs);
            Styles styles = new Styles(book);
            summary(new SheetWriter(book.createSheet(summaryName), styles), problemsName, names, null);
            problems(new SheetWriter(book.createSheet(problemsName), styles), styles, summaryName, theirs);
            book.setSheetOrder(summaryName, 0);
            book.setSheetOrder(problemsName, 1);
            for (int i = 0; i < book.getNumberOfSheets(); i++) {
                book.getSheetAt(i).setSelected(i == 0);
            }
            book.setActiveSheet(0);
            book.setFirstVisibleTab(0);
            FormattedCopy.markOurs(book, List.of(summaryName, problemsName));
            // Totals saved without a value (files written by programs) are computed when the clerk opens the file.
            book.setForceFormulaRecalculation(true);
            copy.write(out);
        }
    }

    /** Anything but a small plain .xlsx: a new workbook, the sheets copied value by value from the streaming reader. */
    private void writeStreamed(OutputStream out, Path file, String missingWhy) throws IOException {
        SXSSFWorkbook workbook = StreamingWorkbook.create();
        WorkbookReader reader = null;
        String missing = missingWhy;
        try {
            if (file != null) {
                try {
                    reader = WorkbookReader.open(file);
                } catch (WorkbookException e) {
                    missing = unreadable(e);
                }
            }
            Set<String> earlier = reader == null ? Set.of() : reader.feedbackSheets();
            List<String> names = reader == null ? null : reader.sheets().stream().map(SheetInfo::name)
                    .filter(n -> !earlier.contains(n)).toList();
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
                List<String> whole = copies.copy(reader, headerRows(file));
                if (whole.size() < theirs.size()) {
                    log.warn("{}: only {} of {} sheets copied whole into the feedback workbook", submission.filePath(),
                            whole.size(), theirs.size());
                }
            }
            FormattedCopy.markOurs(workbook, List.of(summaryName, problemsName));
            workbook.setForceFormulaRecalculation(true);
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
                .note("Cách dùng: xem từng vấn đề ở sheet " + problemsName + "; sửa ngay trên các sheet của huyện ở sau sheet " + problemsName)
                .note("(ô tô đỏ: lỗi, dòng bị từ chối; ô tô vàng: cảnh báo; di chuột vào ô để đọc ghi chú), lưu lại và gửi lại chính tệp này cho tỉnh:")
                .note("hai sheet " + SUMMARY + " và " + PROBLEMS + " được bỏ qua khi tỉnh đọc lại tệp, không cần xoá.")
                .blank();
        // One grid for three tables: narrow number columns, two wide text columns at the end, and
        // the values of the first table merged across all but the label.
        // About 170 characters across: one A4 landscape page wide at over 80 %.
        w.width(0, 26).width(1, 10).width(2, 9).width(3, 12).width(4, 9).width(5, 32).width(6, 32).width(7, 25);
        w.header("Mục", "Nội dung", "", "", "", "", "", "");
        pair(w, "Huyện, thành phố", district == null ? "Không xác định" : district);
        pair(w, "Kỳ báo cáo", submission.periodCode() == null ? "Không xác định" : Period.ofCode(submission.periodCode()).label());
        pair(w, "Tệp đã nộp", submission.fileName());
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
                ? "Sau sheet " + problemsName + ": " + String.join(", ", copied) + "."
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
            w.sumRow(5, 1, first, w.lastRowNumber(), sum);
        }
        w.blank();
        w.section("Vấn đề theo loại (đếm đủ, không giới hạn)");
        w.header("Mức độ", "Số lần", "Nội dung (ví dụ đầu tiên)", "", "", "", "Cách sửa", "Mã lỗi");
        ruleCounts.entrySet().stream()
                .sorted(Map.Entry.<IssueCode, Integer>comparingByKey(Comparator.comparing(IssueCode::severity))
                        .thenComparing(Map.Entry.comparingByValue(Comparator.reverseOrder())))
                .forEach(e -> w.row(SeverityLabels.of(e.getKey().severity()), e.getValue(),
                        new Cells.Span(vi.message(first(e.getKey())), 4), null, null, null, vi.hint(e.getKey()), e.getKey().name()));
        if (ruleCounts.isEmpty()) {
            w.row("Không có vấn đề nào.");
        }
        technical(w);
        w.finish(false);
    }

    /** What the provincial staff and the operator need to find the file and its runs; a clerk can skip it. */
    private void technical(SheetWriter w) {
        w.blank();
        w.section("Thông tin kỹ thuật (dành cho cán bộ tỉnh; huyện không cần sửa)");
        pair(w, "Mã huyện, mã kỳ", (submission.districtCode() == null ? "—" : submission.districtCode()) + ", "
                + (submission.periodCode() == null ? "—" : submission.periodCode()));
        pair(w, "Đường dẫn tệp", submission.filePath() == null ? submission.fileName() : submission.filePath());
        pair(w, "SHA-256", submission.sha256());
        pair(w, "Hồ sơ, lần chạy", "hồ sơ số " + submission.id() + "; nhận ở lần chạy #" + submission.runId()
                + (feedbackRun > 0 ? "; phản hồi lập ở lần chạy #" + feedbackRun : ""));
    }

    private static void pair(SheetWriter w, String label, String value) {
        w.row(label, new Cells.Span(value, 7));
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
        // Fixed widths (the values typed wrap), about 180 characters across: one A4 landscape page wide at over 80 %.
        w.width(0, 16).width(1, 9).width(2, 4).width(3, 12).width(4, 12).width(5, 12).width(6, 38).width(7, 29).width(8, 25);
        w.header("Mức độ", "Sheet", "Ô", "Cột", "Giá trị đã nhập", "Giá trị đã ghi nhận", "Nội dung", "Cách sửa", "Mã lỗi");
        Map<IssueCode, Integer> shown = new LinkedHashMap<>();
        for (IssueStore.Located l : issues) {
            Issue i = l.issue();
            if (shown.merge(i.code(), 1, Integer::sum) > DETAILS_PER_RULE) {
                continue;
            }
            Row row = w.row(SeverityLabels.of(i.severity()), i.sheet(), i.cell() != null ? i.cell() : i.row() > 0 ? "dòng " + i.row() : null,
                    i.header(), i.value(), i.normalized(), vi.message(i), vi.hint(i.code()), i.code().name());
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
