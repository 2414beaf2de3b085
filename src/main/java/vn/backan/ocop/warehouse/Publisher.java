package vn.backan.ocop.warehouse;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.backan.ocop.sheet.DerivedColumn;
import vn.backan.ocop.sheet.Sheets;
import vn.backan.ocop.submission.Period;

/**
 * Brings the warehouse in line with the submissions in force, district by district. For each versioned
 * table: materialize the wanted rows (file by file, newest first, the first copy of each key wins),
 * close the current versions that are no longer wanted or whose values changed, open versions for
 * wanted rows not yet current, and point unchanged rows at the file now in force. Set-based statements,
 * one per file in force and four per table, whatever the number of rows.
 */
@Repository
public class Publisher {

    private static final Logger log = LoggerFactory.getLogger(Publisher.class);

    /** The files in force of the districts, in the order their copies win: newest period, then latest file. */
    private static final String FILES_IN_FORCE = """
            select submission_id, district_code from audit_submission where is_current and district_code in (%s)
            order by period_ends_on desc, submission_id desc
            """;

    /**
     * Whether a file has a key that no newer file already gave, asked of its staged keys only: an older
     * round of a cumulative list usually has none, and reading its keys through the staging table's index
     * (one led by the submission) is half the cost of reading its rows to find that out (the 21 rounds of a
     * corrected district: 0.24-0.34 s against 0.51-0.60 s, warm, on the 1.15M-row benchmark's warehouse).
     */
    private static final String NEW_KEYS = """
            select 1 from %1$s p
            where p.submission_id = ?
              and not exists (select 1 from %2$s w where w.run_id = ? and w.district_code = ? and %3$s)
            fetch first 1 rows only
            """;

    /**
     * A file's offered rows whose key no newer file already gave: one index seek in the work table per
     * row, where asking every row whether a newer copy exists reads all the copies a cumulative list has.
     */
    private static final String WANTED = """
            insert into %1$s (%2$s, run_id)
            select %2$s, ? from %3$s v
            where v.submission_id = ? and not exists (select 1 from %1$s w where w.run_id = ? and %4$s)
            """;

    private static final String CLOSE_POSTGRESQL = """
            update %1$s set valid_to_run = ?, valid_to = ?
            where valid_to_run is null and district_code in (%2$s)
              and not exists (select 1 from %3$s w where w.run_id = ? and %4$s and w.row_hash = %1$s.row_hash)
            """;

    /**
     * H2 left to itself reads these through the index that leads with valid_to_run (fct_rating_date_ix), that
     * is every current version of every district, and filters the districts after: the cost of one corrected
     * file grows with the whole warehouse. Named, the table's current index (district first) seeks the
     * districts published. H2's UPDATE takes no index hint, hence a MERGE, as for re-linking.
     */
    private static final String CLOSE_H2 = """
            merge into %1$s t using (
                select f.%5$s target from %1$s f use index (%6$s)
                where f.district_code in (%2$s) and f.valid_to_run is null
                  and not exists (select 1 from %3$s w where w.run_id = ? and %4$s and w.row_hash = f.row_hash)) s
            on t.%5$s = s.target
            when matched then update set valid_to_run = ?, valid_to = ?
            """;

    private static final String OPEN = """
            insert into %1$s (%2$s, valid_from_run, valid_from)
            select %3$s, ?, ? from %4$s w
            where w.run_id = ?
              and not exists (select 1 from %1$s f where f.valid_to_run is null and %5$s and f.row_hash = w.row_hash)
            """;

    /** A current version whose wanted copy (w) has the same values but comes from another file or row. */
    private static final String CHANGED = """
            %s and w.row_hash = f.row_hash and f.valid_to_run is null
              and (w.submission_id <> f.submission_id or w.excel_row <> f.excel_row)""";

    private static final String RELINK_POSTGRESQL = """
            update %1$s f set submission_id = w.submission_id, sheet_name = w.sheet_name, excel_row = w.excel_row
            from %2$s w where w.run_id = ? and %3$s
            """;

    private static final String RELINK_H2 = """
            merge into %1$s t using (
                select f.%2$s target, w.submission_id, w.sheet_name, w.excel_row
                from %1$s f use index (%5$s) join %3$s w on w.run_id = ? and %4$s
                where f.district_code in (%6$s)) s
            on t.%2$s = s.target
            when matched then update set submission_id = s.submission_id, sheet_name = s.sheet_name, excel_row = s.excel_row
            """;

    /**
     * The current versions of the districts published whose derived columns the wanted state now computes
     * otherwise: each is joined with its wanted copy (after opening, every current version of those districts
     * has one), the versions just opened are skipped, as they were computed when opened.
     */
    private static final String DERIVED_CHANGED = """
            select d.target, %1$s from (
                select f.%2$s as target, %3$s, %4$s
                from %5$s w join %6$s f on %7$s and f.valid_to_run is null
                where w.run_id = ? and f.valid_from_run <> ?) d
            where %8$s
            """;

    private static final String REDERIVE_POSTGRESQL = """
            update %1$s t set %2$s from (%3$s) s where t.%4$s = s.target
            """;

    private static final String REDERIVE_H2 = """
            merge into %1$s t using (%3$s) s on t.%4$s = s.target
            when matched then update set %2$s
            """;

    private final JdbcTemplate jdbc;
    private final Statistics statistics;
    private final RowSinks.Engine engine;
    private final List<VersionedTable> tables;

    Publisher(JdbcTemplate jdbc, Statistics statistics, RowSinks.Engine engine, Sheets sheets) {
        this.jdbc = jdbc;
        this.statistics = statistics;
        this.engine = engine;
        this.tables = sheets.all().stream().map(d -> VersionedTable.of(d.warehouse(), d.staging())).toList();
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
        statistics.refreshStaging("audit_submission");
        String in = String.join(", ", Collections.nCopies(districts.size(), "?"));
        Object[] districtArgs = districts.toArray();
        List<FileInForce> files = jdbc.query(FILES_IN_FORCE.formatted(in),
                (rs, i) -> new FileInForce(rs.getLong(1), rs.getString(2)), districtArgs);
        List<Changes> changes = new ArrayList<>();
        for (VersionedTable t : tables) {
            changes.add(publish(t, runId, in, districtArgs, files, Timestamp.from(now)));
        }
        statistics.refreshWarehouse();
        return changes;
    }

    private record FileInForce(long id, String district) {
    }

    private Changes publish(VersionedTable t, long runId, String in, Object[] districts, List<FileInForce> files, Timestamp now) {
        long started = System.nanoTime();
        String columns = String.join(", ", t.columns());
        // Left by an earlier attempt of this run that was stopped before its rows were truncated.
        jdbc.update("delete from %s where run_id = ?".formatted(t.work()), runId);
        String wantedRows = WANTED.formatted(t.work(), columns, t.offered(), t.keyMatch("w", "v"));
        long rows = 0;
        long measured = 0;
        // Null for a table whose keys are not all staged columns: its files are read whole.
        String newKeys = t.stagedKeys().isEmpty() ? null : NEW_KEYS.formatted(t.staging(), t.work(), String.join(" and ",
                t.stagedKeys().stream().map(k -> "w.%s = p.%s".formatted(k, k)).toList()));
        for (FileInForce file : files) {
            if (newKeys != null && jdbc.queryForList(newKeys, Integer.class, file.id(), runId, file.district()).isEmpty()) {
                continue;
            }
            rows += jdbc.update(wantedRows, runId, file.id(), runId);
            if (rows > 2 * measured + 1_000) {
                // PostgreSQL plans the next file's "key already given?" on the work table's size when it
                // last measured it: measured empty, it merged every row of the district with every row
                // of the file (minutes for the 1.15-million-row benchmark) instead of seeking the index.
                statistics.refresh(t.work());
                measured = rows;
            }
        }
        long wanted = System.nanoTime();

        int closed = engine == RowSinks.Engine.POSTGRESQL
                ? jdbc.update(CLOSE_POSTGRESQL.formatted(t.table(), in, t.work(), t.keyMatch("w", t.table())),
                        args(runId, now, districts, runId))
                : jdbc.update(CLOSE_H2.formatted(t.table(), in, t.work(), t.keyMatch("w", "f"), t.key(), t.currentIndex()),
                        args(districts, runId, runId, now));
        long closing = System.nanoTime();

        List<String> inserted = new ArrayList<>(t.columns());
        List<String> selected = new ArrayList<>(t.columns().stream().map("w.%s"::formatted).toList());
        for (DerivedColumn d : t.derived()) {
            inserted.add(d.column().name());
            selected.add(d.fromWanted());
        }
        int opened = jdbc.update(OPEN.formatted(t.table(), String.join(", ", inserted), String.join(", ", selected), t.work(),
                t.keyMatch("f", "w")), runId, now, runId);
        long opening = System.nanoTime();

        // Every wanted row opened its own version: no current version matches one from another source, and
        // the re-linking join (6 of 40 s when 400,000 ratings first arrive) would find nothing.
        int relinked = opened < rows ? relink(t, runId, in, districts) : 0;
        long relinking = System.nanoTime();
        // Only versions that stayed current while others opened or closed can have a new derived value: the
        // first load of a district (all opened) and a rerun that changed nothing have none.
        int rederived = opened < rows && opened + closed > 0 ? rederive(t, runId) : 0;
        long rederiving = System.nanoTime();
        log.info("Published {}: {} versions closed, {} opened, {} re-linked to the file in force, {} re-derived ({} ms: "
                        + "wanted {}, closing {}, opening {}, re-linking {}, re-deriving {})", t.table(), closed, opened,
                relinked, rederived, millis(started, System.nanoTime()), millis(started, wanted), millis(wanted, closing),
                millis(closing, opening), millis(opening, relinking), millis(relinking, rederiving));
        return new Changes(t.table(), closed, opened, relinked);
    }

    /**
     * Points the current versions whose wanted copy now comes from another file or row at that copy.
     * Set-based on both engines, each in its own dialect: an UPDATE whose rows are picked by a subquery
     * on the same table makes H2 re-run that subquery for every row (2 minutes for one corrected file
     * of 6,000 ratings), while H2's MERGE and PostgreSQL's UPDATE ... FROM join once. On H2 through the
     * table's current index, as closing.
     */
    private int relink(VersionedTable t, long runId, String in, Object[] districts) {
        String changed = CHANGED.formatted(t.keyMatch("w", "f"));
        if (engine == RowSinks.Engine.POSTGRESQL) {
            return jdbc.update(RELINK_POSTGRESQL.formatted(t.table(), t.work(), changed), runId);
        }
        return jdbc.update(RELINK_H2.formatted(t.table(), t.key(), t.work(), changed, t.currentIndex(), in), args(runId, districts));
    }

    /**
     * Empties the work tables, once the publish that filled them has committed: their rows are only needed
     * within it. Deleting them inside the publish transaction took 8 s for the 400,000 wanted ratings of the
     * 41-file benchmark, and H2 then wrote each deletion again at commit; TRUNCATE takes milliseconds, but
     * on H2 it commits, so it cannot run inside. Rows a crash leaves behind carry their run's id, which no
     * later publish reads, and go with the next truncation.
     */
    public void clearWork() {
        for (VersionedTable t : tables) {
            jdbc.execute("truncate table %s".formatted(t.work()));
        }
    }

    /**
     * Corrects the derived columns of the current versions that stayed current: a rating opened or closed
     * for a product changes the span of its other ratings. Only rows whose value differs are written (an
     * update of every rating of a district costs tens of seconds on H2); the same dialects as re-linking.
     */
    private int rederive(VersionedTable t, long runId) {
        if (t.derived().isEmpty()) {
            return 0;
        }
        List<String> names = t.derived().stream().map(d -> d.column().name()).toList();
        List<String> stored = new ArrayList<>();
        List<String> computed = new ArrayList<>();
        List<String> differs = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            stored.add("f.%s as stored_%d".formatted(names.get(i), i));
            computed.add("%s as %s".formatted(t.derived().get(i).fromWanted(), names.get(i)));
            differs.add("d.stored_%d is distinct from d.%s".formatted(i, names.get(i)));
        }
        String changed = DERIVED_CHANGED.formatted(String.join(", ", names.stream().map("d.%s"::formatted).toList()),
                t.key(), String.join(", ", stored), String.join(", ", computed), t.work(), t.table(), t.keyMatch("f", "w"),
                String.join(" or ", differs));
        String set = String.join(", ", names.stream().map(n -> "%s = s.%s".formatted(n, n)).toList());
        String sql = engine == RowSinks.Engine.POSTGRESQL ? REDERIVE_POSTGRESQL : REDERIVE_H2;
        return jdbc.update(sql.formatted(t.table(), set, changed, t.key()), runId, runId);
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    /** The periods of the submissions in force, as a small dimension. */
    private void periods() {
        List<String> codes = jdbc.queryForList("""
                select distinct period_code from audit_submission
                where is_current and period_code not in (select period_code from dim_period)
                """, String.class);
        for (String code : codes) {
            Period period = Period.ofCode(code);
            jdbc.update("""
                    insert into dim_period (period_code, period_year, half_no, starts_on, ends_on, label)
                    values (?, ?, ?, ?, ?, ?)
                    """, code, period.year(), period.half(), period.startsOn(), period.endsOn(), period.label());
        }
    }

    private static Object[] args(Object... parts) {
        List<Object> all = new ArrayList<>();
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
