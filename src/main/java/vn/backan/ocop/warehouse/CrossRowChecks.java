package vn.backan.ocop.warehouse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.backan.ocop.submission.Column;
import vn.backan.ocop.submission.SheetKind;
import vn.backan.ocop.intake.excel.CellRef;
import vn.backan.ocop.validation.Issue;
import vn.backan.ocop.validation.IssueCode;
import vn.backan.ocop.validation.Severity;

/**
 * Rules that no single row can decide: duplicates in a file, a product whose entity is missing from the
 * entity sheet, a rating that differs from the copy an earlier round sent, a product another district
 * also reports. Each rule is one query over staging; the rows it flags get their issue and outcome.
 */
@Repository
public class CrossRowChecks {

    private final JdbcTemplate jdbc;
    private final JdbcTemplate cursor;
    private final IssueStore issues;
    private final SubmissionSheets sheets;
    /** Column layouts of the submission being checked, by sheet kind: one query per sheet, not per issue. */
    private final Map<String, Map<String, Integer>> layouts = new java.util.HashMap<>();

    public CrossRowChecks(JdbcTemplate jdbc, IssueStore issues, SubmissionSheets sheets) {
        this.jdbc = jdbc;
        // A cursor: PostgreSQL's driver otherwise reads a whole result into memory before the first row.
        this.cursor = new JdbcTemplate(jdbc.getDataSource());
        cursor.setFetchSize(BATCH);
        this.issues = issues;
        this.sheets = sheets;
    }

    private record Table(SheetKind kind, String name, List<String> keys, Column anchor) {
    }

    private static final List<Table> TABLES = List.of(
            new Table(SheetKind.PRODUCT, "stg_product", List.of("product_key", "recognised_on"), Column.PRODUCT_NAME),
            new Table(SheetKind.ENTITY, "stg_entity", List.of("entity_key"), Column.ENTITY_NAME),
            new Table(SheetKind.COMMUNE, "stg_commune_indicator", List.of("commune_code"), Column.COMMUNE_NAME),
            new Table(SheetKind.SUPPORT, "stg_support", List.of("support_type", "target_key", "support_year"), Column.SUPPORT_TARGET));

    public void check(Submission submission) {
        layouts.clear();
        for (Table table : TABLES) {
            duplicates(submission, table);
        }
        entitiesMissing(submission);
        ratingsDiffering(submission);
        productsElsewhere(submission);
    }

    private void duplicates(Submission s, Table t) {
        String keys = String.join(", ", t.keys());
        String join = String.join(" and ", t.keys().stream().map(k -> "d." + k + " = f." + k).toList());
        String notNull = String.join(" and ", t.keys().stream().map(k -> k + " is not null").toList());
        try (Found found = new Found(s, t)) {
            cursor.query("select d.excel_row, d.sheet_name, f.first_row from " + t.name() + " d join ("
                            + "select " + keys + ", min(excel_row) first_row from " + t.name()
                            + " where submission_id = ? and outcome <> 'rejected' and " + notNull
                            + " group by " + keys + " having count(*) > 1) f on " + join
                            + " where d.submission_id = ? and d.outcome <> 'rejected' and d.excel_row > f.first_row",
                    rs -> {
                        found.add(issue(s, t.kind(), IssueCode.DUPLICATE_IN_FILE, t.anchor(), rs.getInt(1), rs.getString(2), null,
                                Integer.toString(rs.getInt(3))));
                    }, s.id(), s.id());
        }
    }

    /**
     * Products whose entity is not in the entity sheet. Where that sheet was not read at all (missing, or no
     * header found), the sheet-level problem already says so; a warning on every product would bury it.
     */
    private void entitiesMissing(Submission s) {
        List<String> read = jdbc.queryForList("select sheet_name from audit_submission_sheet where submission_id = ? "
                + "and sheet_kind = 'ENTITY' and header_row is not null", String.class, s.id());
        if (read.isEmpty()) {
            return;
        }
        String entitySheet = read.get(0);
        try (Found found = new Found(s, TABLES.get(0))) {
            cursor.query("select p.excel_row, p.sheet_name, p.entity_name from stg_product p "
                            + "where p.submission_id = ? and p.outcome <> 'rejected' and p.entity_key is not null and not exists ("
                            + "select 1 from stg_entity e where e.submission_id = p.submission_id and e.entity_key = p.entity_key)",
                    rs -> {
                        found.add(issue(s, SheetKind.PRODUCT, IssueCode.ENTITY_NOT_IN_SHEET, Column.PRODUCT_ENTITY, rs.getInt(1),
                                rs.getString(2), rs.getString(3), entitySheet));
                    }, s.id());
        }
    }

    private void ratingsDiffering(Submission s) {
        if (s.districtCode() == null) {
            return;
        }
        int[] flagged = {0};
        try (Found found = new Found(s, TABLES.get(0))) {
            cursor.query("select p.excel_row, p.sheet_name, os.period_code, "
                            + "p.product_name, o.product_name, p.set_no, o.set_no, p.group_no, o.group_no, p.entity_name, o.entity_name, "
                            + "p.commune_code, o.commune_code, p.stars, o.stars, p.score, o.score, p.decision_no, o.decision_no, "
                            + "p.recognition_level, o.recognition_level, p.value_chain, o.value_chain, p.product_code, o.product_code "
                            + "from stg_product p "
                            + "join audit_submission ps on ps.submission_id = p.submission_id "
                            + "join stg_product o on o.product_key = p.product_key and o.recognised_on = p.recognised_on "
                            + "and o.outcome <> 'rejected' and o.row_hash <> p.row_hash "
                            + "join audit_submission os on os.submission_id = o.submission_id and os.is_current "
                            + "and os.district_code = ps.district_code and os.period_ends_on < ps.period_ends_on "
                            + "where p.submission_id = ? and p.outcome <> 'rejected' order by p.excel_row, os.period_ends_on desc",
                    rs -> {
                        int row = rs.getInt(1);
                        if (row == flagged[0]) {
                            return; // ordered newest first: the nearest earlier period is the one to compare with
                        }
                        flagged[0] = row;
                        List<String> differing = new ArrayList<>();
                        String[] columns = {Column.PRODUCT_NAME.header(), Column.PRODUCT_GROUP.header(), Column.PRODUCT_GROUP.header(),
                                Column.PRODUCT_ENTITY.header(), Column.PRODUCT_COMMUNE.header(), Column.PRODUCT_STARS.header(),
                                Column.PRODUCT_SCORE.header(), Column.PRODUCT_DECISION.header(), Column.PRODUCT_LEVEL.header(),
                                Column.PRODUCT_VALUE_CHAIN.header(), Column.PRODUCT_CODE.header()};
                        for (int i = 0; i < columns.length; i++) {
                            Object mine = rs.getObject(4 + 2 * i);
                            Object theirs = rs.getObject(5 + 2 * i);
                            if (!same(mine, theirs) && !differing.contains(columns[i])) {
                                differing.add(columns[i]);
                            }
                        }
                        found.add(issue(s, SheetKind.PRODUCT, IssueCode.RATING_DIFFERS_FROM_EARLIER, Column.PRODUCT_NAME,
                                row, rs.getString(2), rs.getString(4), rs.getString(3), String.join(", ", differing)));
                    }, s.id());
        }
    }

    private void productsElsewhere(Submission s) {
        if (s.districtCode() == null) {
            return;
        }
        try (Found found = new Found(s, TABLES.get(0))) {
            cursor.query("select p.excel_row, p.sheet_name, min(p.product_name), min(d.district_type || ' ' || d.district_name) "
                            + "from stg_product p "
                            + "join stg_product o on o.name_key = p.name_key and o.entity_key = p.entity_key and o.outcome <> 'rejected' "
                            + "join audit_submission os on os.submission_id = o.submission_id and os.is_current and os.district_code <> ? "
                            + "join ref_district d on d.district_code = os.district_code "
                            + "where p.submission_id = ? and p.outcome <> 'rejected' group by p.excel_row, p.sheet_name",
                    rs -> {
                        found.add(issue(s, SheetKind.PRODUCT, IssueCode.PRODUCT_IN_OTHER_DISTRICT, Column.PRODUCT_NAME, rs.getInt(1),
                                rs.getString(2), rs.getString(3), rs.getString(4)));
                    }, s.districtCode(), s.id());
        }
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof java.math.BigDecimal x && b instanceof java.math.BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }

    private Issue issue(Submission s, SheetKind kind, IssueCode code, Column column, int row, String sheetName,
                        String value, String... args) {
        Map<String, Integer> layout = layouts.computeIfAbsent(kind.name(), k -> sheets.layout(s.id(), k));
        Integer index = layout.get(column.name());
        return new Issue(code, sheetName, row, index == null ? null : CellRef.of(row, index), column.header(), value, null, List.of(args));
    }

    /**
     * The issues one rule finds in a submission, recorded {@value #BATCH} at a time as the query's cursor
     * reads them: a file whose every row breaks the rule does not have to fit in memory. The rows a
     * batch flags do not change what the open query returns (H2 has computed its result; a PostgreSQL
     * cursor reads the snapshot it was opened on).
     */
    private final class Found implements AutoCloseable {
        private final Submission submission;
        private final Table table;
        private final List<Issue> batch = new ArrayList<>();

        Found(Submission submission, Table table) {
            this.submission = submission;
            this.table = table;
        }

        void add(Issue issue) {
            batch.add(issue);
            if (batch.size() >= BATCH) {
                close();
            }
        }

        @Override
        public void close() {
            flag(submission, table, batch);
            batch.clear();
        }
    }

    static final int BATCH = 1000;

    /** Records the issues and moves the rows' outcomes: errors reject, warnings mark a loaded row. */
    private void flag(Submission s, Table table, List<Issue> found) {
        if (found.isEmpty()) {
            return;
        }
        issues.add(s.id(), table.kind().name(), found);
        List<Object[]> rejected = new ArrayList<>();
        List<Object[]> warned = new ArrayList<>();
        for (Issue issue : found) {
            (issue.severity() == Severity.ERROR ? rejected : warned).add(new Object[] {s.id(), issue.row()});
        }
        if (!rejected.isEmpty()) {
            jdbc.batchUpdate("update " + table.name() + " set outcome = 'rejected' where submission_id = ? and excel_row = ?", rejected);
        }
        if (!warned.isEmpty()) {
            jdbc.batchUpdate("update " + table.name() + " set outcome = 'warning' where submission_id = ? and excel_row = ? "
                    + "and outcome = 'loaded'", warned);
        }
    }
}
