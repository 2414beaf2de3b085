package vn.backan.ocop.sheet;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.backan.ocop.submission.Column;
import vn.backan.ocop.submission.SheetKind;
import vn.backan.ocop.validation.IssueCode;

/**
 * A rule that no single row can decide, over the staged rows of one submission, on the sheet whose
 * description lists the rule: it reads staging through a cursor (the flagged rows themselves, or an
 * ordered stream it compares row by row) and reports each row it flags. The warehouse records what it
 * finds, places it in the clerk's sheet and moves the flagged rows' outcomes. What the files of one run
 * share (a product a district repeats in every round) a rule may work out once per run in
 * {@link #prepare}, into an {@code int_} table of its own.
 */
@FunctionalInterface
public interface CrossRowRule {

    void check(Scope submission, Findings found);

    /**
     * Work done once per run, after the files in force are elected and before any submission is checked,
     * for an answer the run's files share (a product a district repeats in every round of its cumulative
     * lists): by default none.
     */
    default void prepare(Run run) {
    }

    /** After every submission of the run is checked: lets go of what {@link #prepare} or the checks held. */
    default void finish() {
    }

    /** The run whose staged submissions are about to be checked. */
    interface Run {

        long id();

        JdbcTemplate jdbc();

        /** Reads through a cursor, in the run's transaction: a result larger than memory is streamed. */
        JdbcTemplate cursor();

        /** The staging table of a sheet. */
        String stagingTable(SheetKind kind);
    }

    /** The submission under check, and what a rule may ask of the warehouse about it. */
    interface Scope {

        long id();

        /** The run that staged the submission and checks it now. */
        long runId();

        /** Null where the submission's district could not be told. */
        String districtCode();

        /** Reads through a cursor: a file whose every row breaks the rule need not fit in memory. */
        JdbcTemplate cursor();

        /** The staging table of a sheet. */
        String stagingTable(SheetKind kind);

        /** The name of the submission's sheet of that kind, where it was read (found, with a header). */
        Optional<String> sheetRead(SheetKind kind);

        /**
         * Staging columns (or expressions) of some rows of a submission's sheet, by Excel row: what a rule
         * reports with the rows it flagged, read a batch of rows per query rather than one query per row.
         * The caller bounds how many rows it asks for at once.
         */
        Map<Integer, Object[]> rows(SheetKind kind, long submissionId, List<String> columns, Collection<Integer> excelRows);
    }

    /** Where a rule reports each row it flags. */
    @FunctionalInterface
    interface Findings {

        void add(IssueCode code, Column column, int excelRow, String sheetName, String value, String... args);
    }
}
