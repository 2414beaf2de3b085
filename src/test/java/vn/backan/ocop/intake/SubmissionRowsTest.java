package vn.backan.ocop.intake;

import vn.backan.ocop.submission.Period;
import vn.backan.ocop.submission.SheetKind;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.backan.ocop.validation.IssueCode;

class SubmissionRowsTest {

    private static final SubmissionRef SUBMISSION = new SubmissionRef(1, "066_2020.xlsx", "066", Period.ofCode("2020"));

    @TempDir
    Path dir;

    /** Header on row 1; data rows 2 and 3; row 4 numbered only; signatures from row 6 to 9; a full row 10 under them. */
    private Path workbook() throws Exception {
        Path file = dir.resolve("066_2020.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("Sản phẩm");
            put(sheet, 1, "STT", "Tên sản phẩm", "Bộ sản phẩm", "Chủ thể", "Xã", "Số sao", "Ngày công nhận");
            put(sheet, 2, "1", "Miến dong", "6", "HTX Tài Hoan", "Côn Minh", "4", "12/12/2018");
            put(sheet, 3, "2", "Gạo nếp", "3", "HTX Kim Lư", "Kim Lư", "3", "12/12/2018");
            put(sheet, 4, "3");
            put(sheet, 6, null, "Người lập biểu", null, null, "Thủ trưởng đơn vị");
            put(sheet, 7, null, "(Ký, ghi rõ họ tên)");
            put(sheet, 9, null, "Nông Văn Bình", null, null, "Hà Thị Hoa");
            put(sheet, 10, "4", "Chè Cư Lễ", "11", "HTX Cư Lễ", "Cư Lễ", "3", "12/12/2018");
            wb.write(out);
        }
        return file;
    }

    private static void put(Sheet sheet, int excelRow, String... values) {
        Row row = sheet.createRow(excelRow - 1);
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                row.createCell(i).setCellValue(values[i]);
            }
        }
    }

    private static List<String> all(SubmissionRows rows) throws Exception {
        List<String> seen = new ArrayList<>();
        for (SourceRow row = rows.next(); row != null; row = rows.next()) {
            seen.add(row.rowNumber() + (row.notData() == null ? "" : " " + row.notData().code() + "@" + row.notData().cell()));
        }
        return seen;
    }

    @Test
    void theSignatureBlockIsOneRowAndAFullRowUnderItIsData() throws Exception {
        try (SubmissionRows rows = SubmissionRows.open(workbook(), SUBMISSION)) {
            assertThat(all(rows)).containsExactly("2", "3", "6 FOOTER_SKIPPED@B6", "10");
        }
    }

    @Test
    void aRestartAfterTheSignatureBlockResumesWithTheRowUnderIt() throws Exception {
        try (SubmissionRows rows = SubmissionRows.open(workbook(), SUBMISSION)) {
            rows.skipPast(new RowPosition(SheetKind.PRODUCT, 6));
            assertThat(all(rows)).containsExactly("10");
        }
    }

    @Test
    void theBlockSaysHowFarItGoes() throws Exception {
        try (SubmissionRows rows = SubmissionRows.open(workbook(), SUBMISSION)) {
            SourceRow footer = null;
            for (SourceRow row = rows.next(); row != null; row = rows.next()) {
                if (row.notData() != null) {
                    footer = row;
                }
            }
            assertThat(footer.notData().code()).isEqualTo(IssueCode.FOOTER_SKIPPED);
            assertThat(footer.notData().args()).containsExactly("6", "9");
            assertThat(footer.notData().value()).isEqualTo("Người lập biểu");
        }
    }
}
