package vn.backan.ocop.warehouse;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.backan.ocop.intake.excel.CellRef;
import vn.backan.ocop.sheet.CrossRowRule;
import vn.backan.ocop.sheet.DuplicateKey;
import vn.backan.ocop.sheet.ExcelRows;
import vn.backan.ocop.sheet.SheetDescription;
import vn.backan.ocop.sheet.Sheets;
import vn.backan.ocop.submission.Column;
import vn.backan.ocop.submission.SheetKind;
import vn.backan.ocop.validation.Issue;
import vn.backan.ocop.validation.IssueCode;
import vn.backan.ocop.validation.Severity;

/**
 * Rules that no single row can decide: duplicates in a file, for every sheet, then the rules each sheet
 * adds ({@link SheetDescription#rules()}). Each reads staging through a cursor; the rows it flags get
 * their issue and outcome.
 */
@Repository
public class CrossRowChecks {

    /**
     * A submission's rows of one sheet with a whole key, in key order: the copies of a key come together,
     * the first row first. One range of the primary key and one sort; joining the rows to their keys'
     * first rows made H2 group the sheet again for every row (0.1-0.6 s a file of 7,000 rows). The sort
     * holds the row and its key only: what a copy is reported with is read afterwards for the copies
     * found ({@link #rowsOf}), since a sheet of more than 10,000 rows is sorted through a temporary file
     * by H2 under a 256 MB heap.
     */
    private static final String BY_KEY = """
            select excel_row, %2$s from %1$s
            where submission_id = ? and outcome <> 'rejected' and %3$s
            order by %2$s, excel_row
            """;

    /** Some rows of a submission's sheet, by Excel row; the columns may be expressions over the sheet's. */
    private static final String ROWS = """
            select p.excel_row, %2$s from %3$s
            join %1$s p on p.submission_id = ? and p.excel_row = v.excel_row
            """;

    private final JdbcTemplate jdbc;
    private final JdbcTemplate cursor;
    private final IssueStore issues;
    private final SubmissionSheets sheets;
    private final Sheets descriptions;
    /** Column layouts of the submission being checked, by sheet kind: one query per sheet, not per issue. */
    private final Map<String, Map<String, Integer>> layouts = new HashMap<>();

    public CrossRowChecks(JdbcTemplate jdbc, IssueStore issues, SubmissionSheets sheets, Sheets descriptions) {
        this.jdbc = jdbc;
        // A cursor: PostgreSQL's driver otherwise reads a whole result into memory before the first row.
        this.cursor = new JdbcTemplate(jdbc.getDataSource());
        cursor.setFetchSize(BATCH);
        this.issues = issues;
        this.sheets = sheets;
        this.descriptions = descriptions;
    }

    /** Lets each rule do once for the run what its files share; after the election, before any check. */
    public void prepare(long runId) {
        RunScope run = new RunScope(runId, jdbc, this);
        for (SheetDescription sheet : descriptions.all()) {
            for (CrossRowRule rule : sheet.rules()) {
                rule.prepare(run);
            }
        }
    }

    /** After the run's last check: the rules let go of what they held for the run. */
    public void finish() {
        for (SheetDescription sheet : descriptions.all()) {
            for (CrossRowRule rule : sheet.rules()) {
                rule.finish();
            }
        }
    }

    /** What a rule's preparation sees of the run. */
    private record RunScope(long id, JdbcTemplate jdbc, CrossRowChecks checks) implements CrossRowRule.Run {

        @Override
        public JdbcTemplate cursor() {
            return checks.cursor;
        }

        @Override
        public String stagingTable(SheetKind kind) {
            return checks.staging(kind);
        }
    }

    private String staging(SheetKind kind) {
        return descriptions.of(kind).staging().name();
    }

    public void check(Submission submission) {
        layouts.clear();
        for (SheetDescription sheet : descriptions.all()) {
            duplicates(submission, sheet);
        }
        Scope scope = new Scope(submission);
        for (SheetDescription sheet : descriptions.all()) {
            for (CrossRowRule rule : sheet.rules()) {
                try (Found found = new Found(submission, sheet)) {
                    rule.check(scope, found);
                }
            }
        }
    }

    /**
     * Rows after the first of each key, reported with that first row. Only equality is asked of the order
     * (the database's collation decides how keys sort, not Java), and the rows are found in key order:
     * where a rule's examples are capped in the feedback, they are the first keys, not the first rows.
     */
    private void duplicates(Submission s, SheetDescription sheet) {
        DuplicateKey key = sheet.duplicates();
        String keys = String.join(", ", key.columns());
        String notNull = String.join(" and ", key.columns().stream().map("%s is not null"::formatted).toList());
        int width = key.columns().size();
        String shown = key.shown() == null ? "cast(null as varchar(1))" : key.shown();
        List<String> reported = List.of("sheet_name", shown);
        try (Found found = new Found(s, sheet)) {
            Object[] previous = new Object[width];
            int[] first = {0};
            List<int[]> copies = new ArrayList<>(); // each copy's row and its key's first row, a batch at a time
            Runnable report = () -> {
                Map<Integer, Object[]> seen = rowsOf(sheet.staging().name(), s.id(), reported,
                        copies.stream().map(c -> c[0]).toList());
                for (int[] c : copies) {
                    Object[] values = seen.get(c[0]);
                    found.add(IssueCode.DUPLICATE_IN_FILE, key.anchor(), c[0], (String) values[0], (String) values[1],
                            Integer.toString(c[1]));
                }
                copies.clear();
            };
            cursor.query(BY_KEY.formatted(sheet.staging().name(), keys, notNull), rs -> {
                boolean same = first[0] > 0;
                for (int i = 0; i < width; i++) {
                    Object value = rs.getObject(2 + i);
                    same &= value.equals(previous[i]);
                    previous[i] = value;
                }
                int row = rs.getInt(1);
                if (same) {
                    copies.add(new int[] {row, first[0]});
                    if (copies.size() >= BATCH) {
                        report.run();
                    }
                } else {
                    first[0] = row;
                }
            }, s.id());
            report.run();
        }
    }

    /**
     * Columns of some rows of a submission's sheet, by Excel row: {@value #BATCH} rows a query, each found
     * by the primary key.
     */
    private Map<Integer, Object[]> rowsOf(String table, long submissionId, List<String> columns, Collection<Integer> excelRows) {
        Map<Integer, Object[]> rows = new HashMap<>();
        List<Integer> wanted = excelRows.stream().distinct().toList();
        for (int from = 0; from < wanted.size(); from += BATCH) {
            List<Integer> part = wanted.subList(from, Math.min(from + BATCH, wanted.size()));
            List<Object> args = new ArrayList<>(part);
            args.add(submissionId);
            String sql = ROWS.formatted(table, String.join(", ", columns), ExcelRows.values(part.size()));
            jdbc.query(sql, rs -> {
                Object[] values = new Object[columns.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = rs.getObject(2 + i);
                }
                rows.put(rs.getInt(1), values);
            }, args.toArray());
        }
        return rows;
    }

    /** What a sheet's rule sees of the submission under check. */
    private final class Scope implements CrossRowRule.Scope {
        private final Submission submission;

        Scope(Submission submission) {
            this.submission = submission;
        }

        @Override
        public long id() {
            return submission.id();
        }

        @Override
        public long runId() {
            return submission.runId();
        }

        @Override
        public String districtCode() {
            return submission.districtCode();
        }

        @Override
        public JdbcTemplate cursor() {
            return cursor;
        }

        @Override
        public String stagingTable(SheetKind kind) {
            return staging(kind);
        }

        @Override
        public Optional<String> sheetRead(SheetKind kind) {
            return sheets.sheetRead(submission.id(), kind.name());
        }

        @Override
        public Map<Integer, Object[]> rows(SheetKind kind, long submissionId, List<String> columns, Collection<Integer> excelRows) {
            return rowsOf(staging(kind), submissionId, columns, excelRows);
        }
    }

    /**
     * The issues one rule finds in a submission, recorded {@value #BATCH} at a time as the query's cursor
     * reads them: a file whose every row breaks the rule does not have to fit in memory. The rows a
     * batch flags do not change what the open query returns (H2 has computed its result; a PostgreSQL
     * cursor reads the snapshot it was opened on).
     */
    private final class Found implements CrossRowRule.Findings, AutoCloseable {
        private final Submission submission;
        private final SheetDescription sheet;
        private final List<Issue> batch = new ArrayList<>();

        Found(Submission submission, SheetDescription sheet) {
            this.submission = submission;
            this.sheet = sheet;
        }

        @Override
        public void add(IssueCode code, Column column, int excelRow, String sheetName, String value, String... args) {
            batch.add(issue(submission, sheet.kind(), code, column, excelRow, sheetName, value, args));
            if (batch.size() >= BATCH) {
                close();
            }
        }

        @Override
        public void close() {
            flag(submission, sheet, batch);
            batch.clear();
        }
    }

    static final int BATCH = 1000;

    private Issue issue(Submission s, SheetKind kind, IssueCode code, Column column, int row, String sheetName,
                        String value, String... args) {
        Map<String, Integer> layout = layouts.computeIfAbsent(kind.name(), k -> sheets.layout(s.id(), k));
        Integer index = layout.get(column.name());
        return new Issue(code, sheetName, row, index == null ? null : CellRef.of(row, index), column.header(), value, null, List.of(args));
    }

    /** Records the issues and moves the rows' outcomes: errors reject, warnings mark a loaded row. */
    private void flag(Submission s, SheetDescription sheet, List<Issue> found) {
        if (found.isEmpty()) {
            return;
        }
        issues.add(s.id(), sheet.kind().name(), found);
        List<Object[]> rejected = new ArrayList<>();
        List<Object[]> warned = new ArrayList<>();
        for (Issue issue : found) {
            (issue.severity() == Severity.ERROR ? rejected : warned).add(new Object[] {s.id(), issue.row()});
        }
        String table = sheet.staging().name();
        if (!rejected.isEmpty()) {
            jdbc.batchUpdate("""
                    update %s set outcome = 'rejected' where submission_id = ? and excel_row = ?
                    """.formatted(table), rejected);
        }
        if (!warned.isEmpty()) {
            jdbc.batchUpdate("""
                    update %s set outcome = 'warning' where submission_id = ? and excel_row = ? and outcome = 'loaded'
                    """.formatted(table), warned);
        }
    }
}
