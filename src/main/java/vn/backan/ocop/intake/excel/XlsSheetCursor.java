package vn.backan.ocop.intake.excel;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFCell;
import org.apache.poi.hssf.usermodel.HSSFCellStyle;
import org.apache.poi.hssf.usermodel.HSSFRichTextString;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;

import vn.backan.ocop.intake.excel.WorkbookException.Kind;
import vn.backan.ocop.intake.excel.TextRun;

/** Walks the rows of an HSSF sheet already in memory, turning cells into {@link RawCell}s. */
final class XlsSheetCursor implements RowCursor {

    private final XlsWorkbookReader book;
    private final String sheet;
    private final Iterator<Row> rows;
    private final ReaderLimits limits;
    private boolean closed;

    XlsSheetCursor(XlsWorkbookReader book, String sheet, HSSFSheet hssfSheet) {
        this.book = book;
        this.sheet = sheet;
        this.rows = hssfSheet.rowIterator();
        this.limits = book.limits();
    }

    @Override
    public SheetRow next() throws WorkbookException {
        if (closed) {
            throw new IllegalStateException("cursor over sheet '" + sheet + "' is closed");
        }
        book.checkOpen();
        try {
            while (rows.hasNext()) {
                HSSFRow row = (HSSFRow) rows.next();
                List<RawCell> cells = new ArrayList<>(Math.max(0, row.getLastCellNum()));
                for (Cell cell : row) {
                    RawCell raw = read((HSSFCell) cell, row.getRowNum() + 1);
                    if (raw != null) {
                        cells.add(raw);
                    }
                }
                if (!cells.isEmpty()) {
                    return new SheetRow(row.getRowNum() + 1, cells, row.getZeroHeight());
                }
            }
            return null;
        } catch (RuntimeException e) {
            throw book.origin().classify(e, sheet, "cannot read the sheet", WorkbookException.Reason.XLS_RECORDS);
        }
    }

    private RawCell read(HSSFCell cell, int rowNumber) throws WorkbookException {
        int column = cell.getColumnIndex();
        if (column >= CellRef.MAX_COLUMNS) {
            throw book.origin().fail(Kind.CORRUPT, WorkbookException.Reason.CELL_ADDRESS, sheet, "cell "
                    + CellRef.of(rowNumber, column) + " is beyond Excel's last column XFD (16,384 columns)");
        }
        if (column >= limits.maxColumns()) {
            throw book.origin().fail(Kind.TOO_LARGE, sheet, "cell " + CellRef.of(rowNumber, column)
                    + " is beyond the limit of " + limits.maxColumns() + " columns");
        }
        CellType type = cell.getCellType();
        String formula = null;
        if (type == CellType.FORMULA) {
            formula = formula(cell);
            type = cell.getCachedFormulaResultType();
        }
        return switch (type) {
            case STRING -> text(cell, column, formula);
            case NUMERIC -> number(cell, column, formula);
            case BOOLEAN -> RawCell.bool(column, cell.getBooleanCellValue(), formula);
            case ERROR -> RawCell.error(column, errorCode(cell.getErrorCellValue()), formula);
            default -> formula != null ? RawCell.formulaWithoutValue(column, formula) : null;
        };
    }

    /** HSSF cannot render a few rare tokens of old files; the cached value is still worth reading. */
    private static String formula(HSSFCell cell) {
        try {
            return cell.getCellFormula();
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static String errorCode(byte code) {
        return FormulaError.isValidCode(code) ? FormulaError.forInt(code).getString() : "#ERROR(" + code + ")";
    }

    private RawCell number(HSSFCell cell, int column, String formula) {
        double value = cell.getNumericCellValue();
        if (!Double.isFinite(value)) {
            return RawCell.error(column, "#NUM!", formula);
        }
        if (book.isDateStyle(cell.getCellStyle())) {
            LocalDateTime date = CellValues.toDate(value, book.date1904());
            if (date != null) {
                return RawCell.date(column, value, date, formula);
            }
        }
        return RawCell.number(column, value,
                CellValues.padded(CellValues.numberText(value), value, book.zeroPadding(cell.getCellStyle())), formula);
    }

    /** Runs from the string's formatting runs; text before the first run is in the cell's font. */
    private RawCell text(HSSFCell cell, int column, String formula) {
        HSSFRichTextString rich = cell.getRichStringCellValue();
        String stored = rich.getString();
        if (stored == null || stored.isEmpty()) {
            return null;
        }
        String text = stored.length() > limits.maxTextLength() ? StringItemReader.cut(stored, limits.maxTextLength()) : stored;
        HSSFCellStyle style = cell.getCellStyle();
        String cellFont = book.fontName(style.getFontIndex());
        int count = rich.numFormattingRuns();
        if (count == 0) {
            return RawCell.text(column, text, List.of(new TextRun(text, cellFont)), formula);
        }
        List<TextRun> runs = new ArrayList<>(count + 1);
        int start = 0;
        String font = cellFont;
        for (int i = 0; i < count; i++) {
            int at = Math.min(rich.getIndexOfFormattingRun(i), text.length());
            addRun(runs, text, start, at, font);
            start = Math.max(start, at);
            String runFont = book.fontName(rich.getFontOfFormattingRun(i));
            font = runFont != null ? runFont : cellFont;
        }
        addRun(runs, text, start, text.length(), font);
        return RawCell.text(column, text, runs, formula);
    }

    private static void addRun(List<TextRun> runs, String text, int from, int to, String font) {
        if (to > from) {
            runs.add(new TextRun(text.substring(from, to), font));
        }
    }

    @Override
    public void close() {
        closed = true;
    }
}
