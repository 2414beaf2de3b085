package vn.backan.ocop.validation;

/**
 * Why a problem arose: a cell that could not be read as its column's type is a different failure,
 * with a different fix, from a readable value that breaks a rule of the programme.
 */
public enum Kind {
    /** The file itself: format, encryption, identity. */
    FILE,
    /** Sheet layout: sheet or header not found, columns missing or unknown. */
    LAYOUT,
    /** A cell that cannot be read as its column's type (not a date, not a number, empty). */
    PARSE,
    /** A readable value that breaks a rule (score outside its star band, commune of another district). */
    RULE,
    /** A rule over several rows or sheets (duplicates, an entity missing from its sheet). */
    CROSS
}
