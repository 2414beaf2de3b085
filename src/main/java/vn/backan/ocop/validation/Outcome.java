package vn.backan.ocop.validation;

import java.util.List;
import java.util.Locale;

/** What became of a row read from a submission. Every data row gets exactly one. */
public enum Outcome {
    LOADED, WARNING, REJECTED,
    /** Not data (a totals row): reported, not counted as read. */
    SKIPPED;

    public static Outcome of(List<Issue> issues) {
        if (issues.stream().anyMatch(i -> i.severity() == Severity.ERROR || i.severity() == Severity.FILE_ERROR)) {
            return REJECTED;
        }
        return issues.stream().anyMatch(i -> i.severity() == Severity.WARNING) ? WARNING : LOADED;
    }

    /** The value stored in the warehouse. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
