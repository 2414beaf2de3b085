package vn.backan.ocop.warehouse.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The problems found in a submission ({@code stg_issue}), counted per sheet and rule. */
@Repository
public class IssueCounts {

    /** One rule broken in a sheet, and how often. */
    public record RuleCount(String issueCode, int count) {
    }

    private final JdbcTemplate jdbc;

    public IssueCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Per sheet kind of a submission, its {@code limit} most frequent rules broken (warnings and errors),
     * the most frequent first. Problems of the file as a whole are under the key "".
     */
    public Map<String, List<RuleCount>> topBySheet(long submissionId, int limit) {
        Map<String, List<RuleCount>> bySheet = new LinkedHashMap<>();
        jdbc.query("""
                        select coalesce(sheet_kind, ''), issue_code, count(*) from stg_issue
                        where submission_id = ? and severity <> 'INFO'
                        group by coalesce(sheet_kind, ''), issue_code
                        order by coalesce(sheet_kind, ''), count(*) desc, issue_code
                        """,
                rs -> {
                    List<RuleCount> rules = bySheet.computeIfAbsent(rs.getString(1), k -> new ArrayList<>());
                    if (rules.size() < limit) {
                        rules.add(new RuleCount(rs.getString(2), rs.getInt(3)));
                    }
                }, submissionId);
        return bySheet;
    }
}
