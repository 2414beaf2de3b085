package vn.backan.ocop.product;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.jdbc.core.RowCallbackHandler;

import vn.backan.ocop.sheet.CrossRowRule;
import vn.backan.ocop.sheet.ExcelRows;
import vn.backan.ocop.submission.Column;
import vn.backan.ocop.submission.SheetKind;
import vn.backan.ocop.validation.IssueCode;

/**
 * A rating (product, recognition date) whose values differ from the copy the nearest earlier period's
 * file in force sent for the district: the clerk is told which columns changed. Only the nearest copy
 * counts: a change the clerk already sent in an earlier round is not reported again in every later one.
 */
final class RatingDiffersFromEarlier implements CrossRowRule {

    /** A staging column compared, and the clerk's column it is reported as (set and group both as the group). */
    private record Compared(String column, Column reportedAs) {
    }

    private static final List<Compared> COMPARED = List.of(new Compared("product_name", Column.PRODUCT_NAME),
            new Compared("set_no", Column.PRODUCT_GROUP), new Compared("group_no", Column.PRODUCT_GROUP),
            new Compared("entity_name", Column.PRODUCT_ENTITY), new Compared("commune_code", Column.PRODUCT_COMMUNE),
            new Compared("stars", Column.PRODUCT_STARS), new Compared("score", Column.PRODUCT_SCORE),
            new Compared("decision_no", Column.PRODUCT_DECISION), new Compared("recognition_level", Column.PRODUCT_LEVEL),
            new Compared("value_chain", Column.PRODUCT_VALUE_CHAIN), new Compared("product_code", Column.PRODUCT_CODE));

    /** What the queries read of a row: its hash, then the compared columns. */
    private static final List<String> READ = Stream.concat(Stream.of("row_hash"), COMPARED.stream().map(Compared::column)).toList();

    /** What a row whose hash differs from its copy's is reported with: {@link #READ}, then its sheet's name. */
    private static final List<String> REPORTED = Stream.concat(READ.stream(), Stream.of("sheet_name")).toList();

    /**
     * The district's earlier files in force, newest period first: most ratings have their copy in the
     * first (the nearest), the rest are sought in the others.
     */
    private static final String EARLIER_FILES = """
            select e.submission_id, e.period_code, e.period_ends_on from audit_submission e
            join audit_submission s on s.submission_id = ?
            where e.is_current and e.district_code = s.district_code and e.period_ends_on < s.period_ends_on
            order by e.period_ends_on desc, e.submission_id desc
            """;

    /**
     * The ratings of the file and of that nearest file in one stream, in rating order, the nearest file's
     * copies (first by Excel row) before the file's own. Two ranges of the primary key and one sort: a
     * join sought each row's copy through the rating index and fetched it, three times slower on H2. Only
     * the rows' hashes are compared here, so the sort holds the key, the row and the hash only: sorting the
     * compared values too (ten columns more) made H2 write most of the sort to a temporary file, as two
     * files' rows exceed the rows it keeps in memory under a small heap (10,000 at 256 MB). Only equality
     * is asked of the order, so the database's collation does not matter.
     */
    private static final String BOTH_FILES = """
            select submission_id, excel_row, product_key, recognised_on, row_hash
            from %1$s
            where submission_id in (?, ?) and outcome <> 'rejected' and product_key is not null and recognised_on is not null
            order by product_key, recognised_on, case when submission_id = ? then 0 else 1 end, excel_row
            """;

    /**
     * Some of the file's rows, by Excel row, each with the row of its first copy in one earlier file (null
     * if none): a seek per row in the rating index, led by the file. The rows are those left out of the
     * nearest file (rated in an older round, or new), {@value #BATCH} at a time. A subquery rather than a
     * join, so that H2 walks the rows asked for, not the file's every row.
     */
    private static final String COPIES = """
            select p.excel_row,
                   (select min(o.excel_row) from %1$s o
                    where o.submission_id = ? and o.product_key = p.product_key and o.recognised_on = p.recognised_on
                      and o.outcome <> 'rejected')
            from %2$s
            join %1$s p on p.submission_id = ? and p.excel_row = v.excel_row
            """;

    /**
     * The file's ratings by Excel row (a range of the primary key, no sort), compared with a copy of the nearest
     * file's ratings kept from earlier in the run.
     */
    private static final String OWN_ROWS = """
            select excel_row, product_key, recognised_on, row_hash
            from %1$s
            where submission_id = ? and outcome <> 'rejected' and product_key is not null and recognised_on is not null
            order by excel_row
            """;

    private static final int BATCH = 1000;

    /** Ratings kept of the files checked in a run, at most (about 250 bytes each). */
    private static final int KEPT = 50_000;

    /**
     * The first copy of each rating of the files checked in this run, by file, oldest evicted first: a file
     * whose nearest earlier file was checked before it in the run (the first load of a district's rounds) is
     * compared with it in memory, reading its own rows only. Otherwise both files are read together, sorted.
     */
    private final Map<Long, Copies> checked = new LinkedHashMap<>();

    @Override
    public void prepare(Run run) {
        checked.clear();
    }

    /** The copies are not held through the publish, report and feedback steps that follow the review. */
    @Override
    public void finish() {
        checked.clear();
    }

    @Override
    public void check(Scope s, Findings found) {
        if (s.districtCode() == null) {
            return;
        }
        List<Earlier> earlier = s.cursor().query(EARLIER_FILES,
                (rs, i) -> new Earlier(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class)), s.id());
        String table = s.stagingTable(SheetKind.PRODUCT);
        Copies mine = new Copies(KEPT);
        if (earlier.isEmpty()) {
            // The district's first file in force: nothing earlier to compare with, but a later round may be.
            s.cursor().query(OWN_ROWS.formatted(table), (RowCallbackHandler) rs -> mine.add(rs), s.id());
            keep(s.id(), mine);
            return;
        }
        Earlier nearest = earlier.get(0);
        Differences nearestDifferences = new Differences(s, found, nearest);
        LocalDate olderEnd = earlier.size() > 1 ? earlier.get(1).endsOn() : null;
        Copies theirs = checked.get(nearest.id());
        BitSet left;
        if (theirs != null) {
            BesideCopies beside = new BesideCopies(nearestDifferences, theirs, mine, olderEnd);
            s.cursor().query(OWN_ROWS.formatted(table), beside, s.id());
            left = beside.withoutCopy;
        } else {
            BesideNearest inNearest = new BesideNearest(nearestDifferences, mine, olderEnd);
            s.cursor().query(BOTH_FILES.formatted(table), inNearest, s.id(), nearest.id(), nearest.id());
            left = inNearest.withoutCopy;
        }
        nearestDifferences.report();
        keep(s.id(), mine);
        for (Earlier older : earlier.subList(1, earlier.size())) {
            if (left.isEmpty()) {
                return;
            }
            Differences differences = new Differences(s, found, older);
            for (int from = left.nextSetBit(0); from >= 0; ) {
                List<Integer> rows = new ArrayList<>();
                for (int row = from; row >= 0 && rows.size() < BATCH; row = left.nextSetBit(row + 1)) {
                    rows.add(row);
                }
                from = left.nextSetBit(rows.get(rows.size() - 1) + 1);
                List<Object> args = new ArrayList<>(rows.size() + 2);
                args.add(older.id());
                args.addAll(rows);
                args.add(s.id());
                s.cursor().query(COPIES.formatted(table, ExcelRows.values(rows.size())), rs -> {
                    int copy = rs.getInt(2);
                    if (!rs.wasNull()) {
                        left.clear(rs.getInt(1));
                        differences.add(rs.getInt(1), copy); // reported only if the two rows differ
                    }
                }, args.toArray());
            }
            differences.report();
        }
    }

    /** Keeps a file's copies for the files after it in the run, within {@link #KEPT} ratings in all. */
    private void keep(long file, Copies copies) {
        if (copies.full) {
            return;
        }
        checked.put(file, copies);
        int total = checked.values().stream().mapToInt(c -> c.byRating.size()).sum();
        for (var i = checked.values().iterator(); total > KEPT && i.hasNext(); ) {
            total -= i.next().byRating.size();
            i.remove();
        }
    }

    /** A rating: the product and the day it was recognised, as the driver gives them. */
    private record Rating(Object product, Object day) {
    }

    /** A file's first copy of a rating: its Excel row and hash. */
    private record Copy(int row, String hash) {
    }

    /** The first copy of each rating of a file, up to a limit: beyond it, none is kept. */
    private static final class Copies {
        private final int limit;
        final Map<Rating, Copy> byRating = new HashMap<>();
        boolean full;

        Copies(int limit) {
            this.limit = limit;
        }

        /** A row of {@link #OWN_ROWS}. */
        void add(ResultSet rs) throws SQLException {
            add(new Rating(rs.getObject(2), rs.getObject(3)), rs.getInt(1), rs.getString(4));
        }

        /** Rows come in Excel row order within a rating, so the first kept is the first copy. */
        void add(Rating rating, int row, String hash) {
            if (full) {
                return;
            }
            byRating.putIfAbsent(rating, new Copy(row, hash));
            if (byRating.size() > limit) {
                full = true;
                byRating.clear();
            }
        }
    }

    /** Reads {@link #OWN_ROWS} against the nearest file's copies kept in memory: as {@link BesideNearest} decides. */
    private static final class BesideCopies implements RowCallbackHandler {

        private final Differences differences;
        private final Copies theirs;
        private final Copies mine;
        private final LocalDate olderEnd;
        final BitSet withoutCopy = new BitSet();

        BesideCopies(Differences differences, Copies theirs, Copies mine, LocalDate olderEnd) {
            this.differences = differences;
            this.theirs = theirs;
            this.mine = mine;
            this.olderEnd = olderEnd;
        }

        @Override
        public void processRow(ResultSet rs) throws SQLException {
            Rating rating = new Rating(rs.getObject(2), rs.getObject(3));
            int row = rs.getInt(1);
            String hash = rs.getString(4);
            mine.add(rating, row, hash);
            Copy copy = theirs.byRating.get(rating);
            if (copy == null) {
                if (olderEnd != null && !rs.getObject(3, LocalDate.class).isAfter(olderEnd)) {
                    withoutCopy.set(row);
                }
            } else if (!Objects.equals(hash, copy.hash())) {
                differences.add(row, copy.row());
            }
        }
    }

    /** An earlier file in force of the district, and the day its period ends. */
    private record Earlier(long id, String period, LocalDate endsOn) {
    }

    /**
     * Reads {@link #BOTH_FILES}: keeps the nearest file's first copy of each rating and flags the file's
     * rows of that rating whose hash differs from it. Ratings come in key order, so the findings do too.
     */
    private static final class BesideNearest implements RowCallbackHandler {

        private final Differences differences;
        private final long nearestFile;
        private final Object[] key = new Object[2];
        /** The nearest file's copy of the current rating: its Excel row and hash, or none (0). */
        private int copyRow;
        private String copyHash;
        /**
         * The last day of the older files' periods (null if none): a rating recognised after it is new since
         * them, as a file's rows recognised after its period ends are rejected (DATE_AFTER_PERIOD_END, an
         * error). Only older ratings are sought there: most ratings a file lacks the nearest copy of are new.
         */
        private final LocalDate olderEnd;
        /** Rows of the file with no copy in the nearest file that an older file may have a copy of. */
        final BitSet withoutCopy = new BitSet();

        /** The file's own first copies, kept for the files after it. */
        private final Copies mine;

        BesideNearest(Differences differences, Copies mine, LocalDate olderEnd) {
            this.differences = differences;
            this.nearestFile = differences.earlier.id();
            this.mine = mine;
            this.olderEnd = olderEnd;
        }

        @Override
        public void processRow(ResultSet rs) throws SQLException {
            Object product = rs.getObject(3);
            Object day = rs.getObject(4);
            if (!(product.equals(key[0]) && day.equals(key[1]))) {
                key[0] = product;
                key[1] = day;
                copyRow = 0;
            }
            if (rs.getLong(1) == nearestFile) {
                if (copyRow == 0) {
                    copyRow = rs.getInt(2);
                    copyHash = rs.getString(5);
                }
                return;
            }
            mine.add(new Rating(product, day), rs.getInt(2), rs.getString(5));
            if (copyRow == 0) {
                if (olderEnd != null && !rs.getObject(4, LocalDate.class).isAfter(olderEnd)) {
                    withoutCopy.set(rs.getInt(2));
                }
            } else if (!Objects.equals(rs.getString(5), copyHash)) {
                differences.add(rs.getInt(2), copyRow);
            }
        }
    }

    /**
     * The file's rows found differing from their copy in one earlier file, reported with the columns that
     * differ: both rows are read again, {@value #BATCH} pairs at a time, since only the hashes were compared.
     * Reported in the file's row order, however they were found (in rating order, or by row): the feedback
     * lists a rule's first findings, and they are the same whichever way the file was compared.
     */
    private static final class Differences {

        private final Scope scope;
        private final Findings found;
        final Earlier earlier;
        /** Each row whose hash differs from its copy's, with its copy's row: row in the high half. */
        private long[] differ = new long[64];
        private int size;

        Differences(Scope scope, Findings found, Earlier earlier) {
            this.scope = scope;
            this.found = found;
            this.earlier = earlier;
        }

        void add(int row, int copyRow) {
            if (size == differ.length) {
                differ = Arrays.copyOf(differ, size * 2);
            }
            differ[size++] = (long) row << 32 | copyRow & 0xFFFFFFFFL;
        }

        /** Reports the rows found differing, in row order. */
        void report() {
            Arrays.sort(differ, 0, size);
            for (int from = 0; from < size; from += BATCH) {
                report(from, Math.min(from + BATCH, size));
            }
            size = 0;
        }

        private void report(int from, int to) {
            List<Integer> rows = new ArrayList<>(to - from);
            List<Integer> copies = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                rows.add((int) (differ[i] >>> 32));
                copies.add((int) differ[i]);
            }
            Map<Integer, Object[]> mine = scope.rows(SheetKind.PRODUCT, scope.id(), REPORTED, rows);
            Map<Integer, Object[]> theirs = scope.rows(SheetKind.PRODUCT, earlier.id(), REPORTED, copies);
            int sheet = READ.size();
            for (int i = 0; i < rows.size(); i++) {
                Object[] row = mine.get(rows.get(i));
                Object[] copy = theirs.get(copies.get(i));
                if (Objects.equals(row[0], copy[0])) {
                    continue; // READ: the hash, then the compared columns, the name first
                }
                found.add(IssueCode.RATING_DIFFERS_FROM_EARLIER, Column.PRODUCT_NAME, rows.get(i), (String) row[sheet],
                        (String) row[1], earlier.period(), differing(row, copy));
            }
        }
    }

    /** The headers of the compared columns that differ, once each; index 0 of both arrays is the row hash. */
    private static String differing(Object[] mine, Object[] theirs) {
        List<String> differing = new ArrayList<>();
        for (int i = 0; i < COMPARED.size(); i++) {
            String header = COMPARED.get(i).reportedAs().header();
            if (!same(mine[i + 1], theirs[i + 1]) && !differing.contains(header)) {
                differing.add(header);
            }
        }
        return String.join(", ", differing);
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }
}
