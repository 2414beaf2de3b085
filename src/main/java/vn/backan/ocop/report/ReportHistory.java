package vn.backan.ocop.report;

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
 * The progress workbooks written so far, and what each run changed: decides whether tonight's run
 * has anything to report, which runs its {@code Thay đổi} covers, and fills {@code Lịch sử}.
 */
@Repository
class ReportHistory {

    /** The versioned tables, in the order {@code Lịch sử} shows them. */
    static final List<String> TABLES = List.of("fct_rating", "dim_entity", "fct_commune_indicator", "fct_support");

    private final JdbcTemplate jdbc;

    ReportHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The last run that wrote a workbook as of {@code asOf} into {@code outputDir}. */
    Optional<Long> lastWritten(LocalDate asOf, String outputDir) {
        return Optional.ofNullable(jdbc.queryForObject("""
                select max(run_id) from audit_report where as_of = ? and output_dir = ?""", Long.class, Date.valueOf(asOf), outputDir));
    }

    /** The last run before {@code run} that wrote a workbook of any date into {@code outputDir}. */
    Optional<Long> lastWrittenBefore(long run, String outputDir) {
        return Optional.ofNullable(jdbc.queryForObject("""
                select max(run_id) from audit_report where run_id < ? and output_dir = ?""", Long.class, run, outputDir));
    }

    /**
     * Whether a run after {@code after} up to {@code upTo} opened or closed a version in the warehouse,
     * or registered a file (a rejected file changes no fact, but changes who has sent what).
     */
    boolean changed(long after, long upTo) {
        for (String table : TABLES) {
            if (exists("""
                    select 1 from %s where (valid_from_run > ? and valid_from_run <= ?)
                    or (valid_to_run > ? and valid_to_run <= ?) fetch first 1 rows only""".formatted(table), after, upTo, after, upTo)) {
                return true;
            }
        }
        return exists("""
                select 1 from audit_submission where run_id > ? and run_id <= ? fetch first 1 rows only""", after, upTo);
    }

    private boolean exists(String sql, Object... args) {
        return !jdbc.queryForList(sql, args).isEmpty();
    }

    /** Records a workbook written; a restarted run that writes again replaces its record. */
    void written(long run, LocalDate asOf, String outputDir, String fileName, Instant now) {
        jdbc.update("""
                delete from audit_report where run_id = ? and as_of = ? and output_dir = ?""", run, Date.valueOf(asOf), outputDir);
        jdbc.update("""
                insert into audit_report (run_id, as_of, output_dir, file_name, written_at) values (?, ?, ?, ?, ?)""", run, Date.valueOf(asOf), outputDir, fileName, Timestamp.from(now));
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
        Map<Long, String> written = new HashMap<>();
        jdbc.query("""
                select run_id, file_name from audit_report where output_dir = ? order by as_of""", rs -> {
            written.merge(rs.getLong(1), rs.getString(2), (a, b) -> a + "\n" + b);
        }, outputDir);
        return jdbc.query("""
                        select run_id, started_at, status, files_new from audit_run
                        order by run_id desc fetch first ? rows only""",
                (rs, n) -> {
                    long run = rs.getLong(1);
                    return new Run(run, rs.getTimestamp(2).toLocalDateTime(), rs.getString(3), (Integer) rs.getObject(4, Integer.class),
                            opened.getOrDefault(run, new int[TABLES.size()]), closed.getOrDefault(run, new int[TABLES.size()]),
                            written.get(run));
                }, limit);
    }

    private void count(String sql, Map<Long, int[]> into, int table) {
        jdbc.query(sql, rs -> {
            into.computeIfAbsent(rs.getLong(1), k -> new int[TABLES.size()])[table] = rs.getInt(2);
        });
    }
}
