package vn.backan.ocop.intake;

import vn.backan.ocop.submission.Period;
import vn.backan.ocop.submission.Column;
import vn.backan.ocop.submission.SheetKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.backan.ocop.intake.excel.CellKind;
import vn.backan.ocop.intake.excel.CellRef;
import vn.backan.ocop.intake.excel.RawCell;
import vn.backan.ocop.intake.excel.TextRun;

/** Builds source rows as the reader would hand them out, laid out in the template's column order. */
public final class TestRows {

    private TestRows() {
    }

    public static SubmissionRef submission(String district, String period) {
        return new SubmissionRef(1L, district + "_" + period + ".xlsx", district, Period.ofCode(period));
    }

    /** A row of {@code kind} at Excel row {@code row}; values are String (text), Number, LocalDate, or RawCell. */
    public static SourceRow row(SubmissionRef submission, SheetKind kind, int row, Map<Column, Object> values) {
        List<Column> columns = kind.columns();
        Map<Column, Integer> index = new EnumMap<>(Column.class);
        Map<Column, String> headers = new EnumMap<>(Column.class);
        for (int i = 0; i < columns.size(); i++) {
            index.put(columns.get(i), i);
            headers.put(columns.get(i), columns.get(i).header());
        }
        Map<Column, SourceCell> cells = new LinkedHashMap<>();
        values.forEach((column, value) -> {
            if (value == null) {
                return;
            }
            int c = index.get(column);
            RawCell raw = raw(c, value);
            cells.put(column, new SourceCell(column, column.header(), row, raw, CellText.of(raw)));
        });
        return new SourceRow(submission, kind, kind.title(), row, cells, new SheetColumns(index, headers));
    }

    public static RawCell raw(int column, Object value) {
        if (value instanceof RawCell cell) {
            return new RawCell(column, cell.kind(), cell.text(), cell.runs(), cell.number(), cell.date(), cell.bool(),
                    cell.formula(), cell.error());
        }
        if (value instanceof Number n) {
            return new RawCell(column, CellKind.NUMBER, String.valueOf(n), List.of(), n.doubleValue(), null, null, null, null);
        }
        if (value instanceof LocalDate d) {
            return new RawCell(column, CellKind.DATE, d.toString(), List.of(), 0.0, d.atStartOfDay(), null, null, null);
        }
        String text = value.toString();
        return new RawCell(column, CellKind.TEXT, text, new ArrayList<>(List.of(new TextRun(text, "Times New Roman"))),
                null, null, null, null, null);
    }

    public static RawCell error(String code, String formula) {
        return new RawCell(0, CellKind.ERROR, code, List.of(), null, null, null, formula, code);
    }

    public static RawCell formulaWithoutValue(String formula) {
        return new RawCell(0, CellKind.FORMULA_WITHOUT_VALUE, "=" + formula, List.of(), null, null, null, formula, null);
    }

    /** Values in insertion order, for readable tests. */
    public static Map<Column, Object> values(Object... pairs) {
        Map<Column, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((Column) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
