package vn.backan.ocop.warehouse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.backan.ocop.sheet.SqlType;
import vn.backan.ocop.validation.Issue;
import vn.backan.ocop.validation.IssueCode;

/** The problems found in submissions, as the feedback workbooks list them. */
@Repository
public class IssueStore {

    /** Separates message arguments in one column; a control character no cell text keeps after cleaning. */
    private static final String SEPARATOR = "\u001f";

    static final List<String> COLUMNS = List.of("submission_id", "sheet_kind", "sheet_name", "excel_row", "cell_ref",
            "column_header", "cell_value", "normalized_value", "issue_code", "severity", "issue_kind", "args");

    private final JdbcTemplate jdbc;
    private final RowSink sink;

    public IssueStore(JdbcTemplate jdbc, RowSink sink) {
        this.jdbc = jdbc;
        this.sink = sink;
    }

    /** An issue with the submission and sheet kind it belongs to. */
    public record Located(long submissionId, String sheetKind, Issue issue) {
    }

    public void add(List<Located> found) {
        if (found.isEmpty()) {
            return;
        }
        List<Object[]> args = new ArrayList<>(found.size());
        for (Located located : found) {
            Issue i = located.issue();
            args.add(new Object[] {located.submissionId(), located.sheetKind(), SqlType.cut(i.sheet(), 100), i.row(),
                    i.cell(), SqlType.cut(i.header(), 200), SqlType.cut(i.value(), 1000), SqlType.cut(i.normalized(), 1000),
                    i.code().name(), i.severity().name(), i.code().kind().name(),
                    i.args().isEmpty() ? null : SqlType.cut(String.join(SEPARATOR, i.args()), 2000)});
        }
        sink.insert("stg_issue", COLUMNS, args);
    }

    public void add(long submissionId, String sheetKind, List<Issue> issues) {
        add(issues.stream().map(i -> new Located(submissionId, sheetKind, i)).toList());
    }

    /** Every issue of a submission, in the order found. Unbounded: for tests and small files; reports use {@link #details}. */
    public List<Located> of(long submissionId) {
        return details(submissionId, Integer.MAX_VALUE);
    }

    /**
     * The issues of a submission, at most {@code perRule} of each rule (the first found), so that a file
     * with 100,000 broken rows does not have to fit in memory to be reported.
     */
    public List<Located> details(long submissionId, int perRule) {
        // Rule by rule, the first ones through the index, not a window over all of them: H2 holds a
        // window's rows in memory, every issue of a 200,000-row file.
        record Found(long id, Located located) {
        }
        List<Found> found = new ArrayList<>();
        for (IssueCode code : countsByRule(submissionId).keySet()) {
            jdbc.query("""
                    select issue_id, submission_id, sheet_kind, sheet_name, excel_row, cell_ref, column_header, cell_value,
                           normalized_value, issue_code, args
                    from stg_issue where submission_id = ? and issue_code = ?
                    order by issue_id fetch first ? rows only
                    """, rs -> {
                        String args = rs.getString("args");
                        found.add(new Found(rs.getLong("issue_id"), new Located(rs.getLong("submission_id"), rs.getString("sheet_kind"),
                                new Issue(IssueCode.valueOf(rs.getString("issue_code")), rs.getString("sheet_name"),
                                        rs.getInt("excel_row"), rs.getString("cell_ref"), rs.getString("column_header"),
                                        rs.getString("cell_value"), rs.getString("normalized_value"),
                                        args == null ? List.of() : List.of(args.split(SEPARATOR, -1))))));
                    }, submissionId, code.name(), perRule);
        }
        found.sort(Comparator.comparingLong(Found::id));
        return found.stream().map(Found::located).toList();
    }

    /** How many times each rule was broken in a submission: never capped. */
    public Map<IssueCode, Integer> countsByRule(long submissionId) {
        Map<IssueCode, Integer> counts = new EnumMap<>(IssueCode.class);
        jdbc.query("select issue_code, count(*) from stg_issue where submission_id = ? group by issue_code",
                rs -> {
                    counts.put(IssueCode.valueOf(rs.getString(1)), rs.getInt(2));
                }, submissionId);
        return counts;
    }
}
