package vn.backan.ocop.reruns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.backan.ocop.cli.Cli;
import vn.backan.ocop.fixtures.TestDatabase;

/**
 * The clerk's round trip: the feedback workbook is the district's own file with two sheets in front; the clerk fixes
 * a cell in it and sends it back as it is; the next feedback is built from that file alone, as if it were the first.
 */
class FeedbackRoundTripTest {

    private static final List<String> BA_BE_SHEETS = List.of("Thông tin", "Sản phẩm", "Chủ thể", "Xã", "Hỗ trợ");

    @TempDir
    Path home;

    @Test
    void aFixedFeedbackWorkbookSentBackReadsAsTheDistrictsFileAndItsFeedbackStartsAfresh() throws Exception {
        Pipeline pipeline = new Pipeline(home, TestDatabase.Kind.H2);
        pipeline.copySample2020();
        assertThat(pipeline.run("consolidate")).isEqualTo(Cli.OK);

        Path feedback = pipeline.output("feedback/061-ba-be-2020.xlsx");
        assertThat(feedback).isRegularFile();
        List<String> firstErrors = errors(feedback);
        assertThat(firstErrors).containsExactly("Sản phẩm!C17 REQUIRED_MISSING", "Sản phẩm!F21 COMMUNE_OTHER_DISTRICT",
                "Sản phẩm!I29 DATE_INVALID");
        try (XSSFWorkbook original = Workbooks.open(pipeline.input.resolve("061-ba-be-2020.xlsx")); XSSFWorkbook first = Workbooks.open(feedback)) {
            assertThat(sheetNames(first)).isEqualTo(concat(List.of("Tóm tắt", "Lỗi"), BA_BE_SHEETS));
            assertKeepsTheDistrictsFormatting(original, first);
            XSSFCell marked = cell(first, "Sản phẩm", "C17");
            assertThat(marked.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(marked.getCellComment().getString().getString()).contains("REQUIRED_MISSING");
        }

        // The clerk types the missing product name into the annotated copy and sends the whole file back.
        Path sentBack = pipeline.input.resolve("061-ba-be-2020.xlsx");
        try (XSSFWorkbook book = Workbooks.open(feedback)) {
            cell(book, "Sản phẩm", "C17").setCellValue("Miến dong Ba Bể");
            try (OutputStream out = Files.newOutputStream(sentBack)) {
                book.write(out);
            }
        }
        Files.setLastModifiedTime(sentBack, FileTime.from(Instant.now().plusSeconds(60)));
        assertThat(pipeline.run("consolidate")).isEqualTo(Cli.OK);

        assertThat(errors(feedback)).containsExactly("Sản phẩm!F21 COMMUNE_OTHER_DISTRICT", "Sản phẩm!I29 DATE_INVALID");
        assertThat(Workbooks.table(feedback, "Lỗi", "Mức độ")).noneSatisfy(r ->
                assertThat(String.join("|", r)).containsAnyOf("Tóm tắt", "SHEET_"));
        try (XSSFWorkbook original = Workbooks.open(pipeline.input.resolve("061-ba-be-2020.xlsx")); XSSFWorkbook second = Workbooks.open(feedback)) {
            assertThat(sheetNames(second)).isEqualTo(concat(List.of("Tóm tắt", "Lỗi"), BA_BE_SHEETS));
            XSSFCell fixed = cell(second, "Sản phẩm", "C17");
            assertThat(fixed.getStringCellValue()).isEqualTo("Miến dong Ba Bể");
            assertThat(fixed.getCellComment()).as("the note of the fixed error is gone").isNull();
            assertThat(fixed.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.NO_FILL);
            assertThat(cell(second, "Sản phẩm", "F21").getCellComment().getString().getString())
                    .contains("COMMUNE_OTHER_DISTRICT").doesNotContain("\n\n" + "Lỗi [COMMUNE_OTHER_DISTRICT]");
            XSSFSheet products = second.getSheet("Sản phẩm");
            assertThat(products.getMergedRegions()).isEqualTo(original.getSheet("Sản phẩm").getMergedRegions());
        }
        List<List<String>> summary = Workbooks.table(feedback, "Tóm tắt", "Mục");
        assertThat(summary).anySatisfy(r -> assertThat(r.subList(0, 2)).containsExactly("Huyện, thành phố", "Huyện Ba Bể"));
        assertThat(summary).anySatisfy(r -> assertThat(r.subList(0, 2)).containsExactly("Tệp đã nộp", "061-ba-be-2020.xlsx"));
        int sha = indexOf(summary, "SHA-256");
        assertThat(sha).as("the hash is in the technical block, below the problems").isGreaterThan(indexOf(summary, "Mức độ"));
    }

    @Test
    void aTotalSavedAsAFormulaStaysAFormulaInTheCopy() throws Exception {
        Pipeline pipeline = new Pipeline(home, TestDatabase.Kind.H2);
        pipeline.copySample2020();
        assertThat(pipeline.run("consolidate")).isEqualTo(Cli.OK);
        try (XSSFWorkbook book = Workbooks.open(pipeline.output("feedback/066-na-ri-2020.xlsx"))) {
            XSSFSheet communes = book.getSheet("Xã");
            XSSFCell total = null;
            for (var row : communes) {
                for (var c : row) {
                    if (c.getCellType() == CellType.FORMULA) {
                        total = (XSSFCell) c;
                    }
                }
            }
            assertThat(total).as("a SUM formula of the totals row").isNotNull();
            assertThat(total.getCellFormula()).startsWith("SUM(");
        }
    }

    private static void assertKeepsTheDistrictsFormatting(XSSFWorkbook original, XSSFWorkbook copy) {
        for (String name : BA_BE_SHEETS) {
            XSSFSheet theirs = original.getSheet(name);
            XSSFSheet ours = copy.getSheet(name);
            assertThat(ours.getMergedRegions()).as(name).isEqualTo(theirs.getMergedRegions());
            for (int c = 0; c < 12; c++) {
                assertThat(ours.getColumnWidth(c)).as(name + " column " + c).isEqualTo(theirs.getColumnWidth(c));
            }
        }
        XSSFCell date = cell(original, "Sản phẩm", "I5");
        XSSFCell copied = cell(copy, "Sản phẩm", "I5");
        assertThat(copied.getCellStyle().getDataFormatString()).isEqualTo(date.getCellStyle().getDataFormatString());
        assertThat(copied.getCellStyle().getFont().getFontName()).isEqualTo(date.getCellStyle().getFont().getFontName());
    }

    private static int indexOf(List<List<String>> rows, String first) {
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).isEmpty() && rows.get(i).get(0).equals(first)) {
                return i;
            }
        }
        return -1;
    }

    /** The rejected-row problems of a feedback workbook's Lỗi sheet, as "sheet!cell CODE" (the code is its last column). */
    private static List<String> errors(Path feedback) throws Exception {
        return Workbooks.table(feedback, "Lỗi", "Mức độ").stream().filter(r -> r.get(0).startsWith("Lỗi"))
                .map(r -> r.get(1) + "!" + r.get(2) + " " + r.get(8)).toList();
    }

    private static XSSFCell cell(XSSFWorkbook book, String sheet, String address) {
        CellReference ref = new CellReference(address);
        var row = book.getSheet(sheet).getRow(ref.getRow());
        if (row == null) {
            row = book.getSheet(sheet).createRow(ref.getRow());
        }
        return (XSSFCell) row.getCell(ref.getCol(), org.apache.poi.ss.usermodel.Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
    }


    private static List<String> sheetNames(XSSFWorkbook book) {
        List<String> names = new ArrayList<>();
        book.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
