package vn.backan.ocop.warehouse;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.backan.ocop.sheet.Sheets;

/**
 * Deletes the staged rows of files superseded for longer than the retention ({@code ocop.superseded-rows-kept}).
 * What stays: the file's registry entry and sheet summaries (audit), its issues ({@code stg_issue}, so its
 * feedback can still be told) and the warehouse versions published from it, whose lineage names the file
 * and Excel row. Rules and publishing read only files in force, so nothing they need goes.
 */
@Repository
public class StagingRetention {

    private static final Logger log = LoggerFactory.getLogger(StagingRetention.class);

    /** Superseded files whose successor arrived before the cut-off and whose rows are still staged. */
    private static final String DUE = """
            select s.submission_id from audit_submission s
            join audit_submission n on n.submission_id = s.superseded_by
            where not s.is_current and s.staged_rows_purged_at is null and n.received_at <= ?
            order by s.submission_id
            """;

    private static final String PURGED = "update audit_submission set staged_rows_purged_at = ? where submission_id = ?";

    private final JdbcTemplate jdbc;
    private final List<String> tables;

    StagingRetention(JdbcTemplate jdbc, Sheets sheets) {
        this.jdbc = jdbc;
        this.tables = sheets.all().stream().map(d -> d.staging().name()).toList();
    }

    /** @param kept how long a superseded file's rows stay staged; null keeps them for ever */
    public int purge(Duration kept, Instant now) {
        if (kept == null) {
            return 0;
        }
        List<Long> due = jdbc.queryForList(DUE, Long.class, Timestamp.from(now.minus(kept)));
        long rows = 0;
        for (long submission : due) {
            for (String table : tables) {
                rows += jdbc.update("delete from %s where submission_id = ?".formatted(table), submission);
            }
            jdbc.update(PURGED, Timestamp.from(now), submission);
        }
        if (!due.isEmpty()) {
            log.info("Retention: deleted {} staged rows of {} files superseded more than {} ago", rows, due.size(), kept);
        }
        return due.size();
    }
}
