package vn.backan.ocop.product;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
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

    private static final int BATCH = 1000;

    @Override
    public void check(Scope s, Findings found) {
        if (s.districtCode() == null) {
            return;
        }
        List<Earlier> earlier = s.cursor().query(EARLIER_FILES,
                (rs, i) -> new Earlier(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class)), s.id());
        if (earlier.isEmpty()) {
            return; // the district's first file in force: nothing earlier to compare with
        }
        Earlier nearest = earlier.get(0);
        String table = s.stagingTable(SheetKind.PRODUCT);
        BesideNearest inNearest = new BesideNearest(new Differences(s, found, nearest),
                earlier.size() > 1 ? earlier.get(1).endsOn() : null);
        s.cursor().query(BOTH_FILES.formatted(table), inNearest, s.id(), nearest.id(), nearest.id());
        inNearest.differences.report();
        BitSet left = inNearest.withoutCopy;
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

        BesideNearest(Differences differences, LocalDate olderEnd) {
            this.differences = differences;
            this.nearestFile = differences.earlier.id();
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
     */
    private static final class Differences {

        private final Scope scope;
        private final Findings found;
        final Earlier earlier;
        /** Rows whose hash differs from their copy's, each with its copy's row, not yet reported. */
        private final List<int[]> differ = new ArrayList<>();

        Differences(Scope scope, Findings found, Earlier earlier) {
            this.scope = scope;
            this.found = found;
            this.earlier = earlier;
        }

        void add(int row, int copyRow) {
            differ.add(new int[] {row, copyRow});
            if (differ.size() >= BATCH) {
                report();
            }
        }

        /** Reports the rows found differing so far. */
        void report() {
            if (differ.isEmpty()) {
                return;
            }
            Map<Integer, Object[]> mine = scope.rows(SheetKind.PRODUCT, scope.id(), REPORTED, differ.stream().map(d -> d[0]).toList());
            Map<Integer, Object[]> theirs = scope.rows(SheetKind.PRODUCT, earlier.id(), REPORTED, differ.stream().map(d -> d[1]).toList());
            int sheet = READ.size();
            for (int[] d : differ) {
                Object[] row = mine.get(d[0]);
                Object[] copy = theirs.get(d[1]);
                if (Objects.equals(row[0], copy[0])) {
                    continue; // READ: the hash, then the compared columns, the name first
                }
                found.add(IssueCode.RATING_DIFFERS_FROM_EARLIER, Column.PRODUCT_NAME, d[0], (String) row[sheet], (String) row[1],
                        earlier.period(), differing(row, copy));
            }
            differ.clear();
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
