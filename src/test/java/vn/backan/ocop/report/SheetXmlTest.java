package vn.backan.ocop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipFile;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The sheets written by {@link SheetXml} hold what POI's own writer writes, cell for cell and character for character. */
class SheetXmlTest {

    /** POI's writer, its escaping reachable. */
    private static final class Poi extends SheetDataWriter {
        Poi(Writer out) throws IOException {
            super(out);
        }

        void text(String s) throws IOException {
            outputEscapedString(s);
        }
    }

    @Test
    void everyCharacterIsWrittenAsPoiWritesIt() throws IOException {
        StringBuilder all = new StringBuilder();
        for (int c = 0; c <= 0xFFFF; c++) {
            all.append((char) c);
            assertThat(ours(String.valueOf((char) c))).as("U+%04X", c).isEqualTo(poi(String.valueOf((char) c)));
        }
        assertThat(ours(all.toString())).isEqualTo(poi(all.toString()));
    }

    @Test
    void textMixingLettersSpecialsAndSurrogatesIsWrittenAsPoiWritesIt() throws IOException {
        String letters = "Sản phẩm <Miến> \"dong\" & 'Na Rì'\n\r\t\u00A0\u0001\uFFFE\uFFFF\uD83D\uDE00\uD83D\uDC00ạ";
        Random random = new Random(6122026);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(20); i >= 0; i--) {
                text.append(letters.charAt(random.nextInt(letters.length())));
            }
            assertThat(ours(text.toString())).as(text.toString()).isEqualTo(poi(text.toString()));
        }
        assertThat(ours("")).isEmpty();
        assertThat(ours("a<b")).isEqualTo("a&lt;b");
    }

    /**
     * Every kind of cell this package writes or copies, with gaps in rows, read back by POI: the same
     * cells as POI's own writer gives, though most cells have no reference and the sheet is smaller.
     */
    @Test
    void aWorkbookReadsBackCellForCellAsPoisOwn() throws IOException {
        byte[] poi = workbook(new SXSSFWorkbook(StreamingWorkbook.WINDOW));
        byte[] ours = workbook(StreamingWorkbook.create());
        assertThat(cells(ours)).isEqualTo(cells(poi)).hasSizeGreaterThan(1_000);
        String sheet = sheetXml(ours);
        assertThat(sheet).contains("<c r=\"C2\"").contains("<c r=\"D5\"").doesNotContain("r=\"B2\"").doesNotContain(".0</v>");
        assertThat(sheet.length()).isLessThan(sheetXml(poi).length() * 4 / 5);
    }

    private static byte[] workbook(SXSSFWorkbook workbook) throws IOException {
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            Sheet sheet = workbook.createSheet("Sản phẩm");
            Row first = sheet.createRow(1);
            first.createCell(0).setCellValue(" Miến dong Na Rì ");
            first.createCell(2).setCellValue(3);
            first.createCell(3).setCellValue(-0.5);
            first.createCell(4).setCellValue(1e20);
            first.createCell(5).setCellValue(true);
            first.createCell(6).setCellErrorValue(FormulaError.NA.getCode());
            first.createCell(7).setCellValue(LocalDate.of(2021, 6, 30));
            first.getCell(7).setCellStyle(date);
            first.createCell(8);
            first.createCell(9).setCellFormula("SUM(C2:D2)");
            first.getCell(9).setCellValue(2.5);
            first.createCell(10).setCellFormula("\"a\"&\"<b>\"");
            first.getCell(10).setCellValue("a<b>");
            first.createCell(11).setCellFormula("C2>1");
            first.getCell(11).setCellValue(true);
            first.createCell(12).setCellFormula("1/0");
            first.getCell(12).setCellErrorValue(FormulaError.DIV0.getCode());
            sheet.createRow(4).createCell(3).setCellValue("từ cột D");
            Random random = new Random(4122026);
            for (int r = 5; r < 300; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < 8; c++) {
                    switch (random.nextInt(4)) {
                        case 0 -> row.createCell(c).setCellValue("Sản phẩm " + random.nextInt(1000));
                        case 1 -> row.createCell(c).setCellValue(random.nextInt(100) / (random.nextBoolean() ? 1.0 : 4.0));
                        case 2 -> row.createCell(c).setCellStyle(date);
                        default -> {
                            // a gap
                        }
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** Each cell read back by POI's XSSF reader: address, type, style, value and formula. */
    private static List<String> cells(byte[] file) throws IOException {
        List<String> cells = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    CellType type = cell.getCellType();
                    CellType value = type == CellType.FORMULA ? cell.getCachedFormulaResultType() : type;
                    cells.add(cell.getAddress() + " " + type + " " + cell.getCellStyle().getDataFormatString() + " "
                            + (type == CellType.FORMULA ? cell.getCellFormula() + " " : "") + switch (value) {
                                case STRING -> cell.getStringCellValue();
                                case NUMERIC -> Double.toString(cell.getNumericCellValue());
                                case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
                                case ERROR -> Byte.toString(cell.getErrorCellValue());
                                default -> "";
                            });
                }
            }
        }
        return cells;
    }

    /** The first sheet's XML; read from a file, since POI's zip has sizes that ZipInputStream refuses. */
    private static String sheetXml(byte[] file) throws IOException {
        Path copy = Files.createTempFile("sheet-xml", ".xlsx");
        try (ZipFile zip = new ZipFile(Files.write(copy, file).toFile())) {
            return new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(), StandardCharsets.UTF_8);
        } finally {
            Files.delete(copy);
        }
    }

    private static String poi(String s) throws IOException {
        StringWriter out = new StringWriter();
        try (Poi writer = new Poi(out)) {
            writer.text(s);
        }
        return out.toString();
    }

    private static String ours(String s) throws IOException {
        StringWriter out = new StringWriter();
        try (SheetXml writer = new SheetXml(out)) {
            writer.outputEscapedString(s);
        }
        return out.toString();
    }
}
