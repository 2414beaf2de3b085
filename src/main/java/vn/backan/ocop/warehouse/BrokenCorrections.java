package vn.backan.ocop.warehouse;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.backan.ocop.validation.Issue;
import vn.backan.ocop.validation.IssueCode;

/**
 * A correction replaces its district's data for the period as a whole. One whose sheet could not be
 * read at all (no header row, a required column renamed) would replace rows that were loaded with
 * nothing: the district's products would vanish from the province's figures until the clerk sends
 * the file again. Such a file is refused as a whole, like an unreadable one, and the version in
 * force stays.
 */
@Component
class BrokenCorrections {

    private final JdbcTemplate jdbc;

    BrokenCorrections(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return why {@code s} must not replace the version in force, if it must not */
    Optional<Issue> check(Submission s) {
        if (s.districtCode() == null) {
            return Optional.empty();
        }
        List<Issue> found = jdbc.query("""
                        select b.sheet_name, c.file_name, k.rows_loaded + k.rows_warning
                        from (select ns.sheet_kind, min(i.sheet_name) sheet_name
                              from stg_issue i
                              join audit_submission_sheet ns on ns.submission_id = i.submission_id and ns.sheet_name = i.sheet_name
                              where i.submission_id = ? and i.issue_code in ('HEADER_NOT_FOUND', 'COLUMN_MISSING')
                                and i.severity = 'ERROR'
                              group by ns.sheet_kind) b
                        join audit_submission c on c.district_code = ? and c.period_code = ? and c.is_current
                         and c.submission_id <> ?
                        join audit_submission_sheet k on k.submission_id = c.submission_id and k.sheet_kind = b.sheet_kind
                        where k.rows_loaded + k.rows_warning > 0
                        order by b.sheet_kind
                        """,
                (rs, n) -> Issue.file(IssueCode.FILE_CORRECTION_UNREADABLE, rs.getString(1), rs.getString(2),
                        Integer.toString(rs.getInt(3))),
                s.id(), s.districtCode(), s.periodCode(), s.id());
        return found.stream().findFirst();
    }
}
