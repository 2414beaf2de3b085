package vn.backan.ocop.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Writes one sheet row by row (streaming-friendly): a title, a header, typed rows. Keeps the widest
 * text per column so widths fit the content without POI's costly auto-size.
 */
final class SheetWriter {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int MAX_WIDTH_CHARS = 60;

    private final Sheet sheet;
    private final Styles styles;
    private final Map<Integer, Integer> widths = new HashMap<>();
    private int next;
    private int headerRow = -1;
    private int columns;

    SheetWriter(Sheet sheet, Styles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    Sheet sheet() {
        return sheet;
    }

    /** The next row's 0-based index. */
    int rowIndex() {
        return next;
    }

    SheetWriter title(String text) {
        Row row = sheet.createRow(next++);
        Cell cell = row.createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(styles.title);
        return this;
    }

    SheetWriter note(String text) {
        Row row = sheet.createRow(next++);
        Cell cell = row.createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(styles.note);
        return this;
    }

    SheetWriter blank() {
        next++;
        return this;
    }

    SheetWriter header(String... names) {
        Row row = sheet.createRow(next);
        for (int i = 0; i < names.length; i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(names[i]);
            cell.setCellStyle(styles.header);
            track(i, names[i]);
        }
        headerRow = next++;
        columns = Math.max(columns, names.length);
        return this;
    }

    Row row(Object... values) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < values.length; i++) {
            write(row, i, values[i], false);
        }
        columns = Math.max(columns, values.length);
        return row;
    }

    Row boldRow(Object... values) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < values.length; i++) {
            write(row, i, values[i], true);
        }
        return row;
    }

    void write(Row row, int column, Object value, boolean bold) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        if (value instanceof String text) {
            // District text is always a string cell: "=1+1" stays text, never a formula. A leading
            // =, +, - or @ also gets the quote prefix so that a copy to CSV cannot turn it into one.
            cell.setCellValue(text);
            boolean risky = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0;
            cell.setCellStyle(risky ? styles.quoted : bold ? styles.boldText : styles.text);
            track(column, text);
        } else if (value instanceof Integer || value instanceof Long) {
            cell.setCellValue(((Number) value).doubleValue());
            cell.setCellStyle(bold ? styles.boldInteger : styles.integer);
            track(column, String.format("%,d", ((Number) value).longValue()));
        } else if (value instanceof Cells.Plain p) {
            cell.setCellValue(p.value());
            cell.setCellStyle(styles.plain);
            track(column, Integer.toString(p.value()));
        } else if (value instanceof Cells.Percent p) {
            cell.setCellValue(p.value().doubleValue());
            cell.setCellStyle(bold ? styles.boldPercent : styles.percent);
            track(column, "100.00 %");
        } else if (value instanceof Cells.Decimal d) {
            cell.setCellValue(d.value().doubleValue());
            cell.setCellStyle(styles.decimal);
            track(column, d.value().toPlainString());
        } else if (value instanceof BigDecimal d) {
            cell.setCellValue(d.doubleValue());
            cell.setCellStyle(styles.decimal);
            track(column, d.toPlainString());
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(java.util.Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant()));
            cell.setCellStyle(styles.date);
            track(column, "00/00/0000");
        } else if (value instanceof Boolean b) {
            cell.setCellValue(b ? "Có" : "Không");
            cell.setCellStyle(styles.text);
            track(column, "Không");
        } else if (value instanceof Cells.Formula f) {
            cell.setCellFormula(f.formula());
            cell.setCellValue(f.cached());
            cell.setCellStyle(f.percent() ? styles.boldPercent : styles.boldInteger);
            track(column, String.format("%,.0f", f.cached()));
        } else {
            throw new IllegalArgumentException("No cell format for " + value.getClass());
        }
    }

    private void track(int column, String text) {
        int longest = text.lines().mapToInt(String::length).max().orElse(0);
        widths.merge(column, Math.min(longest, MAX_WIDTH_CHARS), Math::max);
    }

    /** Fits widths, freezes the header, adds the filter, and sets A4 landscape one page wide with repeated header. */
    void finish(boolean filter) {
        widths.forEach((column, chars) -> sheet.setColumnWidth(column, Math.max(8, chars + 2) * 256));
        if (headerRow >= 0) {
            sheet.createFreezePane(0, headerRow + 1);
            if (filter && next > headerRow + 1) {
                sheet.setAutoFilter(new CellRangeAddress(headerRow, next - 1, 0, columns - 1));
            }
            sheet.setRepeatingRows(new CellRangeAddress(0, headerRow, 0, Math.max(0, columns - 1)));
        }
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
    }

    CellStyle textStyle() {
        return styles.text;
    }
}
