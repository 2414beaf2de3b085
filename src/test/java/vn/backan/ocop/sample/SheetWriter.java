package vn.backan.ocop.sample;

import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** Writes one sheet top to bottom: title rows, the header, then data rows. */
final class SheetWriter {

    /** A column of a data sheet: its header as the spec spells it and its width in characters. */
    record Column(String header, int width) {
    }

    private final Sheet sheet;
    private final CellStyles styles;
    private int nextRow;

    SheetWriter(Sheet sheet, CellStyles styles) {
        this.sheet = sheet;
        this.styles = styles;
        // the clerk prints the table on A4 landscape, one page wide, to sign and stamp it
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setFitToPage(true);
    }

    /** A title merged across the table's width, as clerks centre it over the columns. */
    void title(String text, List<Column> columns, boolean main) {
        Row row = sheet.createRow(nextRow);
        int tableWidth = columns.stream().mapToInt(Column::width).sum();
        if (main) {
            // a title longer than the table wraps onto a second line instead of running past it
            row.setHeightInPoints(text.length() * 1.15 > tableWidth ? 36 : 22);
        }
        Cell cell = row.createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(main ? styles.title : styles.subtitle);
        sheet.addMergedRegion(new CellRangeAddress(nextRow, nextRow, 0, columns.size() - 1));
        nextRow++;
    }

    void blankRow() {
        nextRow++;
    }

    void header(List<Column> columns) {
        Row row = sheet.createRow(nextRow++);
        row.setHeightInPoints(32);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(columns.get(i).header());
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(i, columns.get(i).width() * 256);
        }
    }

    Row row() {
        return sheet.createRow(nextRow++);
    }

    /** The Excel row number (1-based, as Excel shows it) of the row last created. */
    int lastExcelRow() {
        return nextRow;
    }

    void text(Row row, int column, String value) {
        text(row, column, value, styles.text);
    }

    void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null && !value.isEmpty()) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(style);
    }

    void number(Row row, int column, Number value) {
        number(row, column, value, styles.number);
    }

    void number(Row row, int column, Number value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
        cell.setCellStyle(style);
    }

    void date(Row row, int column, LocalDate value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(styles.date);
    }
}
