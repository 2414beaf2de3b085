package vn.backan.ocop.intake.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.backan.ocop.intake.excel.Sheets.cell;
import static vn.backan.ocop.intake.excel.Sheets.run;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** .xlsx written by POI's own writers, read back through the streaming reader. */
class XlsxReaderTest {

    /** "Chè" in TCVN3 as Excel stores it: the bytes shown as Latin-1/cp1252 characters. */
    static final String TCVN3_CHE = "Ch\u00e8";

    @TempDir
    Path dir;

    /** The workbook used by most tests; {@link XlsReaderTest} builds the same with HSSF. */
    static void fill(Workbook wb) {
        CreationHelper helper = wb.getCreationHelper();
        Sheet sheet = wb.createSheet("Danh sách");

        Font vnTime = wb.createFont();
        vnTime.setFontName(".VnTime");
        Font vniTimes = wb.createFont();
        vniTimes.setFontName("VNI-Times");
        CellStyle vniStyle = wb.createCellStyle();
        vniStyle.setFont(vniTimes);
        CellStyle builtInDate = wb.createCellStyle();
        builtInDate.setDataFormat((short) 14);
        CellStyle customDate = wb.createCellStyle();
        customDate.setDataFormat(helper.createDataFormat().getFormat("dd/mm/yyyy"));
        CellStyle textFormat = wb.createCellStyle();
        textFormat.setDataFormat(helper.createDataFormat().getFormat("@"));

        Row header = sheet.createRow(0);
        header.createCell(0).setCellValue("STT");
        header.createCell(1).setCellValue("Tên sản phẩm");

        Row data = sheet.createRow(1);
        data.createCell(0).setCellValue(1);
        var rich = helper.createRichTextString(TCVN3_CHE + " Shan tuyết");
        rich.applyFont(0, 3, vnTime);
        data.createCell(1).setCellValue(rich);
        data.createCell(2).setCellValue("01849");
        data.createCell(3).setCellValue(91.14);
        data.createCell(4).setCellValue(LocalDateTime.of(2018, 12, 12, 0, 0));
        data.getCell(4).setCellStyle(builtInDate);
        data.createCell(5).setCellValue(LocalDateTime.of(2019, 1, 31, 0, 0));
        data.getCell(5).setCellStyle(customDate);
        data.createCell(6).setCellValue(true);
        data.createCell(7).setCellValue("123");
        data.getCell(7).setCellStyle(textFormat);
        data.createCell(8).setCellValue("Mi\u00ean dong");
        data.getCell(8).setCellStyle(vniStyle);

        // row 3 does not exist; row 4 has a styled cell without value: both are blank
        sheet.createRow(3).createCell(2).setCellStyle(vniStyle);

        Row sparse = sheet.createRow(4);
        sparse.createCell(0).setCellValue("A5");
        sparse.createCell(5).setCellValue(5);

        Row hidden = sheet.createRow(5);
        hidden.createCell(0).setCellValue("hidden row");
        hidden.setZeroHeight(true);

        Row formulas = sheet.createRow(6);
        formulas.createCell(0).setCellFormula("SUM(A2,D2)");
        formulas.createCell(1).setCellFormula("\"Bắc\"&\" Kạn\"");
        formulas.createCell(2).setCellFormula("#REF!+1");
        formulas.createCell(3).setCellFormula("NA()");
        formulas.createCell(4).setCellFormula("E2+1");
        formulas.getCell(4).setCellStyle(builtInDate);
        formulas.createCell(5).setCellFormula("1=1");
        helper.createFormulaEvaluator().evaluateAll();

        wb.createSheet("Ẩn").createRow(0).createCell(0).setCellValue("x");
        wb.createSheet("Rất ẩn").createRow(0).createCell(0).setCellValue("y");
        wb.createSheet("Trống");
        wb.setSheetVisibility(1, SheetVisibility.HIDDEN);
        wb.setSheetVisibility(2, SheetVisibility.VERY_HIDDEN);
    }

    static Path write(Workbook wb, Path file) throws IOException {
        try (wb; OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        return file;
    }

    private Path sample() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        fill(wb);
        return write(wb, dir.resolve("sample.xlsx"));
    }

    @Test
    void detectsXlsxAndListsSheetsWithVisibility() throws Exception {
        try (WorkbookReader reader = WorkbookReader.open(sample())) {
            assertThat(reader.format()).isEqualTo(WorkbookFormat.XLSX);
            assertThat(reader.sheets()).containsExactly(
                    new SheetInfo(0, "Danh sách", false),
                    new SheetInfo(1, "Ẩn", true),
                    new SheetInfo(2, "Rất ẩn", true),
                    new SheetInfo(3, "Trống", false));
            assertThat(Sheets.readAll(reader, 1)).singleElement().satisfies(r -> assertThat(r.cell(0).text()).isEqualTo("x"));
            assertThat(Sheets.readAll(reader, 3)).isEmpty();
        }
    }

    @Test
    void skipsBlankRowsButKeepsExcelRowNumbers() throws Exception {
        List<SheetRow> rows = Sheets.readFirstSheet(sample());
        assertThat(rows).extracting(SheetRow::rowNumber).containsExactly(1, 2, 5, 6, 7);
    }

    @Test
    void sparseCellsKeepTheirColumns() throws Exception {
        SheetRow row = Sheets.readFirstSheet(sample()).get(2);
        assertThat(row.cells()).extracting(RawCell::column).containsExactly(0, 5);
        assertThat(row.cell(5).number()).isEqualTo(5.0);
        assertThat(row.cell(3)).isNull();
        assertThat(CellRef.of(row.rowNumber(), row.cell(5).column())).isEqualTo("F5");
    }

    @Test
    void flagsHiddenRows() throws Exception {
        List<SheetRow> rows = Sheets.readFirstSheet(sample());
        assertThat(rows).filteredOn(SheetRow::hidden).extracting(SheetRow::rowNumber).containsExactly(6);
    }

    @Test
    void richTextReportsTheFontOfEachRun() throws Exception {
        RawCell rich = cell(Sheets.readFirstSheet(sample()), 2, 1);
        assertThat(rich.kind()).isEqualTo(CellKind.TEXT);
        assertThat(rich.text()).isEqualTo(TCVN3_CHE + " Shan tuyết");
        assertThat(rich.runs()).containsExactly(run(TCVN3_CHE, ".VnTime"), run(" Shan tuyết", "Calibri"));
    }

    @Test
    void plainTextCarriesTheCellStyleFont() throws Exception {
        List<SheetRow> rows = Sheets.readFirstSheet(sample());
        assertThat(cell(rows, 2, 8).runs()).containsExactly(run("Mi\u00ean dong", "VNI-Times"));
        assertThat(cell(rows, 1, 1).runs()).containsExactly(run("Tên sản phẩm", "Calibri"));
    }

    @Test
    void readsNumbersTextNumbersLeadingZerosAndBooleans() throws Exception {
        List<SheetRow> rows = Sheets.readFirstSheet(sample());
        RawCell number = cell(rows, 2, 3);
        assertThat(number.kind()).isEqualTo(CellKind.NUMBER);
        assertThat(number.number()).isEqualTo(91.14);
        assertThat(number.text()).isEqualTo("91.14");
        assertThat(number.runs()).isEmpty();
        assertThat(cell(rows, 2, 0).text()).isEqualTo("1");

        RawCell code = cell(rows, 2, 2);
        assertThat(code.kind()).isEqualTo(CellKind.TEXT);
        assertThat(code.text()).isEqualTo("01849");
        assertThat(code.number()).isNull();
        assertThat(cell(rows, 2, 7).kind()).isEqualTo(CellKind.TEXT);
        assertThat(cell(rows, 2, 7).text()).isEqualTo("123");

        RawCell bool = cell(rows, 2, 6);
        assertThat(bool.kind()).isEqualTo(CellKind.BOOLEAN);
        assertThat(bool.bool()).isTrue();
        assertThat(bool.text()).isEqualTo("TRUE");
    }

    @Test
    void readsBuiltInAndCustomDateFormats() throws Exception {
        List<SheetRow> rows = Sheets.readFirstSheet(sample());
        RawCell builtIn = cell(rows, 2, 4);
        assertThat(builtIn.kind()).isEqualTo(CellKind.DATE);
        assertThat(builtIn.date()).isEqualTo(LocalDateTime.of(2018, 12, 12, 0, 0));
        assertThat(builtIn.number()).isEqualTo(43446.0);
        assertThat(builtIn.text()).isEqualTo("12/12/2018");
        RawCell custom = cell(rows, 2, 5);
        assertThat(custom.kind()).isEqualTo(CellKind.DATE);
        assertThat(custom.text()).isEqualTo("31/01/2019");
    }

    @Test
    void formulasKeepTheirTextAndCachedValue() throws Exception {
        List<SheetRow> rows = Sheets.readFirstSheet(sample());
        RawCell sum = cell(rows, 7, 0);
        assertThat(sum.kind()).isEqualTo(CellKind.NUMBER);
        assertThat(sum.number()).isEqualTo(92.14);
        assertThat(sum.formula()).isEqualTo("SUM(A2,D2)");

        RawCell text = cell(rows, 7, 1);
        assertThat(text.kind()).isEqualTo(CellKind.TEXT);
        assertThat(text.text()).isEqualTo("Bắc Kạn");
        assertThat(text.runs()).containsExactly(run("Bắc Kạn", "Calibri"));
        assertThat(text.formula()).isEqualTo("\"Bắc\"&\" Kạn\"");

        RawCell ref = cell(rows, 7, 2);
        assertThat(ref.kind()).isEqualTo(CellKind.ERROR);
        assertThat(ref.error()).isEqualTo("#REF!");
        assertThat(ref.text()).isEqualTo("#REF!");
        assertThat(ref.formula()).isEqualTo("#REF!+1");

        RawCell na = cell(rows, 7, 3);
        assertThat(na.kind()).isEqualTo(CellKind.ERROR);
        assertThat(na.error()).isEqualTo("#N/A");

        RawCell date = cell(rows, 7, 4);
        assertThat(date.kind()).isEqualTo(CellKind.DATE);
        assertThat(date.date()).isEqualTo(LocalDateTime.of(2018, 12, 13, 0, 0));
        assertThat(date.formula()).isEqualTo("E2+1");

        RawCell bool = cell(rows, 7, 5);
        assertThat(bool.kind()).isEqualTo(CellKind.BOOLEAN);
        assertThat(bool.formula()).isEqualTo("1=1");
    }

    @Test
    void inlineStringsFromSxssfReadLikeSharedStrings() throws Exception {
        SXSSFWorkbook streaming = new SXSSFWorkbook(10);
        fill(streaming);
        Path file = write(streaming, dir.resolve("inline.xlsx"));
        assertThat(sheetXml(file)).contains("t=\"inlineStr\"").doesNotContain("t=\"s\"");
        assertThat(sheetXml(sample())).contains("t=\"s\"").doesNotContain("t=\"inlineStr\"");

        List<SheetRow> inline = Sheets.readFirstSheet(file);
        List<SheetRow> shared = Sheets.readFirstSheet(sample());
        assertThat(cell(inline, 2, 2).text()).isEqualTo("01849");
        assertThat(cell(inline, 2, 8).runs()).containsExactly(run("Mi\u00ean dong", "VNI-Times"));
        assertThat(inline).extracting(SheetRow::rowNumber).isEqualTo(shared.stream().map(SheetRow::rowNumber).toList());
        for (int i = 0; i < inline.size(); i++) {
            assertThat(inline.get(i).cells()).extracting(RawCell::text)
                    .isEqualTo(shared.get(i).cells().stream().map(RawCell::text).toList());
        }
    }

    private static String sheetXml(Path file) throws IOException {
        return new String(HandMadeXlsx.Zips.read(file).get("xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8);
    }

    @Test
    void macroEnabledWorkbookIsDetectedAsXlsm() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook(XSSFWorkbookType.XLSM);
        wb.createSheet("Macro").createRow(0).createCell(0).setCellValue("ok");
        // the extension says .xlsx: the content type decides
        Path file = write(wb, dir.resolve("looks-plain.xlsx"));
        try (WorkbookReader reader = WorkbookReader.open(file)) {
            assertThat(reader.format()).isEqualTo(WorkbookFormat.XLSM);
            assertThat(Sheets.readAll(reader, 0).get(0).cell(0).text()).isEqualTo("ok");
        }
    }

    @Test
    void richStringsInTheSharedTableResolveFontsPerCell() throws Exception {
        // the same shared string in two cells with different style fonts: the unfonted run follows the cell
        XSSFWorkbook wb = new XSSFWorkbook();
        Font vnTime = wb.createFont();
        vnTime.setFontName(".VnTime");
        Font arial = wb.createFont();
        arial.setFontName("Arial");
        CellStyle arialStyle = wb.createCellStyle();
        arialStyle.setFont(arial);
        XSSFRichTextString rich = new XSSFRichTextString("ab");
        rich.applyFont(0, 1, vnTime);
        Row row = wb.createSheet("s").createRow(0);
        row.createCell(0).setCellValue(rich);
        row.createCell(1).setCellValue(rich);
        row.getCell(1).setCellStyle(arialStyle);
        List<SheetRow> rows = Sheets.readFirstSheet(write(wb, dir.resolve("shared-rich.xlsx")));
        assertThat(rows.get(0).cell(0).runs()).containsExactly(run("a", ".VnTime"), run("b", "Calibri"));
        assertThat(rows.get(0).cell(1).runs()).containsExactly(run("a", ".VnTime"), run("b", "Arial"));
    }

    @Test
    void eachCallToRowsStartsAFreshCursor() throws Exception {
        try (WorkbookReader reader = WorkbookReader.open(sample())) {
            SheetInfo first = reader.sheets().get(0);
            try (RowCursor a = reader.rows(first); RowCursor b = reader.rows(first)) {
                assertThat(a.next().rowNumber()).isEqualTo(1);
                assertThat(a.next().rowNumber()).isEqualTo(2);
                assertThat(b.next().rowNumber()).isEqualTo(1);
            }
        }
    }

    @Test
    void codesTypedAsNumbersKeepTheZerosTheirFormatShows() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        CellStyle commune = wb.createCellStyle();
        commune.setDataFormat(wb.createDataFormat().getFormat("00000"));
        CellStyle tax = wb.createCellStyle();
        tax.setDataFormat(wb.createDataFormat().getFormat("0000000000"));
        Row row = wb.createSheet("s").createRow(0);
        row.createCell(0).setCellValue(1849);
        row.getCell(0).setCellStyle(commune);
        row.createCell(1).setCellValue(470012346);
        row.getCell(1).setCellStyle(tax);
        row.createCell(2).setCellValue(1849);
        List<SheetRow> rows = Sheets.readFirstSheet(write(wb, dir.resolve("codes.xlsx")));
        assertThat(cell(rows, 1, 0).text()).isEqualTo("01849");
        assertThat(cell(rows, 1, 0).number()).isEqualTo(1849.0);
        assertThat(cell(rows, 1, 1).text()).isEqualTo("0470012346");
        assertThat(cell(rows, 1, 2).text()).isEqualTo("1849");
    }
}
