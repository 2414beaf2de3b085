package vn.backan.ocop.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import vn.backan.ocop.layout.PrintLayout;
import vn.backan.ocop.report.Styles.Format;

/**
 * Writes one sheet row by row, streaming-friendly: a title, notes, a header, typed rows. Widths are
 * fitted from the text written (POI's auto-size would measure fonts over every row), and a row
 * holding text too long for its column is given the height of its wrapped lines up front, because
 * a streamed row cannot be revisited and Excel does not fit row heights when it opens a file.
 */
final class SheetWriter {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** Widest column, in characters, unless one is set with {@link #width}. */
    static final int MAX_WIDTH_CHARS = 50;
    private static final float LINE_POINTS = 15f;
    /** A wrapped line of 11-point text; rows of one line keep the default height. */
    private static final float WRAPPED_LINE_POINTS = 14.5f;
    /**
     * Column widths count the width of the digit 0 (Calibri 11: 7 pixels, padding included); Vietnamese
     * text in Calibri averages about a sixth less per letter, spaces included, so a column holds that
     * many more letters before it wraps (measured on LibreOffice's rendering with Carlito, Calibri's metrics).
     */
    private static final double LETTERS_PER_WIDTH = 1.2;

    private final Sheet sheet;
    private final Styles styles;
    /** Each column's widest text so far, in characters, by column; -1 where nothing was written. */
    private int[] widths = unset(new int[16], 0);
    private final Map<Integer, Integer> fixed = new HashMap<>();
    private int next;
    private int headerRow = -1;
    /** The first header: frozen and printed on every page. A second table below keeps its own autofilter. */
    private int firstHeaderRow = -1;
    private int tableEnd = -1;
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

    /** The 1-based row number Excel shows for the row written last. */
    int lastRowNumber() {
        return next;
    }

    /** Fixes a column's width; longer text in it wraps onto more lines. */
    SheetWriter width(int column, int chars) {
        fixed.put(column, chars);
        return this;
    }

    SheetWriter title(String text) {
        return line(text, styles.title, 21f);
    }

    SheetWriter note(String text) {
        return line(text, styles.note, LINE_POINTS);
    }

    /** A bold line between tables, e.g. the heading of a second table on the same sheet. */
    SheetWriter section(String text) {
        return line(text, styles.section, LINE_POINTS);
    }

    private SheetWriter line(String text, CellStyle style, float height) {
        Row row = sheet.createRow(next++);
        row.setHeightInPoints(height);
        Cell cell = row.createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(style);
        return this;
    }

    SheetWriter blank() {
        next++;
        return this;
    }

    /**
     * The header row. Header text wraps within the width its column will have at least (its longest
     * word, or two lines), so the row's height is known now. An empty name continues the header to
     * its left: the cells are merged.
     */
    SheetWriter header(String... names) {
        Row row = sheet.createRow(next);
        int lines = 1;
        int start = 0;
        for (int i = 0; i < names.length; i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(names[i]);
            cell.setCellStyle(styles.header);
            if (names[i].isEmpty()) {
                if (i + 1 == names.length || !names[i + 1].isEmpty()) {
                    sheet.addMergedRegion(new CellRangeAddress(next, next, start, i));
                }
                continue;
            }
            start = i;
            int width = fixed.getOrDefault(i, headerWidth(names[i]));
            widen(i, width);
            lines = Math.max(lines, lines(names[i], widths[i]));
        }
        row.setHeightInPoints(lines * WRAPPED_LINE_POINTS + 6);
        headerRow = next++;
        if (firstHeaderRow < 0) {
            firstHeaderRow = headerRow;
        }
        columns = Math.max(columns, names.length);
        return this;
    }

    /** The narrowest width, from the longest word up, at which a header takes at most two lines. */
    private static int headerWidth(String header) {
        int width = Arrays.stream(header.split("\\s+")).mapToInt(String::length).max().orElse(0) + 1;
        while (width < MAX_WIDTH_CHARS && lines(header, width) > 2) {
            width++;
        }
        return width;
    }

    Row row(Object... values) {
        return write(values, false);
    }

    /**
     * A bold "Cộng" row of {@code width} cells: the sum of rows {@code first} to {@code last} (1-based) of
     * each column from {@code fromColumn} on, written with its cached value {@code sums[i]}.
     */
    void sumRow(int width, int fromColumn, int first, int last, int... sums) {
        Object[] totals = new Object[width];
        totals[0] = "Cộng";
        for (int i = 0; i < sums.length; i++) {
            String c = Cells.column(fromColumn + i);
            totals[fromColumn + i] = Cells.formula("SUM(" + c + first + ":" + c + last + ")", sums[i]);
        }
        boldRow(totals);
    }

    Row boldRow(Object... values) {
        return write(values, true);
    }

    /** Marks the rows written so far as the end of the table that the autofilter covers (totals come after). */
    SheetWriter endOfTable() {
        tableEnd = next - 1;
        return this;
    }

    private Row write(Object[] values, boolean bold) {
        Row row = sheet.createRow(next++);
        int lines = 1;
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Cells.Span span) {
                lines = Math.max(lines, span(row, i, span, bold));
                columns = Math.max(columns, i + span.columns());
                // The values array keeps a place for each merged cell; those places are skipped.
                i += span.columns() - 1;
            } else {
                lines = Math.max(lines, write(row, i, values[i], bold));
            }
        }
        if (lines > 1) {
            row.setHeightInPoints(Math.min(409f, lines * WRAPPED_LINE_POINTS + 3));
        }
        columns = Math.max(columns, values.length);
        return row;
    }

    /** Writes one typed value; returns the lines the cell needs. */
    private int write(Row row, int column, Object value, boolean bold) {
        if (value == null) {
            // An empty cell of a table still gets its borders.
            row.createCell(column).setCellStyle(styles.table(Format.TEXT, bold, false, false));
            return 1;
        }
        Cell cell = row.createCell(column);
        if (value instanceof String text) {
            // District text is always a string cell: "=1+1" stays text, never a formula. A leading
            // =, +, - or @ also gets the quote prefix so that a copy to CSV cannot turn it into one.
            cell.setCellValue(text);
            int width = fixed.getOrDefault(column, MAX_WIDTH_CHARS);
            int lines = lines(text, width);
            cell.setCellStyle(styles.table(Format.TEXT, bold, lines > 1, risky(text)));
            track(column, text);
            return lines;
        } else if (value instanceof Cells.Filled filled) {
            cell.setCellValue(filled.text());
            cell.setCellStyle(styles.filled(filled.fill()));
            track(column, filled.text());
            return lines(filled.text(), fixed.getOrDefault(column, MAX_WIDTH_CHARS));
        } else if (value instanceof Integer || value instanceof Long) {
            cell.setCellValue(((Number) value).doubleValue());
            cell.setCellStyle(styles.table(Format.INTEGER, bold, false, false));
            track(column, grouped(((Number) value).longValue()));
        } else if (value instanceof Cells.Plain p) {
            cell.setCellValue(p.value());
            cell.setCellStyle(styles.table(Format.PLAIN, bold, false, false));
            track(column, Integer.toString(p.value()));
        } else if (value instanceof Cells.Percent p) {
            cell.setCellValue(p.value().doubleValue());
            cell.setCellStyle(styles.table(Format.PERCENT, bold, false, false));
            track(column, "100.00%");
        } else if (value instanceof Cells.Decimal d) {
            cell.setCellValue(d.value().doubleValue());
            cell.setCellStyle(styles.table(Format.DECIMAL, bold, false, false));
            track(column, d.value().setScale(2, RoundingMode.HALF_UP).toPlainString());
        } else if (value instanceof BigDecimal d) {
            cell.setCellValue(d.doubleValue());
            cell.setCellStyle(styles.table(Format.DECIMAL, bold, false, false));
            track(column, d.setScale(2, RoundingMode.HALF_UP).toPlainString());
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(styles.table(Format.DATE, bold, false, false));
            track(column, "00/00/0000");
        } else if (value instanceof LocalDateTime time) {
            cell.setCellValue(time);
            cell.setCellStyle(styles.table(Format.DATE_TIME, bold, false, false));
            track(column, "00/00/0000 00:00");
        } else if (value instanceof Boolean b) {
            cell.setCellValue(b ? "Có" : "Không");
            cell.setCellStyle(styles.table(Format.TEXT, bold, false, false));
            track(column, "Không");
        } else if (value instanceof Cells.Formula f) {
            cell.setCellFormula(f.formula());
            cell.setCellValue(f.cached());
            cell.setCellStyle(styles.table(f.percent() ? Format.PERCENT : Format.INTEGER, bold, false, false));
            track(column, f.percent() ? "100.00%" : String.format("%,.0f", f.cached()));
        } else {
            throw new IllegalArgumentException("No cell format for " + value.getClass());
        }
        return 1;
    }

    /**
     * The number as the integer format shows it ({@code %,d}), for its column's width: a Formatter per
     * cell was a tenth of the time spent writing a country's product list.
     */
    static String grouped(long n) {
        String digits = Long.toString(n);
        int sign = n < 0 ? 1 : 0;
        int lead = (digits.length() - sign) % 3 == 0 ? 3 : (digits.length() - sign) % 3;
        StringBuilder shown = new StringBuilder(digits.length() + 7).append(digits, 0, sign + lead);
        for (int i = sign + lead; i < digits.length(); i += 3) {
            shown.append(',').append(digits, i, i + 3);
        }
        return shown.toString();
    }

    private int span(Row row, int column, Cells.Span span, boolean bold) {
        int width = 0;
        for (int c = column; c < column + span.columns(); c++) {
            width += fixed.getOrDefault(c, MAX_WIDTH_CHARS) + 2;
            Cell cell = row.createCell(c);
            cell.setCellStyle(styles.table(Format.TEXT, bold, true, false));
        }
        Cell cell = row.getCell(column);
        cell.setCellValue(span.text());
        cell.setCellStyle(styles.table(Format.TEXT, bold, true, risky(span.text())));
        if (span.columns() > 1) {
            sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), column, column + span.columns() - 1));
        }
        return lines(span.text(), width - 2);
    }

    static boolean risky(String text) {
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0;
    }

    /** Lines a text needs in a column {@code chars} wide, wrapping at spaces. */
    static int lines(String text, int chars) {
        // The column is chars + 2 units wide (see finish), less the cell's padding on either side.
        int width = (int) Math.floor((chars + 1) * LETTERS_PER_WIDTH);
        if (text.length() <= width && text.indexOf('\n') < 0) {
            return 1;
        }
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            int used = 0;
            lines++;
            for (String word : paragraph.split(" ")) {
                int length = word.length();
                if (used > 0 && used + 1 + length > width) {
                    lines++;
                    used = 0;
                }
                used += (used > 0 ? 1 : 0) + length;
                while (used > width) {
                    lines++;
                    used -= width;
                }
            }
        }
        return Math.max(1, lines);
    }

    /** Widens a column to its longest line of {@code text}, up to {@link #MAX_WIDTH_CHARS}. */
    private void track(int column, String text) {
        widen(column, Math.min(longestLine(text), MAX_WIDTH_CHARS));
    }

    /** The characters of the longest line of {@code text}: asked of every cell written, so no line is cut out. */
    static int longestLine(String text) {
        int longest = 0;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                longest = Math.max(longest, i - start);
                start = i + 1;
            }
        }
        return longest;
    }

    private static int[] unset(int[] widths, int from) {
        Arrays.fill(widths, from, widths.length, -1);
        return widths;
    }

    private void widen(int column, int chars) {
        if (column >= widths.length) {
            int was = widths.length;
            widths = unset(Arrays.copyOf(widths, Math.max(column + 1, was * 2)), was);
        }
        widths[column] = Math.max(widths[column], chars);
    }

    /**
     * Fits widths (widened to fill 80 % of the page where the table is narrower), freezes the rows
     * down to the header, filters the table if asked, and sets the page ({@link PrintLayout}): A4
     * landscape, one page wide, the title and header repeated on every page, page numbers below.
     */
    void finish(boolean filter) {
        int[] units = new int[columns];
        for (int column = 0; column < columns; column++) {
            int written = column < widths.length ? widths[column] : -1;
            int chars = fixed.getOrDefault(column, written >= 0 ? written : 8);
            units[column] = Math.max(6, chars + 2);
        }
        PrintLayout.fill(units);
        for (int column = 0; column < columns; column++) {
            sheet.setColumnWidth(column, units[column] * 256);
        }
        if (headerRow >= 0) {
            sheet.createFreezePane(0, firstHeaderRow + 1);
            int last = tableEnd >= 0 ? tableEnd : next - 1;
            if (filter && last > headerRow) {
                sheet.setAutoFilter(new CellRangeAddress(headerRow, last, 0, columns - 1));
            }
        }
        PrintLayout.a4Landscape(sheet, firstHeaderRow, columns);
    }
}
