package vn.backan.ocop.warehouse;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.backan.ocop.sheet.Sheets;

/**
 * What a run did with each file it registered, in the manner of DHIS2's import summary: rows read,
 * imported (new to the warehouse), updated (a new version of a record already there), unchanged
 * (already there as they are), rejected, loaded with warnings. The row counts are the ones
 * {@code status} and the workbooks show (audit_submission_sheet); the warehouse counts are the
 * versions the run opened, closed and kept for that file.
 */
@Repository
public class ImportSummary {

    private final JdbcTemplate jdbc;
    private final List<VersionedTable> tables;

    public ImportSummary(JdbcTemplate jdbc, Sheets sheets) {
        this.jdbc = jdbc;
        this.tables = sheets.all().stream().map(d -> VersionedTable.of(d.warehouse(), d.staging())).toList();
    }

    /** One file's line of the summary. */
    public record FileCounts(long submissionId, String filePath, String status, boolean current, long read, long imported,
                             long updated, long unchanged, long rejected, long warnings) {

        FileCounts plus(long imported, long updated, long unchanged) {
            return new FileCounts(submissionId, filePath, status, current, read, this.imported + imported,
                    this.updated + updated, this.unchanged + unchanged, rejected, warnings);
        }
    }

    public List<FileCounts> of(long runId) {
        Map<Long, FileCounts> files = new HashMap<>();
        List<Long> order = new ArrayList<>();
        jdbc.query("""
                select s.submission_id, s.file_path, s.status, s.is_current,
                       coalesce(sum(h.rows_read), 0), coalesce(sum(h.rows_rejected), 0), coalesce(sum(h.rows_warning), 0)
                from audit_submission s left join audit_submission_sheet h on h.submission_id = s.submission_id
                where s.run_id = ?
                group by s.submission_id, s.file_path, s.status, s.is_current
                order by s.submission_id
                """, rs -> {
            long id = rs.getLong(1);
            order.add(id);
            files.put(id, new FileCounts(id, rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getLong(5), 0, 0, 0,
                    rs.getLong(6), rs.getLong(7)));
        }, runId);
        for (VersionedTable t : tables) {
            jdbc.query(versions(t), rs -> {
                long id = rs.getLong(1);
                files.computeIfPresent(id, (k, f) -> {
                    try {
                        return f.plus(rs.getLong(2), rs.getLong(3), rs.getLong(4));
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
            }, runId, runId, runId, runId, runId, runId);
        }
        return order.stream().map(files::get).toList();
    }

    /** Opened this run for a key that had no version closed this run (imported) or had one (updated); kept (unchanged). */
    private static String versions(VersionedTable t) {
        return """
                select f.submission_id,
                       sum(case when f.valid_from_run = ? and not exists (select 1 from %1$s o where o.valid_to_run = ? and %2$s)
                           then 1 else 0 end),
                       sum(case when f.valid_from_run = ? and exists (select 1 from %1$s o where o.valid_to_run = ? and %2$s)
                           then 1 else 0 end),
                       sum(case when f.valid_from_run < ? and f.valid_to_run is null then 1 else 0 end)
                from %1$s f
                where f.submission_id in (select submission_id from audit_submission where run_id = ?)
                group by f.submission_id
                """.formatted(t.table(), t.keyMatch("o", "f"));
    }
}
