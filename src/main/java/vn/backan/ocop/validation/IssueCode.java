package vn.backan.ocop.validation;

import static vn.backan.ocop.validation.Kind.CROSS;
import static vn.backan.ocop.validation.Kind.FILE;
import static vn.backan.ocop.validation.Kind.LAYOUT;
import static vn.backan.ocop.validation.Kind.PARSE;
import static vn.backan.ocop.validation.Kind.RULE;
import static vn.backan.ocop.validation.Severity.ERROR;
import static vn.backan.ocop.validation.Severity.FILE_ERROR;
import static vn.backan.ocop.validation.Severity.INFO;
import static vn.backan.ocop.validation.Severity.WARNING;

/**
 * The rule catalogue. The constant names are the stable codes shown to clerks and stored in the
 * warehouse: never rename one. Messages and hints live in {@code messages/issues_vi.properties}
 * (Vietnamese, for clerks) and {@code issues_en.properties} (English, for logs).
 */
public enum IssueCode {
    // the file
    FILE_NOT_WORKBOOK(FILE, FILE_ERROR),
    FILE_UNSUPPORTED_FORMAT(FILE, FILE_ERROR),
    FILE_ENCRYPTED(FILE, FILE_ERROR),
    FILE_CORRUPT(FILE, FILE_ERROR),
    FILE_UNSAFE(FILE, FILE_ERROR),
    FILE_NO_DISTRICT(FILE, FILE_ERROR),
    FILE_NO_PERIOD(FILE, FILE_ERROR),
    FILE_IDENTITY_CONFLICT(FILE, FILE_ERROR),
    FILE_UNKNOWN_DISTRICT(FILE, FILE_ERROR),
    FILE_PERIOD_OUT_OF_SCOPE(FILE, FILE_ERROR),
    FILE_NO_SHEETS(FILE, FILE_ERROR),
    NO_DATA_ROWS(FILE, WARNING),
    FILE_CHANGED_DURING_RUN(FILE, FILE_ERROR),
    FILE_CORRECTION_UNREADABLE(FILE, FILE_ERROR),
    FILE_IGNORED(FILE, INFO),
    COVER_MISSING(FILE, INFO),

    // sheet layout
    SHEET_MISSING(LAYOUT, WARNING),
    SHEET_CHOSEN(LAYOUT, INFO),
    SHEET_FOUND_BY_CONTENT(LAYOUT, INFO),
    SHEET_NOT_READ(LAYOUT, WARNING),
    HEADER_NOT_FOUND(LAYOUT, ERROR),
    COLUMN_MISSING(LAYOUT, ERROR),
    COLUMN_UNKNOWN(LAYOUT, INFO),
    COLUMN_DUPLICATE(LAYOUT, WARNING),
    TOTALS_ROW_SKIPPED(LAYOUT, INFO),
    FOOTER_SKIPPED(LAYOUT, INFO),
    SECTION_ROW_SKIPPED(LAYOUT, INFO),
    VALUE_FROM_TITLE(LAYOUT, INFO),
    ROW_OUTSIDE_COLUMNS(LAYOUT, WARNING),
    ROW_HIDDEN(LAYOUT, WARNING),

    // cells that cannot be read
    REQUIRED_MISSING(PARSE, ERROR),
    NUMBER_INVALID(PARSE, ERROR),
    INTEGER_INVALID(PARSE, ERROR),
    DATE_INVALID(PARSE, ERROR),
    YEAR_INVALID(PARSE, ERROR),
    STARS_INVALID(PARSE, ERROR),
    YES_NO_INVALID(PARSE, WARNING),
    FORMULA_WITHOUT_VALUE(PARSE, ERROR),
    FORMULA_ERROR_VALUE(PARSE, ERROR),
    OPTIONAL_VALUE_IGNORED(PARSE, WARNING),

    // rules on readable values
    COMMUNE_UNKNOWN(RULE, ERROR),
    COMMUNE_NEAR_MISS(RULE, ERROR),
    COMMUNE_OTHER_DISTRICT(RULE, ERROR),
    COMMUNE_NOT_YET_VALID(RULE, ERROR),
    COMMUNE_MAPPED_TO_SUCCESSOR(RULE, WARNING),
    COMMUNE_MAPPED_TO_PREDECESSOR(RULE, WARNING),
    COMMUNE_SUCCESSOR_AMBIGUOUS(RULE, ERROR),
    COMMUNE_DISTRICT_MISMATCH(RULE, WARNING),
    GROUP_UNKNOWN(RULE, ERROR),
    GROUP_OLD_CLASSIFICATION(RULE, INFO),
    GROUP_INFERRED(RULE, INFO),
    GROUP_UNCLASSIFIED(RULE, WARNING),
    SCORE_OUT_OF_RANGE(RULE, ERROR),
    SCORE_OUTSIDE_STAR_BAND(RULE, ERROR),
    NOT_CERTIFIED(RULE, INFO),
    DATE_YEAR_ONLY(RULE, WARNING),
    DATE_DERIVED_FROM_EXPIRY(RULE, WARNING),
    DATE_AFTER_PERIOD_END(RULE, ERROR),
    DATE_BEFORE_PROGRAMME(RULE, ERROR),
    LEVEL_UNKNOWN(RULE, WARNING),
    LEVEL_MISMATCH(RULE, WARNING),
    ENTITY_TYPE_UNKNOWN(RULE, ERROR),
    ENTITY_TYPE_INFERRED(RULE, WARNING),
    TAX_CODE_INVALID(RULE, WARNING),
    FOUNDED_YEAR_OUT_OF_RANGE(RULE, WARNING),
    NEGATIVE_NUMBER(RULE, ERROR),
    POOR_ABOVE_HOUSEHOLDS(RULE, ERROR),
    NTM_YEAR_OUT_OF_RANGE(RULE, ERROR),
    SUPPORT_TYPE_UNKNOWN(RULE, ERROR),
    SUPPORT_YEAR_OUT_OF_RANGE(RULE, ERROR),

    // rules across rows, sheets and files
    DUPLICATE_IN_FILE(CROSS, ERROR),
    ENTITY_NOT_IN_SHEET(CROSS, WARNING),
    RATING_DIFFERS_FROM_EARLIER(CROSS, WARNING),
    PRODUCT_IN_OTHER_DISTRICT(CROSS, WARNING);

    private final Kind kind;
    private final Severity severity;

    IssueCode(Kind kind, Severity severity) {
        this.kind = kind;
        this.severity = severity;
    }

    public Kind kind() {
        return kind;
    }

    public Severity severity() {
        return severity;
    }
}
