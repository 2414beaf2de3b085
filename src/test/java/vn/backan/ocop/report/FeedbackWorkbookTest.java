package vn.backan.ocop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.backan.ocop.intake.InputScanner;
import vn.backan.ocop.reference.ReferenceData;
import vn.backan.ocop.validation.Issue;
import vn.backan.ocop.validation.IssueCode;
import vn.backan.ocop.warehouse.IssueStore;
import vn.backan.ocop.warehouse.Submission;
import vn.backan.ocop.warehouse.SubmissionSheets;
import vn.backan.ocop.warehouse.SubmissionStatus;

/** The feedback workbook of hand-made submissions: hostile text, rejected files, capped details, clashing names. */
class FeedbackWorkbookTest {

    static final ReferenceData REFERENCE = ReferenceData.load();
    static final Instant NOW = Instant.parse("2021-01-20T03:00:00Z");

    @TempDir
    Path dir;

    @Test
    void districtTextThatLooksLikeAFormulaStaysTextInTheCopyAndInTheList() throws Exception {
        Path submitted = submitted("066_2020.xlsx", "Sản phẩm", new Object[][] {
                {"STT", "Tên sản phẩm", "Xã", "Ngày công nhận"},
                {1, "=HYPERLINK(\"http://evil.example\",\"Bấm vào đây\")", "+84 912 345 678", LocalDate.of(2020, 5, 4)},
                {2, "@SUM(A1:A9)", "-1", "chưa rõ"}});
        List<IssueStore.Located> issues = List.of(located("PRODUCT", new Issue(IssueCode.DATE_INVALID, "Sản phẩm", 3, "D3",
                "Ngày công nhận", "chưa rõ", null, List.of())), located("PRODUCT", new Issue(IssueCode.COMMUNE_UNKNOWN, "Sản phẩm", 2,
                "C2", "Xã", "+84 912 345 678", null, List.of())));
        try (XSSFWorkbook book = write(submission(submitted, SubmissionStatus.ACCEPTED_WITH_WARNINGS), issues,
                FeedbackWorkbook.Source.of(submitted))) {
            Sheet copy = book.getSheet("Sản phẩm");
            for (String ref : List.of("B2", "C2", "B3", "C3")) {
                Cell cell = ReportsOnTheSampleTest.cell(copy, ref);
                assertThat(cell.getCellType()).as(ref).isEqualTo(CellType.STRING);
                assertThat(cell.getCellStyle().getQuotePrefixed()).as(ref).isTrue();
            }
            assertThat(ReportsOnTheSampleTest.cell(copy, "B2").getStringCellValue()).startsWith("=HYPERLINK(");
            assertThat(ReportsOnTheSampleTest.cell(copy, "D2").getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2020, 5, 4));
            assertThat(ReportsOnTheSampleTest.cell(copy, "A3").getNumericCellValue()).isEqualTo(2);
            assertThat(ReportsOnTheSampleTest.cell(copy, "D3").getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.ROSE.getIndex());
            Row listed = ReportsOnTheSampleTest.rowsBelow(book.getSheet("Lỗi"), "Mức độ").stream()
                    .filter(r -> r.getCell(2).getStringCellValue().equals("C2")).findFirst().orElseThrow();
            assertThat(listed.getCell(4).getCellType()).isEqualTo(CellType.STRING);
            assertThat(listed.getCell(4).getCellStyle().getQuotePrefixed()).isTrue();
            for (Sheet sheet : book) {
                sheet.forEach(row -> row.forEach(cell -> {
                    if (cell.getCellType() == CellType.FORMULA) {
                        assertThat(cell.getCellFormula()).as(sheet.getSheetName() + "!" + cell.getAddress()).startsWith("SUM(");
                    }
                }));
            }
        }
    }

    @Test
    void anUnreadableFileGetsAFeedbackSayingWhyAndThatThereIsNothingToCopy() throws Exception {
        Path garbage = Files.write(dir.resolve("bao-cao.xlsx"), "not a workbook at all".getBytes());
        Submission rejected = new Submission(7, InputScanner.sha256(garbage), "bao-cao.xlsx", "bao-cao.xlsx", 21, NOW, NOW, null, null,
                null, null, null, null, null, SubmissionStatus.REJECTED, false, 1);
        List<IssueStore.Located> issues = List.of(located(null, Issue.file(IssueCode.FILE_NOT_WORKBOOK, "not an Excel workbook")));
        try (XSSFWorkbook book = write(rejected, issues, FeedbackWorkbook.Source.of(garbage))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(2);
            Sheet summary = book.getSheet("Tóm tắt");
            assertThat(value(summary, "Tình trạng")).startsWith("Bị từ chối cả tệp");
            assertThat(value(summary, "Lý do")).contains("Tệp không phải là sổ tính Excel").contains("Gửi lại tệp Excel");
            assertThat(value(summary, "Bản sao các sheet của huyện")).startsWith("Không có: tệp không mở được như một sổ tính Excel");
            assertThat(value(summary, "Huyện, thành phố")).isEqualTo("Không xác định");
            assertThat(ReportsOnTheSampleTest.rowsBelow(book.getSheet("Lỗi"), "Mức độ")).singleElement()
                    .satisfies(r -> assertThat(r.getCell(8).getStringCellValue()).isEqualTo("FILE_NOT_WORKBOOK"));
        }
    }

    @Test
    void detailsStopAtAThousandPerRuleWhileTheCountsGoOn() throws Exception {
        Object[][] rows = new Object[1501][];
        rows[0] = new Object[] {"STT", "Tên sản phẩm", "Ngày công nhận"};
        List<IssueStore.Located> issues = new ArrayList<>();
        for (int i = 1; i <= 1500; i++) {
            rows[i] = new Object[] {i, "Sản phẩm " + i, "không rõ"};
            issues.add(located("PRODUCT", new Issue(IssueCode.DATE_INVALID, "Sản phẩm", i + 1, "C" + (i + 1), "Ngày công nhận",
                    "không rõ", null, List.of())));
        }
        issues.add(located("PRODUCT", new Issue(IssueCode.REQUIRED_MISSING, "Sản phẩm", 5, "D5", "Xã", null, null, List.of("Xã"))));
        Path submitted = submitted("066_2020.xlsx", "Sản phẩm", rows);
        try (XSSFWorkbook book = write(submission(submitted, SubmissionStatus.ACCEPTED_WITH_WARNINGS), issues,
                FeedbackWorkbook.Source.of(submitted))) {
            List<Row> listed = ReportsOnTheSampleTest.rowsBelow(book.getSheet("Lỗi"), "Mức độ");
            assertThat(listed.stream().filter(r -> r.getCell(8).getStringCellValue().equals("DATE_INVALID"))).hasSize(1000);
            assertThat(listed.stream().filter(r -> r.getCell(8).getStringCellValue().equals("REQUIRED_MISSING"))).hasSize(1);
            // Vietnamese first, the code in the last column for filtering.
            Row counted = ReportsOnTheSampleTest.rowsBelow(book.getSheet("Tóm tắt"), "Mức độ").stream()
                    .filter(r -> r.getCell(7) != null && r.getCell(7).getStringCellValue().equals("DATE_INVALID")).findFirst().orElseThrow();
            assertThat(counted.getCell(1).getNumericCellValue()).isEqualTo(1500);
            Sheet copy = book.getSheet("Sản phẩm");
            // Every problem cell is filled; the notes stop with the details.
            assertThat(ReportsOnTheSampleTest.cell(copy, "C1501").getCellStyle().getFillForegroundColor())
                    .isEqualTo(IndexedColors.ROSE.getIndex());
            assertThat(ReportsOnTheSampleTest.cell(copy, "C1001").getCellComment()).isNotNull();
            assertThat(ReportsOnTheSampleTest.cell(copy, "C1501").getCellComment()).isNull();
            assertThat(ReportsOnTheSampleTest.cell(copy, "D5").getCellComment().getString().getString())
                    .contains("Thiếu Xã (cột bắt buộc).").contains("Cách sửa: Điền giá trị vào ô được chỉ ra.");
        }
    }

    @Test
    void aDistrictSheetNamedLikeOursKeepsItsNameAndOursGiveWay() throws Exception {
        Path submitted = submitted("066_2020.xlsx", "Lỗi", new Object[][] {{"ghi chú của huyện"}});
        try (XSSFWorkbook book = write(submission(submitted, SubmissionStatus.ACCEPTED), List.of(), FeedbackWorkbook.Source.of(submitted))) {
            assertThat(book.getSheetName(0)).isEqualTo("Tóm tắt");
            assertThat(book.getSheetName(1)).isEqualTo("Lỗi (2)");
            assertThat(book.getSheet("Lỗi").getRow(0).getCell(0).getStringCellValue()).isEqualTo("ghi chú của huyện");
        }
    }

    @Test
    void aWarningIsYellowAndAnErrorWinsOverAWarningOnTheSameCell() throws Exception {
        Path submitted = submitted("066_2020.xlsx", "Chủ thể", new Object[][] {{"Tên chủ thể", "Loại hình"}, {"HTX A", ""}, {"HTX B", "X"}});
        List<IssueStore.Located> issues = List.of(
                located("ENTITY", new Issue(IssueCode.ENTITY_TYPE_INFERRED, "Chủ thể", 2, "B2", "Loại hình", null, "HTX", List.of("HTX", "HTX A"))),
                located("ENTITY", new Issue(IssueCode.ENTITY_TYPE_INFERRED, "Chủ thể", 3, "B3", "Loại hình", "X", "HTX", List.of("HTX", "HTX B"))),
                located("ENTITY", new Issue(IssueCode.ENTITY_TYPE_UNKNOWN, "Chủ thể", 3, "B3", "Loại hình", "X", null, List.of())));
        try (XSSFWorkbook book = write(submission(submitted, SubmissionStatus.ACCEPTED_WITH_WARNINGS), issues,
                FeedbackWorkbook.Source.of(submitted))) {
            Sheet copy = book.getSheet("Chủ thể");
            assertThat(((XSSFCellStyle) ReportsOnTheSampleTest.cell(copy, "B2").getCellStyle()).getFillForegroundColor())
                    .isEqualTo(IndexedColors.LIGHT_YELLOW.getIndex());
            Cell both = ReportsOnTheSampleTest.cell(copy, "B3");
            assertThat(both.getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.ROSE.getIndex());
            assertThat(both.getCellComment().getString().getString()).contains("ENTITY_TYPE_INFERRED").contains("ENTITY_TYPE_UNKNOWN");
        }
    }

    @Test
    void noCopyIsMadeFromAFileThatChangedOrLiesOutsideTheInputFolder() throws Exception {
        Path input = Files.createDirectories(dir.resolve("input"));
        Path submitted = submitted("input/066_2020.xlsx", "Sản phẩm", new Object[][] {{"STT"}});
        Submission s = submission(submitted, SubmissionStatus.ACCEPTED);
        assertThat(FeedbackReport.source(input, s).file()).isEqualTo(submitted.toAbsolutePath().normalize());
        Files.write(submitted, new byte[] {1, 2, 3}, java.nio.file.StandardOpenOption.APPEND);
        assertThat(FeedbackReport.source(input, s).missing()).isEqualTo("tệp trong thư mục nộp đã bị thay đổi sau khi được đọc");
        Submission outside = new Submission(9, s.sha256(), "x.xlsx", "../x.xlsx", 1, NOW, NOW, "066", "2020", null, null, null, null,
                null, SubmissionStatus.ACCEPTED, true, 1);
        assertThat(FeedbackReport.source(input, outside).file()).isNull();
        assertThat(FeedbackReport.source(null, s).missing()).isNotBlank();
    }

    @Test
    void feedbackFileNamesAreSafe() {
        Submission unknown = new Submission(3, "0", "../../Báo cáo Đợt 1 (sửa)=2.xlsx", "x", 1, NOW, NOW, null, null, null, null, null,
                null, null, SubmissionStatus.REJECTED, false, 1);
        assertThat(FeedbackReport.fileName(unknown, REFERENCE.gazetteer())).isEqualTo("unknown-Bao_cao_Dot_1_sua_2.xlsx");
        // The district's name in the file name, as in its template's: the clerk sees whose feedback it is.
        assertThat(FeedbackReport.fileName(new Submission(4, "0", "a.xlsx", "a.xlsx", 1, NOW, NOW, "066", "2021-H1", null, null, null,
                null, null, SubmissionStatus.ACCEPTED, true, 1), REFERENCE.gazetteer())).isEqualTo("066-na-ri-2021-H1.xlsx");
        assertThat(FeedbackReport.fileName(new Submission(5, "0", "a.xlsx", "a.xlsx", 1, NOW, NOW, "099", "2021-H1", null, null, null,
                null, null, SubmissionStatus.ACCEPTED, true, 1), REFERENCE.gazetteer())).isEqualTo("099-2021-H1.xlsx");
    }

    private XSSFWorkbook write(Submission submission, List<IssueStore.Located> issues, FeedbackWorkbook.Source source) throws Exception {
        Path out = dir.resolve("feedback-" + submission.id() + "-" + System.nanoTime() + ".xlsx");
        List<SubmissionSheets.Counts> counts = List.of(new SubmissionSheets.Counts("PRODUCT", "Sản phẩm", 2, 1, 0, 1));
        String district = submission.districtCode() == null ? null : "Huyện Na Rì";
        AtomicFiles.write(out, new FeedbackWorkbook(submission, district, counts, issues, NOW, source,
                REFERENCE.gazetteer())::write);
        return new XSSFWorkbook(out.toFile());
    }

    private static String value(Sheet sheet, String label) {
        return ReportsOnTheSampleTest.labelled(sheet, label).getCell(1).getStringCellValue();
    }

    private static IssueStore.Located located(String kind, Issue issue) {
        return new IssueStore.Located(1, kind, issue);
    }

    private Submission submission(Path file, SubmissionStatus status) {
        return new Submission(1, InputScanner.sha256(file), file.getFileName().toString(), file.getFileName().toString(), 1, NOW, NOW,
                "066", "2020", LocalDate.of(2021, 1, 6), "Nguyễn Thị Lập", null, null, "xlsx", status, true, 1);
    }

    /** A submitted workbook with one sheet of the given cells (strings, integers, dates). */
    private Path submitted(String name, String sheetName, Object[][] cells) throws Exception {
        Path file = dir.resolve(name);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(sheetName);
            var dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            for (int r = 0; r < cells.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < cells[r].length; c++) {
                    Object value = cells[r][c];
                    Cell cell = row.createCell(c);
                    if (value instanceof Integer n) {
                        cell.setCellValue(n);
                    } else if (value instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(dateStyle);
                    } else if (!value.toString().isEmpty()) {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        return file;
    }
}
