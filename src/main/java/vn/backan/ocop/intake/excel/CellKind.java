package vn.backan.ocop.intake.excel;

/** What a non-blank cell holds; for formula cells, the kind of the cached result. */
public enum CellKind {
    TEXT,
    NUMBER,
    /** A number whose cell style has a date (or time) number format. */
    DATE,
    BOOLEAN,
    ERROR,
    /** A formula cell saved without a cached result, so there is no value to read. */
    FORMULA_WITHOUT_VALUE
}
