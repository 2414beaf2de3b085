package vn.backan.ocop.intake.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The copy POI holds only partly: the rows asked for, and those with a formula or text the caller
 * wants, are POI's to edit; every other row comes back in the written file as it was.
 */
class EditableCopyTest {

    @TempDir
    Path dir;

    /** Rows 1 and 50 of "Data", and text starting with '='. */
    private static final EditableCopy.Rows SOME = new EditableCopy.Rows() {
        @Override
        public boolean needed(String sheet, int row) {
            return sheet.equals("Data") && (row == 1 || row == 50);
        }

        @Override
        public boolean neededText(String text) {
            return text.startsWith("=");
        }
    };

    @Test
    void poiHoldsTheRowsAskedForAndThoseWithFormulasOrWantedText() throws Exception {
        Path file = sample();
        try (EditableCopy copy = EditableCopy.open(file, SOME).orElseThrow()) {
            XSSFSheet data = copy.workbook().getSheet("Data");
            List<Integer> held = new ArrayList<>();
            data.forEach(row -> held.add(row.getRowNum() + 1));
            // 120 holds a formula, 150 text typed as "=1+1" (shared), 160 the same inline.
            assertThat(held).containsExactly(1, 50, 120, 150, 160);
            // A sheet with nothing asked for keeps only what it must: nothing here.
            assertThat(copy.workbook().getSheet("Other").getPhysicalNumberOfRows()).isZero();
        }
    }

    @Test
    void theRowsPoiNeverHeldComeBackUnchanged() throws Exception {
        Path file = sample();
        Path written = dir.resolve("written.xlsx");
        try (EditableCopy copy = EditableCopy.open(file, SOME).orElseThrow(); OutputStream out = Files.newOutputStream(written)) {
            XSSFWorkbook book = copy.workbook();
            XSSFSheet data = book.getSheet("Data");
            XSSFCellStyle red = book.createCellStyle();
            red.cloneStyleFrom(data.getRow(49).getCell(1).getCellStyle());
            red.setFillForegroundColor(IndexedColors.RED.getIndex());
            red.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            data.getRow(49).getCell(1).setCellStyle(red);
            // A row the file does not have: created between the rows POI never held.
            data.createRow(74).createCell(3).setCellStyle(red);
            book.createSheet("Ours").createRow(0).createCell(0).setCellValue("added");
            copy.write(out);
        }
        assertSameCells(file, written, Set.of("Data!B50", "Data!D75"));
        try (XSSFWorkbook book = new XSSFWorkbook(written.toFile())) {
            Sheet data = book.getSheet("Data");
            assertThat(data.getRow(49).getCell(1).getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.RED.getIndex());
            assertThat(data.getRow(49).getCell(1).getNumericCellValue()).isEqualTo(49 * 2);
            assertThat(data.getRow(74).getCell(3).getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(data.getRow(99).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            assertThat(book.getSheet("Ours").getRow(0).getCell(0).getStringCellValue()).isEqualTo("added");
            assertThat(data.getLastRowNum()).isEqualTo(199);
            // The extent of every row, not only of those POI held.
            assertThat(((XSSFSheet) data).getCTWorksheet().getDimension().getRef()).isEqualTo("A1:E200");
        }
    }

    @Test
    void aSheetWrittenWithAPrefixIsPutBackByParsing() throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int r = 1; r <= 30; r++) {
            rows.append("<x:row r=\"").append(r).append("\"><x:c r=\"A").append(r).append("\" t=\"inlineStr\"><x:is><x:t>dòng ")
                    .append(r).append(" &amp; &lt;b&gt;</x:t></x:is></x:c><x:c r=\"B").append(r).append("\"><x:v>").append(r)
                    .append("</x:v></x:c></x:row>");
        }
        Path file = new HandMadeXlsx().sheet("Data", "").write(dir.resolve("prefixed.xlsx"));
        file = HandMadeXlsx.Zips.rewrite(file, dir.resolve("prefixed2.xlsx"), HandMadeXlsx.sheetPart(0), xml ->
                xml.replace("<worksheet xmlns=\"" + HandMadeXlsx.MAIN_NS + "\"><sheetData></sheetData></worksheet>",
                        "<x:worksheet xmlns:x=\"" + HandMadeXlsx.MAIN_NS + "\"><x:sheetData>" + rows
                                + "</x:sheetData></x:worksheet>"));
        Path written = dir.resolve("written.xlsx");
        try (EditableCopy copy = EditableCopy.open(file, SOME).orElseThrow(); OutputStream out = Files.newOutputStream(written)) {
            assertThat(copy.workbook().getSheet("Data").getPhysicalNumberOfRows()).isEqualTo(1);
            copy.write(out);
        }
        assertSameCells(file, written, Set.of());
        try (XSSFWorkbook book = new XSSFWorkbook(written.toFile())) {
            assertThat(book.getSheet("Data").getCTWorksheet().getDimension().getRef()).isEqualTo("A1:B30");
        }
    }

    @Test
    void everyRowHeldIsTheWholeWorkbook() throws Exception {
        Path file = sample();
        try (EditableCopy copy = EditableCopy.open(file, EditableCopy.ALL).orElseThrow()) {
            assertThat(copy.workbook().getSheet("Data").getPhysicalNumberOfRows()).isEqualTo(199);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            copy.write(out);
            assertThat(out.size()).isPositive();
        }
    }

    /**
     * Rows 1-200 of "Data" but 75: a number, a shared text, a date; a formula in 120, "=1+1" as text in 150
     * and "=2+2" inline in 160.
     */
    private Path sample() throws Exception {
        Path file = dir.resolve("sample.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet data = book.createSheet("Data");
            XSSFCellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));
            for (int r = 0; r < 200; r++) {
                if (r == 74) {
                    // No row 75: the copy may create it.
                    continue;
                }
                Row row = data.createRow(r);
                row.createCell(0).setCellValue("Sản phẩm " + r);
                row.createCell(1).setCellValue(r * 2);
                Cell cell = row.createCell(2);
                cell.setCellValue(java.time.LocalDate.of(2020, 1, 1).plusDays(r));
                cell.setCellStyle(date);
            }
            data.getRow(119).createCell(4).setCellFormula("SUM(B1:B10)");
            data.getRow(149).createCell(4).setCellValue("=1+1");
            book.createSheet("Other").createRow(0).createCell(0).setCellValue("x");
            book.write(out);
        }
        // Row 160's text inline, as streaming writers store it.
        return HandMadeXlsx.Zips.rewrite(file, dir.resolve("sample2.xlsx"), HandMadeXlsx.sheetPart(0), xml ->
                xml.replace("<c r=\"A160\"", "<c r=\"E160\" t=\"inlineStr\"><is><t>=2+2</t></is></c><c r=\"A160\""));
    }

    private static void assertSameCells(Path expected, Path actual, Set<String> except) throws Exception {
        try (XSSFWorkbook a = new XSSFWorkbook(expected.toFile()); XSSFWorkbook b = new XSSFWorkbook(actual.toFile())) {
            for (Sheet sheet : a) {
                Sheet other = b.getSheet(sheet.getSheetName());
                assertThat(other).as(sheet.getSheetName()).isNotNull();
                assertThat(other.getPhysicalNumberOfRows()).as(sheet.getSheetName())
                        .isGreaterThanOrEqualTo(sheet.getPhysicalNumberOfRows());
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        String where = sheet.getSheetName() + "!" + cell.getAddress().formatAsString();
                        Cell copied = other.getRow(row.getRowNum()).getCell(cell.getColumnIndex());
                        assertThat(describe(copied)).as(where).isEqualTo(describe(cell));
                        if (!except.contains(where)) {
                            assertThat(copied.getCellStyle().getDataFormatString()).as(where)
                                    .isEqualTo(cell.getCellStyle().getDataFormatString());
                            assertThat(copied.getCellStyle().getFillPattern()).as(where).isEqualTo(cell.getCellStyle().getFillPattern());
                        }
                    }
                }
            }
        }
    }

    private static String describe(Cell cell) {
        if (cell == null) {
            return "no cell";
        }
        return switch (cell.getCellType()) {
            case FORMULA -> "=" + cell.getCellFormula();
            case STRING -> "s:" + cell.getStringCellValue();
            case NUMERIC -> "n:" + cell.getNumericCellValue();
            case BOOLEAN -> "b:" + cell.getBooleanCellValue();
            default -> cell.getCellType() == CellType.BLANK ? "" : cell.getCellType().name();
        };
    }
}
