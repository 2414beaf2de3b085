package vn.backan.ocop.report;

import java.math.BigDecimal;

import org.apache.poi.ss.util.CellReference;

/** Typed values for {@link SheetWriter#row}: how a cell should be written and formatted. */
final class Cells {

    private Cells() {
    }

    /** A fraction shown as a percentage with 2 decimals (0.1851 → 18.51 %). */
    record Percent(BigDecimal value) {
    }

    /** A decimal shown with 2 decimals (scores). */
    record Decimal(BigDecimal value) {
    }

    /** A whole number shown without thousands separators: a year, a code. */
    record Plain(int value) {
    }

    static Plain plain(Integer value) {
        return value == null ? null : new Plain(value);
    }

    /**
     * A formula with the value it evaluates to, written as its cached result so that a reader that
     * does not recalculate sees the right number.
     */
    record Formula(String formula, double cached, boolean percent) {
    }

    static Formula formula(String formula, double cached) {
        return new Formula(formula, cached, false);
    }

    /** A reference to one cell of another sheet: {@code 'Theo huyện'!$F$13}. */
    static Formula ref(String sheet, int row, int column, double cached, boolean percent) {
        return new Formula(new CellReference(sheet, row, column, true, true).formatAsString(), cached, percent);
    }

    /** The column letters of a 0-based column index. */
    static String column(int index) {
        return CellReference.convertNumToColString(index);
    }

    /**
     * Text written across {@code columns} merged cells, wrapping within their joint width: a long
     * value beside a label, in a sheet whose columns also serve a table below.
     */
    record Span(String text, int columns) {
    }

    /** Lines of text on a coloured cell: a status that staff read by its colour first. */
    record Filled(String text, Styles.Fill fill) {
    }

    static Percent percent(BigDecimal fraction) {
        return fraction == null ? null : new Percent(fraction);
    }

    static Decimal decimal(BigDecimal value) {
        return value == null ? null : new Decimal(value);
    }

    /**
     * The cached value of a ratio formula: the division in doubles, as a spreadsheet computes it (a
     * rounded value would differ from the recalculated one in its last digits).
     */
    static double ratio(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
