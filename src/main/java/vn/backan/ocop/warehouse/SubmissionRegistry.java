package vn.backan.ocop.warehouse;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import vn.backan.ocop.sheet.SqlType;

/**
 * Every file ever seen: its identity, hash, status and whether it is the submission in force for its
 * district and period.
 */
@Repository
public class SubmissionRegistry {

    /** A submission as {@link #map} reads it, followed by the condition and order given. */
    private static final String SELECT = """
            select submission_id, sha256, file_name, file_path, size_bytes, file_modified_at, received_at, district_code,
                   period_code, prepared_on, preparer, phone, email, workbook_format, status, is_current, run_id
            from audit_submission
            where %s
            """;

    /** Newest wins: the date on the cover, else the file's modification time, then the order files arrived. */
    static final Comparator<Submission> NEWEST_LAST = Comparator
            .comparing((Submission s) -> s.preparedOn() != null ? s.preparedOn()
                    : s.fileModifiedAt() == null ? LocalDate.MIN : LocalDate.ofInstant(s.fileModifiedAt(), ZoneOffset.UTC))
            .thenComparing(s -> s.fileModifiedAt() == null ? Instant.MIN : s.fileModifiedAt())
            .thenComparingLong(Submission::id);

    private final JdbcTemplate jdbc;

    public SubmissionRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Submission> findBySha(String sha256) {
        return jdbc.query(SELECT.formatted("sha256 = ?"), SubmissionRegistry::map, sha256)
                .stream().findFirst();
    }

    public Submission get(long id) {
        return jdbc.queryForObject(SELECT.formatted("submission_id = ?"), SubmissionRegistry::map, id);
    }

    public long register(NewSubmission s, long runId, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var ps = connection.prepareStatement("""
                    insert into audit_submission (sha256, file_name, file_path, size_bytes, file_modified_at, received_at,
                                                  district_code, period_code, period_ends_on, prepared_on, preparer, phone,
                                                  email, workbook_format, status, is_current, run_id)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?)
                    """, new String[] {"submission_id"});
            ps.setString(1, s.sha256());
            ps.setString(2, SqlType.cut(s.fileName(), 500));
            ps.setString(3, SqlType.cut(s.filePath(), 2000));
            ps.setLong(4, s.sizeBytes());
            ps.setTimestamp(5, s.fileModifiedAt() == null ? null : Timestamp.from(s.fileModifiedAt()));
            ps.setTimestamp(6, Timestamp.from(now));
            ps.setString(7, s.districtCode());
            ps.setString(8, s.periodCode());
            ps.setObject(9, s.periodEndsOn());
            ps.setObject(10, s.preparedOn());
            ps.setString(11, SqlType.cut(s.preparer(), 200));
            ps.setString(12, SqlType.cut(s.phone(), 100));
            ps.setString(13, SqlType.cut(s.email(), 200));
            ps.setString(14, s.format());
            ps.setString(15, s.status().code());
            ps.setLong(16, runId);
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    /** Submissions registered by a run and still waiting to be staged, in registration order. */
    public List<Submission> pending(long runId) {
        return jdbc.query(SELECT.formatted("run_id = ? and status = 'pending' order by submission_id"),
                SubmissionRegistry::map, runId);
    }

    /** Submissions a run registered (all of them, whatever became of them), in registration order. */
    public List<Submission> registeredBy(long runId) {
        return jdbc.query(SELECT.formatted("run_id = ? order by submission_id"),
                SubmissionRegistry::map, runId);
    }

    /** The submissions in force, one per (district, period). */
    public List<Submission> current() {
        return jdbc.query(SELECT.formatted("is_current order by district_code, period_code"),
                SubmissionRegistry::map);
    }

    /** Every identified submission, for the completeness matrix. */
    public List<Submission> identified() {
        return jdbc.query(SELECT.formatted("""
                district_code is not null and period_code is not null order by district_code, period_code, submission_id"""),
                SubmissionRegistry::map);
    }

    public void setStatus(long submissionId, SubmissionStatus status, Instant now) {
        jdbc.update("update audit_submission set status = ?, processed_at = ? where submission_id = ?",
                status.code(), Timestamp.from(now), submissionId);
    }

    /**
     * Decides which accepted submission is in force for a (district, period): the newest by the date on
     * its cover, else its modification time. An older file arriving late does not displace a newer one.
     *
     * @return the submission now in force
     */
    public Optional<Submission> elect(String districtCode, String periodCode) {
        List<Submission> accepted = jdbc.query(SELECT.formatted("""
                district_code = ? and period_code = ? and status in ('accepted', 'accepted_with_warnings')"""),
                SubmissionRegistry::map, districtCode, periodCode);
        Optional<Submission> newest = accepted.stream().max(NEWEST_LAST);
        if (newest.isPresent()) {
            long id = newest.get().id();
            jdbc.update("""
                    update audit_submission
                    set is_current = (submission_id = ?), superseded_by = case when submission_id = ? then null else ? end
                    where district_code = ? and period_code = ? and status in ('accepted', 'accepted_with_warnings')
                    """,
                    id, id, id, districtCode, periodCode);
        }
        return newest.map(s -> get(s.id()));
    }

    public void recordFile(long runId, String path, String sha256, Long submissionId, String action, Instant now) {
        jdbc.update("delete from audit_run_file where run_id = ? and file_path = ?", runId, SqlType.cut(path, 2000));
        jdbc.update("insert into audit_run_file (run_id, file_path, sha256, submission_id, action, seen_at) values (?, ?, ?, ?, ?, ?)",
                runId, SqlType.cut(path, 2000), sha256, submissionId, action, Timestamp.from(now));
    }

    private static Submission map(ResultSet rs, int row) throws SQLException {
        Timestamp modified = rs.getTimestamp("file_modified_at");
        Date prepared = rs.getDate("prepared_on");
        return new Submission(rs.getLong("submission_id"), rs.getString("sha256"), rs.getString("file_name"),
                rs.getString("file_path"), rs.getLong("size_bytes"), modified == null ? null : modified.toInstant(),
                rs.getTimestamp("received_at").toInstant(), rs.getString("district_code"), rs.getString("period_code"),
                prepared == null ? null : prepared.toLocalDate(), rs.getString("preparer"), rs.getString("phone"),
                rs.getString("email"), rs.getString("workbook_format"), SubmissionStatus.of(rs.getString("status")),
                rs.getBoolean("is_current"), rs.getLong("run_id"));
    }
}
