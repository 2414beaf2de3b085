package vn.backan.ocop.warehouse;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The home of {@code audit_run}, one row per run: when, over which folders, what it found, and which
 * workbooks it put in place. Every read and write of the table is here; Batch's own tables keep the
 * step detail.
 *
 * <p>"The progress workbook is in place" is one record: {@code report_written_at} (the report step
 * is done, the workbook written or left as it was because nothing changed) with {@code report_file}
 * (this run wrote it, under this name below the output folder; null where it left the workbook alone).
 * {@code status} reads the first, the progress report the second to decide whether to write again.
 */
@Repository
public class RunLog {

    private final JdbcTemplate jdbc;

    public RunLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A run starts, or a restart continues it: the input folder is kept for the operator's queries, nothing reads it back. */
    public void started(long runId, long executionId, String input, String output, Instant now) {
        int updated = jdbc.update("""
                update audit_run set execution_id = ?, status = 'STARTED', finished_at = null where run_id = ?""",
                executionId, runId);
        if (updated == 0) {
            jdbc.update("""
                    insert into audit_run (run_id, execution_id, started_at, status, input_dir, output_dir)
                    values (?, ?, ?, 'STARTED', ?, ?)""", runId, executionId, Timestamp.from(now), input, output);
        }
    }

    public void discovered(long runId, SubmissionIntake.Tally tally) {
        jdbc.update("""
                update audit_run set files_found = ?, files_new = ?, files_unchanged = ?, files_ignored = ?
                where run_id = ?""", tally.found(), tally.fresh(), tally.unchanged(), tally.ignored(), runId);
    }

    /**
     * This run wrote the progress workbook as of {@code asOf} into {@code outputDir}, kept there as
     * {@code file}, once the file is in place; a restarted run that writes again replaces the record.
     */
    public void reportFileWritten(long runId, LocalDate asOf, String outputDir, String file, Instant now) {
        int updated = jdbc.update("""
                update audit_run set as_of = ?, output_dir = ?, report_file = ?, report_written_at = ? where run_id = ?""",
                Date.valueOf(asOf), outputDir, file, Timestamp.from(now), runId);
        if (updated == 0) {
            throw new IllegalStateException("run " + runId + " is not in audit_run: a workbook is written by a started run");
        }
    }

    /** The report step is done: the progress workbook as of {@code asOf} is in place (null: nothing in force, none due). */
    public void reported(long runId, LocalDate asOf, Instant now) {
        jdbc.update("""
                update audit_run set as_of = ?, report_written_at = ? where run_id = ?""",
                asOf == null ? null : Date.valueOf(asOf), Timestamp.from(now), runId);
    }

    /** Every feedback workbook of the run is in place. */
    public void feedbackWritten(long runId, Instant now) {
        jdbc.update("""
                update audit_run set feedback_written_at = ? where run_id = ?""", Timestamp.from(now), runId);
    }

    public void finished(long runId, String status, Instant now) {
        jdbc.update("""
                update audit_run set status = ?, finished_at = ? where run_id = ?""", status, Timestamp.from(now), runId);
    }

    /** The last run that wrote a progress workbook as of {@code asOf} into {@code outputDir}. */
    public Optional<Long> lastReport(LocalDate asOf, String outputDir) {
        return Optional.ofNullable(jdbc.queryForObject("""
                select max(run_id) from audit_run where as_of = ? and output_dir = ? and report_file is not null""",
                Long.class, Date.valueOf(asOf), outputDir));
    }

    /** The last run before {@code run} that wrote a progress workbook of any date into {@code outputDir}. */
    public Optional<Long> lastReportBefore(long run, String outputDir) {
        return Optional.ofNullable(jdbc.queryForObject("""
                select max(run_id) from audit_run where run_id < ? and output_dir = ? and report_file is not null""",
                Long.class, run, outputDir));
    }

    /** One run as the operator sees it in {@code status}; the row counts are audit_submission_sheet's. */
    public record Run(long runId, LocalDateTime started, LocalDateTime finished, String status, Integer files,
                      Integer fresh, Integer unchanged, long rowsRead, long rowsRejected,
                      LocalDateTime reportWritten, LocalDateTime feedbackWritten) {
    }

    /** The newest runs first, at most {@code limit}. */
    public List<Run> recent(int limit) {
        Map<Long, long[]> rows = new HashMap<>();
        jdbc.query("""
                select s.run_id, coalesce(sum(h.rows_read), 0), coalesce(sum(h.rows_rejected), 0)
                from audit_submission_sheet h join audit_submission s on s.submission_id = h.submission_id
                group by s.run_id""", rs -> {
            rows.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3)});
        });
        return jdbc.query("""
                        select run_id, started_at, finished_at, status, files_found, files_new, files_unchanged,
                               report_written_at, feedback_written_at
                        from audit_run order by run_id desc fetch first ? rows only""",
                (rs, n) -> {
                    long[] counts = rows.getOrDefault(rs.getLong(1), new long[2]);
                    return new Run(rs.getLong(1), time(rs.getTimestamp(2)), time(rs.getTimestamp(3)), rs.getString(4),
                            rs.getObject(5, Integer.class), rs.getObject(6, Integer.class), rs.getObject(7, Integer.class),
                            counts[0], counts[1], time(rs.getTimestamp(8)), time(rs.getTimestamp(9)));
                }, limit);
    }

    /**
     * One run as the progress workbook's {@code Lịch sử} lists it.
     *
     * @param reportFile the workbook it wrote into the folder asked about, or null
     */
    public record Entry(long runId, LocalDateTime started, String status, Integer filesNew, String reportFile) {
    }

    /** The newest runs first, at most {@code limit}, with the workbook each wrote into {@code outputDir}. */
    public List<Entry> entries(String outputDir, int limit) {
        return jdbc.query("""
                        select run_id, started_at, status, files_new,
                               case when output_dir = ? then report_file end
                        from audit_run order by run_id desc fetch first ? rows only""",
                (rs, n) -> new Entry(rs.getLong(1), time(rs.getTimestamp(2)), rs.getString(3),
                        rs.getObject(4, Integer.class), rs.getString(5)), outputDir, limit);
    }

    private static LocalDateTime time(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime();
    }
}
