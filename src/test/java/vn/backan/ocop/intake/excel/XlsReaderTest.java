package vn.backan.ocop.intake.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.backan.ocop.intake.excel.Sheets.cell;
import static vn.backan.ocop.intake.excel.Sheets.run;
import static vn.backan.ocop.intake.excel.XlsxReaderTest.TCVN3_CHE;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.backan.ocop.intake.excel.WorkbookException.Kind;

/** The same workbook as {@link XlsxReaderTest}, written as BIFF8 by HSSF. */
class XlsReaderTest {

    @TempDir
    Path dir;

    private Path sample() throws IOException {
        HSSFWorkbook wb = new HSSFWorkbook();
        XlsxReaderTest.fill(wb);
        return XlsxReaderTest.write(wb, dir.resolve("sample.xls"));
    }

    @Test
    void detectsXlsAndSheetVisibility() throws Exception {
        try (WorkbookReader reader = WorkbookReader.open(sample())) {
            assertThat(reader.format()).isEqualTo(WorkbookFormat.XLS);
            assertThat(reader.sheets()).containsExactly(
                    new SheetInfo(0, "Danh sách", false),
                    new SheetInfo(1, "Ẩn", true),
                    new SheetInfo(2, "Rất ẩn", true),
                    new SheetInfo(3, "Trống", false));
            assertThat(Sheets.readAll(reader, 3)).isEmpty();
        }
    }

    @Test
    void rowsBlankRowsSparseCellsAndHiddenRows() throws Exception {
        List<SheetRow> rows = Sheets.readFirstSheet(sample());
        assertThat(rows).extracting(SheetRow::rowNumber).containsExactly(1, 2, 5, 6, 7);
        assertThat(rows.get(2).cells()).extracting(RawCell::column).containsExactly(0, 5);
        assertThat(rows).filteredOn(SheetRow::hidden).extracting(SheetRow::rowNumber).containsExactly(6);
    }

    @Test
    void textRunsCarryTheirFonts() throws Exception {
        List<SheetRow> rows = Sheets.readFirstSheet(sample());
        assertThat(cell(rows, 2, 1).runs()).containsExactly(run(TCVN3_CHE, ".VnTime"), run(" Shan tuyết", "Arial"));
        assertThat(cell(rows, 2, 8).runs()).containsExactly(run("Mi\u00ean dong", "VNI-Times"));
        assertThat(cell(rows, 2, 2).text()).isEqualTo("01849");
        assertThat(cell(rows, 2, 7).kind()).isEqualTo(CellKind.TEXT);
    }

    @Test
    void numbersDatesAndBooleans() throws Exception {
        List<SheetRow> rows = Sheets.readFirstSheet(sample());
        assertThat(cell(rows, 2, 3).text()).isEqualTo("91.14");
        assertThat(cell(rows, 2, 3).number()).isEqualTo(91.14);
        assertThat(cell(rows, 2, 4).kind()).isEqualTo(CellKind.DATE);
        assertThat(cell(rows, 2, 4).date()).isEqualTo(LocalDateTime.of(2018, 12, 12, 0, 0));
        assertThat(cell(rows, 2, 4).text()).isEqualTo("12/12/2018");
        assertThat(cell(rows, 2, 5).text()).isEqualTo("31/01/2019");
        assertThat(cell(rows, 2, 6).bool()).isTrue();
    }

    @Test
    void formulasWithCachedValues() throws Exception {
        List<SheetRow> rows = Sheets.readFirstSheet(sample());
        assertThat(cell(rows, 7, 0).number()).isEqualTo(92.14);
        assertThat(cell(rows, 7, 0).formula()).isEqualTo("SUM(A2,D2)");
        assertThat(cell(rows, 7, 1).text()).isEqualTo("Bắc Kạn");
        assertThat(cell(rows, 7, 1).kind()).isEqualTo(CellKind.TEXT);
        assertThat(cell(rows, 7, 2).error()).isEqualTo("#REF!");
        assertThat(cell(rows, 7, 3).error()).isEqualTo("#N/A");
        assertThat(cell(rows, 7, 4).date()).isEqualTo(LocalDateTime.of(2018, 12, 13, 0, 0));
        assertThat(cell(rows, 7, 5).bool()).isTrue();
    }

    @Test
    void workbook1904DateSystem() throws Exception {
        HSSFWorkbook wb = new HSSFWorkbook();
        wb.getInternalWorkbook().getRecords().stream()
                .filter(r -> r instanceof org.apache.poi.hssf.record.DateWindow1904Record)
                .forEach(r -> ((org.apache.poi.hssf.record.DateWindow1904Record) r).setWindowing((short) 1));
        var style = wb.createCellStyle();
        style.setDataFormat((short) 14);
        var cell = wb.createSheet("s").createRow(0).createCell(0);
        cell.setCellValue(41984);
        cell.setCellStyle(style);
        List<SheetRow> rows = Sheets.readFirstSheet(XlsxReaderTest.write(wb, dir.resolve("1904.xls")));
        assertThat(rows.get(0).cell(0).date()).isEqualTo(LocalDateTime.of(2018, 12, 12, 0, 0));
    }

    @Test
    void passwordProtectedXlsIsEncrypted() throws Exception {
        HSSFWorkbook wb = new HSSFWorkbook();
        wb.createSheet("s").createRow(0).createCell(0).setCellValue("secret");
        Path file;
        Biff8EncryptionKey.setCurrentUserPassword("mật khẩu");
        try {
            file = XlsxReaderTest.write(wb, dir.resolve("locked.xls"));
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        assertThatThrownBy(() -> WorkbookReader.open(file))
                .isInstanceOfSatisfying(WorkbookException.class, e -> assertThat(e.kind()).isEqualTo(Kind.ENCRYPTED))
                .hasMessageStartingWith("locked.xls: ");
    }

    @Test
    void aPasswordLeftOnTheThreadIsNotUsedNorLost() throws Exception {
        HSSFWorkbook wb = new HSSFWorkbook();
        wb.createSheet("s").createRow(0).createCell(0).setCellValue("secret");
        Biff8EncryptionKey.setCurrentUserPassword("pw");
        try {
            Path file = XlsxReaderTest.write(wb, dir.resolve("locked.xls"));
            assertThatThrownBy(() -> WorkbookReader.open(file))
                    .isInstanceOfSatisfying(WorkbookException.class, e -> assertThat(e.kind()).isEqualTo(Kind.ENCRYPTED));
            assertThat(Biff8EncryptionKey.getCurrentUserPassword()).isEqualTo("pw");
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
    }

    @Test
    void truncatedXlsIsCorrupt() throws Exception {
        byte[] bytes = Files.readAllBytes(sample());
        Path half = Files.write(dir.resolve("half.xls"), Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> Sheets.readFirstSheet(half))
                .isInstanceOfSatisfying(WorkbookException.class, e -> assertThat(e.kind()).isEqualTo(Kind.CORRUPT))
                .hasMessageStartingWith("half.xls: ")
                .hasMessageNotContaining(dir.toString());
    }

    @Test
    void longTextIsCut() throws Exception {
        HSSFWorkbook wb = new HSSFWorkbook();
        wb.createSheet("s").createRow(0).createCell(0).setCellValue("x".repeat(50));
        Path file = XlsxReaderTest.write(wb, dir.resolve("long.xls"));
        ReaderLimits limits = new ReaderLimits(1 << 20, 1 << 20, 0.01, 10, 16_384);
        RawCell cell = Sheets.readFirstSheet(file, limits).get(0).cell(0);
        assertThat(cell.text()).isEqualTo("x".repeat(10));
        assertThat(cell.runs()).containsExactly(run("x".repeat(10), "Arial"));
    }

    @Test
    void xlsThatWouldNotFitTheHeapIsRefusedBeforeLoading() {
        long heap = 256L << 20;
        assertThat(XlsWorkbookReader.fitsInHeap(20L << 20, heap)).isTrue();
        assertThat(XlsWorkbookReader.fitsInHeap(30L << 20, heap)).isFalse();
    }

    @Test
    void columnsBeyondTheLimitAreTooLarge() throws Exception {
        HSSFWorkbook wb = new HSSFWorkbook();
        wb.createSheet("Rộng").createRow(2).createCell(7).setCellValue(1);
        Path file = XlsxReaderTest.write(wb, dir.resolve("wide.xls"));
        ReaderLimits limits = new ReaderLimits(1 << 20, 1 << 20, 0.01, 100, 5);
        assertThatThrownBy(() -> Sheets.readFirstSheet(file, limits))
                .isInstanceOfSatisfying(WorkbookException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.TOO_LARGE);
                    assertThat(e.sheet()).isEqualTo("Rộng");
                })
                .hasMessageContaining("H3");
    }

    @Test
    void codesTypedAsNumbersKeepTheZerosTheirFormatShows() throws Exception {
        HSSFWorkbook wb = new HSSFWorkbook();
        var style = wb.createCellStyle();
        style.setDataFormat(wb.createDataFormat().getFormat("00000"));
        var row = wb.createSheet("s").createRow(0);
        row.createCell(0).setCellValue(1849);
        row.getCell(0).setCellStyle(style);
        row.createCell(1).setCellValue(1849);
        List<SheetRow> rows = Sheets.readFirstSheet(XlsxReaderTest.write(wb, dir.resolve("codes.xls")));
        assertThat(cell(rows, 1, 0).text()).isEqualTo("01849");
        assertThat(cell(rows, 1, 0).number()).isEqualTo(1849.0);
        assertThat(cell(rows, 1, 1).text()).isEqualTo("1849");
    }
}
