package vn.backan.ocop.warehouse;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** One row per run: when, over which folders, what it found. Batch's own tables keep the step detail. */
@Repository
public class RunLog {

    private final JdbcTemplate jdbc;

    public RunLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void started(long runId, long executionId, String input, String output, Instant now) {
        int updated = jdbc.update("update audit_run set execution_id = ?, status = 'STARTED', finished_at = null where run_id = ?",
                executionId, runId);
        if (updated == 0) {
            jdbc.update("insert into audit_run (run_id, execution_id, started_at, status, input_dir, output_dir) values (?, ?, ?, 'STARTED', ?, ?)",
                    runId, executionId, Timestamp.from(now), input, output);
        }
    }

    public void discovered(long runId, SubmissionIntake.Tally tally) {
        jdbc.update("update audit_run set files_found = ?, files_new = ?, files_unchanged = ?, files_ignored = ? where run_id = ?",
                tally.found(), tally.fresh(), tally.unchanged(), tally.ignored(), runId);
    }

    /** The progress workbook is in place (moved there whole). */
    public void reported(long runId, LocalDate asOf, Instant now) {
        jdbc.update("update audit_run set as_of = ?, report_written_at = ? where run_id = ?", asOf, Timestamp.from(now), runId);
    }

    /** Every feedback workbook of the run is in place. */
    public void feedbackWritten(long runId, Instant now) {
        jdbc.update("update audit_run set feedback_written_at = ? where run_id = ?", Timestamp.from(now), runId);
    }

    public void finished(long runId, String status, Instant now) {
        jdbc.update("update audit_run set status = ?, finished_at = ? where run_id = ?", status, Timestamp.from(now), runId);
    }
}
