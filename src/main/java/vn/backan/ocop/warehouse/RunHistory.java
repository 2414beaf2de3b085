package vn.backan.ocop.warehouse;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The submissions in force and the files not in force, for the operator's {@code status} command (the runs: {@link RunLog}). */
@Repository
public class RunHistory {

    private final JdbcTemplate jdbc;

    public RunHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One (district, period) and the submission in force for it. */
    public record Current(String districtCode, String district, String periodCode, long submissionId, String fileName,
                          String status, LocalDateTime received, long rowsRead, long rowsRejected) {
    }

    public List<Current> current() {
        return jdbc.query("""
                        select s.district_code, d.district_type || ' ' || d.district_name, s.period_code, s.submission_id,
                               s.file_name, s.status, s.received_at,
                               coalesce((select sum(rows_read) from audit_submission_sheet h where h.submission_id = s.submission_id), 0),
                               coalesce((select sum(rows_rejected) from audit_submission_sheet h where h.submission_id = s.submission_id), 0)
                        from audit_submission s join ref_district d on d.district_code = s.district_code
                        where s.is_current order by s.district_code, s.period_ends_on""",
                (rs, n) -> new Current(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                        rs.getString(6), time(rs.getTimestamp(7)), rs.getLong(8), rs.getLong(9)));
    }

    /** A file that is not in force: superseded by a newer file for its (district, period) where {@code supersededBy} says so, or rejected. */
    public record Other(long submissionId, String districtCode, String periodCode, String fileName, String status,
                        Long supersededBy, LocalDateTime received) {
    }

    /** The newest files not in force, newest first. */
    public List<Other> others(int limit) {
        return jdbc.query("""
                        select s.submission_id, s.district_code, s.period_code, s.file_name, s.status, s.superseded_by, s.received_at
                        from audit_submission s where not s.is_current and s.status <> 'pending'
                        order by s.submission_id desc fetch first ? rows only""",
                (rs, n) -> new Other(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getObject(6, Long.class), time(rs.getTimestamp(7))), limit);
    }

    private static LocalDateTime time(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime();
    }
}
