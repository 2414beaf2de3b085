package vn.backan.ocop.submission;

/** How a column's value is demanded. */
public enum Presence {
    /** Blank is an error; an unreadable value is an error. */
    REQUIRED,
    /** Blank is fine; an unreadable value is an error (the figure matters). */
    CHECKED,
    /** Blank is fine; an unreadable value is ignored with a warning. */
    LENIENT
}
