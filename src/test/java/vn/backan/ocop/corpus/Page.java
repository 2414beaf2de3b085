package vn.backan.ocop.corpus;

import java.time.LocalDate;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * One sheet being written top to bottom. Rows are numbered as Excel shows them; {@link #row} writes the
 * next row from column A.
 */
final class Page {

    private final Book book;
    private final Sheet sheet;
    private int last;

    Page(Book book, Sheet sheet) {
        this.book = book;
        this.sheet = sheet;
    }

    /** The next row, from column A. */
    Page row(Object... values) {
        return rowAt(last + 1, values);
    }

    /** Excel row {@code number}, from column A; later rows follow it. */
    Page rowAt(int number, Object... values) {
        Row row = row(number);
        for (int i = 0; i < values.length; i++) {
            put(row, i, values[i]);
        }
        last = Math.max(last, number);
        return this;
    }

    /** Leaves {@code count} empty rows. */
    Page skip(int count) {
        last += count;
        return this;
    }

    /** A title over the table, merged from column A to {@code lastColumn} (a letter). */
    Page title(String text, String lastColumn) {
        row(text);
        if (!lastColumn.equals("A")) {
            merge("A" + last + ":" + lastColumn + last);
        }
        return this;
    }

    /** One value in one cell, e.g. {@code at("K14", "x")}. */
    Page at(String ref, Object value) {
        CellReference cell = new CellReference(ref);
        put(row(cell.getRow() + 1), cell.getCol(), value);
        last = Math.max(last, cell.getRow() + 1);
        return this;
    }

    Page merge(String range) {
        sheet.addMergedRegion(CellRangeAddress.valueOf(range));
        return this;
    }

    /** Hides the row last written. */
    Page hideLastRow() {
        row(last).setZeroHeight(true);
        return this;
    }

    Page hideColumn(String letter) {
        sheet.setColumnHidden(CellReference.convertColStringToIndex(letter), true);
        return this;
    }

    int lastRow() {
        return last;
    }

    private Row row(int number) {
        Row row = sheet.getRow(number - 1);
        return row != null ? row : sheet.createRow(number - 1);
    }

    private void put(Row row, int column, Object value) {
        if (value == null) {
            return;
        }
        org.apache.poi.ss.usermodel.Cell cell = row.createCell(column);
        if (value instanceof String text) {
            cell.setCellValue(text);
        } else if (value instanceof java.lang.Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(book.numberStyle("dd/mm/yyyy"));
        } else if (value instanceof Cell.Text text) {
            cell.setCellValue(text.stored());
            cell.setCellStyle(book.textStyle(text.font()));
        } else if (value instanceof Cell.Runs runs) {
            StringBuilder all = new StringBuilder();
            runs.runs().forEach(r -> all.append(r.stored()));
            RichTextString rich = book.workbook().getCreationHelper().createRichTextString(all.toString());
            int at = 0;
            for (Cell.Text run : runs.runs()) {
                rich.applyFont(at, at + run.stored().length(), book.font(run.font()));
                at += run.stored().length();
            }
            cell.setCellValue(rich);
        } else if (value instanceof Cell.Number number) {
            cell.setCellValue(number.value());
            if (number.format() != null) {
                cell.setCellStyle(book.numberStyle(number.format()));
            }
        } else if (value instanceof Cell.Formula formula) {
            cell.setCellFormula(formula.formula());
            cache(cell, formula.cached());
        } else {
            throw new IllegalArgumentException("Cannot write " + value.getClass());
        }
    }

    /** The result saved with a formula, as the spreadsheet program that last calculated it left it. */
    private void cache(org.apache.poi.ss.usermodel.Cell cell, Object cached) {
        if (cached == null) {
            return;
        }
        if (cached instanceof java.lang.Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (cached instanceof String s) {
            cell.setCellValue(s);
        } else if (cached instanceof LocalDate d) {
            cell.setCellValue(d);
            CellStyle style = book.numberStyle("dd/mm/yyyy");
            cell.setCellStyle(style);
        } else if (cached instanceof FormulaError error) {
            cell.setCellErrorValue(error.getCode());
        } else {
            throw new IllegalArgumentException("Cannot cache " + cached.getClass());
        }
    }
}
