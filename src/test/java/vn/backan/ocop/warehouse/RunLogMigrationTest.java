package vn.backan.ocop.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.backan.ocop.fixtures.TestDatabase;

/**
 * A warehouse whose workbooks were recorded in audit_report (V31) keeps them through V70, which moves
 * them into audit_run.report_file: the next run still knows which workbook is on disk for which date
 * and folder, and leaves it alone when nothing changed.
 */
class RunLogMigrationTest {

    private static final LocalDate DECEMBER = LocalDate.of(2020, 12, 31);

    @TempDir
    Path home;

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void theWorkbooksRecordedBeforeV70AreStillKnownAfterIt(TestDatabase.Kind kind) {
        TestDatabase db = TestDatabase.create(kind, home);
        db.flyway().target("40").load().migrate();
        JdbcTemplate jdbc = db.jdbc();
        Timestamp night = Timestamp.from(Instant.parse("2021-01-10T01:00:00Z"));
        // Run 1 wrote the December workbook into /out; run 2 found nothing new; run 3 wrote into another folder.
        run(jdbc, 1, "/out", DECEMBER, night);
        run(jdbc, 2, "/out", DECEMBER, night);
        run(jdbc, 3, "/other", LocalDate.of(2021, 6, 30), night);
        jdbc.update("""
                insert into audit_report (run_id, as_of, output_dir, file_name, written_at) values (?, ?, ?, ?, ?)""",
                1, Date.valueOf(DECEMBER), "/out", "history/ocop-progress-2020-12-31-lan-1.xlsx", night);
        jdbc.update("""
                insert into audit_report (run_id, as_of, output_dir, file_name, written_at) values (?, ?, ?, ?, ?)""",
                3, Date.valueOf(LocalDate.of(2021, 6, 30)), "/other", "history/ocop-progress-2021-06-30-lan-3.xlsx", night);

        db.flyway().load().migrate();

        assertThat(jdbc.queryForList("select report_file from audit_run order by run_id", String.class))
                .containsExactly("history/ocop-progress-2020-12-31-lan-1.xlsx", null, "history/ocop-progress-2021-06-30-lan-3.xlsx");
        assertThatThrownBy(() -> jdbc.queryForList("select * from audit_report")).hasMessageContaining("audit_report");
        RunLog log = new RunLog(jdbc);
        assertThat(log.lastReport(DECEMBER, "/out")).contains(1L);
        assertThat(log.lastReport(DECEMBER, "/other")).isEmpty();
        assertThat(log.lastReportBefore(3, "/out")).contains(1L);
        assertThat(log.entries("/out", 10)).extracting(RunLog.Entry::reportFile)
                .containsExactly(null, null, "history/ocop-progress-2020-12-31-lan-1.xlsx");

        // A run that writes the workbook becomes the last; one that only finishes its report step does not.
        log.started(4, 4, "/in", "/out", Instant.now());
        log.reported(4, DECEMBER, Instant.now());
        assertThat(log.lastReport(DECEMBER, "/out")).contains(1L);
        log.started(5, 5, "/in", "/out", Instant.now());
        log.reportFileWritten(5, DECEMBER, "/out", "history/ocop-progress-2020-12-31-lan-5.xlsx", Instant.now());
        log.reported(5, DECEMBER, Instant.now());
        assertThat(log.lastReport(DECEMBER, "/out")).contains(5L);
        List<RunLog.Run> recent = log.recent(2);
        assertThat(recent).extracting(RunLog.Run::runId).containsExactly(5L, 4L);
        assertThat(recent).allMatch(r -> r.reportWritten() != null && r.feedbackWritten() == null);
    }

    private static void run(JdbcTemplate jdbc, long run, String output, LocalDate asOf, Timestamp at) {
        jdbc.update("""
                insert into audit_run (run_id, execution_id, started_at, finished_at, status, input_dir, output_dir, as_of,
                                       report_written_at, feedback_written_at)
                values (?, ?, ?, ?, 'COMPLETED', '/in', ?, ?, ?, ?)""", run, run, at, at, output, Date.valueOf(asOf), at, at);
    }
}
