package vn.backan.ocop.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.backan.ocop.warehouse.RunLog;

/**
 * The progress workbooks written so far, and what each run changed: decides whether tonight's run
 * has anything to report, which runs its {@code Thay đổi} covers, and fills {@code Lịch sử}.
 */
@Repository
class ReportHistory {

    /** The versioned tables, in the order {@code Lịch sử} shows them. */
    static final List<String> TABLES = List.of("fct_rating", "dim_entity", "fct_commune_indicator", "fct_support");

    private final JdbcTemplate jdbc;
    private final RunLog runLog;

    ReportHistory(JdbcTemplate jdbc, RunLog runLog) {
        this.jdbc = jdbc;
        this.runLog = runLog;
    }

    /** The last run that wrote a workbook as of {@code asOf} into {@code outputDir}. */
    Optional<Long> lastWritten(LocalDate asOf, String outputDir) {
        return runLog.lastReport(asOf, outputDir);
    }

    /** The last run before {@code run} that wrote a workbook of any date into {@code outputDir}. */
    Optional<Long> lastWrittenBefore(long run, String outputDir) {
        return runLog.lastReportBefore(run, outputDir);
    }

    /**
     * Whether a run after {@code after} up to {@code upTo} opened or closed a version in the warehouse,
     * or registered a file (a rejected file changes no fact, but changes who has sent what).
     */
    boolean changed(long after, long upTo) {
        // Each side on its own, so that each is an index range (V100 and fct_rating_date_ix), not a scan.
        for (String table : TABLES) {
            if (exists("""
                    select 1 from %s where valid_from_run > ? and valid_from_run <= ? fetch first 1 rows only""".formatted(table),
                    after, upTo)
                    || exists("""
                    select 1 from %s where valid_to_run > ? and valid_to_run <= ? fetch first 1 rows only""".formatted(table),
                    after, upTo)) {
                return true;
            }
        }
        return exists("""
                select 1 from audit_submission where run_id > ? and run_id <= ? fetch first 1 rows only""", after, upTo);
    }

    private boolean exists(String sql, Object... args) {
        return !jdbc.queryForList(sql, args).isEmpty();
    }

    /** Records a workbook written, once the file is in place; a restarted run that writes again replaces its record. */
    void written(long run, LocalDate asOf, String outputDir, String fileName, Instant now) {
        runLog.reportFileWritten(run, asOf, outputDir, fileName, now);
    }

    /**
     * One run as {@code Lịch sử} lists it.
     *
     * @param opened  per table (in {@link #TABLES} order), the versions the run opened: rows added or new versions of changed rows
     * @param closed  per table, the versions it closed: rows removed or replaced
     * @param written the workbook it wrote into this folder, or null
     */
    record Run(long runId, LocalDateTime started, String status, Integer filesNew, int[] opened, int[] closed, String written) {

        int changes() {
            int sum = 0;
            for (int i = 0; i < opened.length; i++) {
                sum += opened[i] + closed[i];
            }
            return sum;
        }
    }

    /** The runs, newest first, at most {@code limit}, with their changes counted per table. */
    List<Run> runs(String outputDir, int limit) {
        Map<Long, int[]> opened = new HashMap<>();
        Map<Long, int[]> closed = new HashMap<>();
        for (int t = 0; t < TABLES.size(); t++) {
            count("""
                    select valid_from_run, count(*) from %s group by valid_from_run""".formatted(TABLES.get(t)), opened, t);
            count("""
                    select valid_to_run, count(*) from %s where valid_to_run is not null
                    group by valid_to_run""".formatted(TABLES.get(t)), closed, t);
        }
        return runLog.entries(outputDir, limit).stream().map(e -> new Run(e.runId(), e.started(), e.status(), e.filesNew(),
                opened.getOrDefault(e.runId(), new int[TABLES.size()]), closed.getOrDefault(e.runId(), new int[TABLES.size()]),
                e.reportFile())).toList();
    }

    private void count(String sql, Map<Long, int[]> into, int table) {
        jdbc.query(sql, rs -> {
            into.computeIfAbsent(rs.getLong(1), k -> new int[TABLES.size()])[table] = rs.getInt(2);
        });
    }
}
