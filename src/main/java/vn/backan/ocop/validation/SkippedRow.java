package vn.backan.ocop.validation;

import java.util.List;

/** A row that is not data (a totals row): reported to the clerk, not staged, not counted as read. */
public record SkippedRow(RowOrigin origin, List<Issue> issues) implements StagedRow {

    @Override
    public Outcome outcome() {
        return Outcome.SKIPPED;
    }
}
