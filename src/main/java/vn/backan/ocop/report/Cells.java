package vn.backan.ocop.report;

import java.math.BigDecimal;

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

    /** A formula with the value it evaluates to, written as its cached result. */
    record Formula(String formula, double cached, boolean percent) {
    }

    static Percent percent(BigDecimal fraction) {
        return fraction == null ? null : new Percent(fraction);
    }

    static Decimal decimal(BigDecimal value) {
        return value == null ? null : new Decimal(value);
    }
}
