package vn.backan.ocop.warehouse;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Brings the warehouse in line with the submissions in force, district by district. For each versioned
 * table: materialize the wanted rows, close the current versions that are no longer wanted or whose
 * values changed, open versions for wanted rows not yet current, and point unchanged rows at the file
 * now in force. Four set-based statements per table, whatever the number of rows.
 */
@Repository
public class Publisher {

    private static final Logger log = LoggerFactory.getLogger(Publisher.class);

    private final JdbcTemplate jdbc;
    private final Statistics statistics;
    private final RowSinks.Engine engine;

    Publisher(JdbcTemplate jdbc, Statistics statistics, RowSinks.Engine engine) {
        this.jdbc = jdbc;
        this.statistics = statistics;
        this.engine = engine;
    }

    /** What publishing changed in one table. */
    public record Changes(String table, int closed, int opened, int relinked) {
    }

    public List<Changes> publish(long runId, Collection<String> districts, Instant now) {
        if (districts.isEmpty()) {
            return List.of();
        }
        periods();
        // The views below read what staging just received: plan them on its real size.
        statistics.refresh("stg_product", "stg_entity", "stg_commune_indicator", "stg_support", "audit_submission");
        String in = String.join(", ", Collections.nCopies(districts.size(), "?"));
        Object[] districtArgs = districts.toArray();
        List<Changes> changes = new java.util.ArrayList<>();
        for (VersionedTable t : VersionedTable.ALL) {
            changes.add(publish(t, runId, in, districtArgs, Timestamp.from(now)));
        }
        statistics.refresh(VersionedTable.ALL.stream().map(VersionedTable::table).toArray(String[]::new));
        return changes;
    }

    private Changes publish(VersionedTable t, long runId, String in, Object[] districts, Timestamp now) {
        long started = System.nanoTime();
        String columns = String.join(", ", t.columns());
        jdbc.update("delete from " + t.work() + " where run_id = ?", runId);
        jdbc.update("insert into " + t.work() + " (" + columns + ", run_id) select " + columns + ", ? from " + t.wanted()
                + " where district_code in (" + in + ")", args(runId, districts));
        long wanted = System.nanoTime();

        int closed = jdbc.update("update " + t.table() + " set valid_to_run = ?, valid_to = ? where valid_to_run is null "
                + "and district_code in (" + in + ") and not exists (select 1 from " + t.work() + " w where w.run_id = ? and "
                + t.keyMatch("w", t.table()) + " and w.row_hash = " + t.table() + ".row_hash)",
                args(runId, now, districts, runId));
        long closing = System.nanoTime();

        String prefixed = String.join(", ", t.columns().stream().map(c -> "w." + c).toList());
        int opened = jdbc.update("insert into " + t.table() + " (" + columns + ", valid_from_run, valid_from) select "
                + prefixed + ", ?, ? from " + t.work() + " w where w.run_id = ? and not exists (select 1 from " + t.table()
                + " f where f.valid_to_run is null and " + t.keyMatch("f", "w") + " and f.row_hash = w.row_hash)",
                runId, now, runId);
        long opening = System.nanoTime();

        int relinked = relink(t, runId);
        long relinking = System.nanoTime();
        jdbc.update("delete from " + t.work() + " where run_id = ?", runId);
        log.info("Published {}: {} versions closed, {} opened, {} re-linked to the file in force ({} ms: wanted {}, "
                        + "closing {}, opening {}, re-linking {})", t.table(), closed, opened, relinked,
                millis(started, System.nanoTime()), millis(started, wanted), millis(wanted, closing), millis(closing, opening),
                millis(opening, relinking));
        return new Changes(t.table(), closed, opened, relinked);
    }

    /**
     * Points the current versions whose wanted copy now comes from another file or row at that copy.
     * Set-based on both engines, each in its own dialect: an UPDATE whose rows are picked by a subquery
     * on the same table makes H2 re-run that subquery for every row (2 minutes for one corrected file
     * of 6,000 ratings), while H2's MERGE and PostgreSQL's UPDATE ... FROM join once.
     */
    private int relink(VersionedTable t, long runId) {
        String changed = t.keyMatch("w", "f") + " and w.row_hash = f.row_hash and f.valid_to_run is null "
                + "and (w.submission_id <> f.submission_id or w.excel_row <> f.excel_row)";
        if (engine == RowSinks.Engine.POSTGRESQL) {
            return jdbc.update("update " + t.table() + " f set submission_id = w.submission_id, sheet_name = w.sheet_name, "
                    + "excel_row = w.excel_row from " + t.work() + " w where w.run_id = ? and " + changed, runId);
        }
        return jdbc.update("merge into " + t.table() + " t using (select f." + t.key() + " target, w.submission_id, "
                + "w.sheet_name, w.excel_row from " + t.table() + " f join " + t.work() + " w on w.run_id = ? and " + changed
                + ") s on t." + t.key() + " = s.target when matched then update set submission_id = s.submission_id, "
                + "sheet_name = s.sheet_name, excel_row = s.excel_row", runId);
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    /** The periods of the submissions in force, as a small dimension. */
    private void periods() {
        List<String> codes = jdbc.queryForList("select distinct period_code from audit_submission where is_current "
                + "and period_code not in (select period_code from dim_period)", String.class);
        for (String code : codes) {
            var period = vn.backan.ocop.submission.Period.ofCode(code);
            jdbc.update("insert into dim_period (period_code, period_year, half_no, starts_on, ends_on, label) values (?, ?, ?, ?, ?, ?)",
                    code, period.year(), period.half(), period.startsOn(), period.endsOn(), period.label());
        }
    }

    private static Object[] args(Object... parts) {
        List<Object> all = new java.util.ArrayList<>();
        for (Object part : parts) {
            if (part instanceof Object[] many) {
                Collections.addAll(all, many);
            } else {
                all.add(part);
            }
        }
        return all.toArray();
    }
}
