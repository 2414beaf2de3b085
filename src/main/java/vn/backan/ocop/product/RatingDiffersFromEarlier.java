package vn.backan.ocop.product;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.jdbc.core.RowCallbackHandler;

import vn.backan.ocop.sheet.CrossRowRule;
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

    /** {@link #READ} of a row (p) and of its copy (o), column by column. */
    private static final String PAIRS = READ.stream().map("p.%1$s, o.%1$s"::formatted).collect(Collectors.joining(", "));

    /** The district's file in force for the nearest earlier period: most ratings have their copy there. */
    private static final String NEAREST_FILE = """
            select e.submission_id, e.period_code from audit_submission e
            join audit_submission s on s.submission_id = ?
            where e.is_current and e.district_code = s.district_code and e.period_ends_on < s.period_ends_on
            order by e.period_ends_on desc, e.submission_id desc
            fetch first 1 rows only
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

    /** The rest (rated in an older round, left out of the nearest file): the newest copy of every earlier file. */
    private static final String IN_OLDER_FILES = """
            select p.excel_row, p.sheet_name, os.period_code, %2$s
            from %1$s p
            join audit_submission ps on ps.submission_id = p.submission_id
            join %1$s o on o.product_key = p.product_key and o.recognised_on = p.recognised_on
             and o.outcome <> 'rejected' and o.district_code = ps.district_code
            join audit_submission os on os.submission_id = o.submission_id and os.is_current
             and os.district_code = ps.district_code and os.period_ends_on < ps.period_ends_on
            where p.submission_id = ? and p.outcome <> 'rejected'
              and not exists (select 1 from %1$s n where n.submission_id = ? and n.product_key = p.product_key
                              and n.recognised_on = p.recognised_on and n.outcome <> 'rejected')
            order by p.excel_row, os.period_ends_on desc, os.submission_id desc, o.excel_row
            """;

    @Override
    public void check(Scope s, Findings found) {
        if (s.districtCode() == null) {
            return;
        }
        List<Object[]> nearest = s.cursor().query(NEAREST_FILE, (rs, i) -> new Object[] {rs.getLong(1), rs.getString(2)}, s.id());
        if (nearest.isEmpty()) {
            return; // the district's first file in force: nothing earlier to compare with
        }
        long file = (Long) nearest.get(0)[0];
        String table = s.stagingTable(SheetKind.PRODUCT);
        BesideNearest inNearest = new BesideNearest(s, found, file, (String) nearest.get(0)[1]);
        s.cursor().query(BOTH_FILES.formatted(table), inNearest, s.id(), file, file);
        inNearest.report();
        if (inNearest.withoutCopy > 0) {
            s.cursor().query(IN_OLDER_FILES.formatted(table, PAIRS), new NearestCopy(found), s.id(), file);
        }
    }

    /**
     * Reads {@link #BOTH_FILES}: keeps the nearest file's first copy of each rating and flags the file's
     * rows of that rating whose hash differs from it, naming the columns that differ (both rows read
     * again, {@value #BATCH} pairs at a time). Ratings come in key order, so the findings do too.
     */
    private static final class BesideNearest implements RowCallbackHandler {

        private static final int BATCH = 1000;

        private final Scope scope;
        private final Findings found;
        private final long nearestFile;
        private final String nearestPeriod;
        private final Object[] key = new Object[2];
        /** The nearest file's copy of the current rating: its Excel row and hash, or none (0). */
        private int copyRow;
        private String copyHash;
        /** Rows whose hash differs from their copy's, each with its copy's row, not yet reported. */
        private final List<int[]> differ = new ArrayList<>();
        /** Rows of the file with no copy in the nearest file (they may have one in an older file). */
        int withoutCopy;

        BesideNearest(Scope scope, Findings found, long nearestFile, String nearestPeriod) {
            this.scope = scope;
            this.found = found;
            this.nearestFile = nearestFile;
            this.nearestPeriod = nearestPeriod;
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
                withoutCopy++;
                return;
            }
            if (!Objects.equals(rs.getString(5), copyHash)) {
                differ.add(new int[] {rs.getInt(2), copyRow});
                if (differ.size() >= BATCH) {
                    report();
                }
            }
        }

        /** Reports the rows found differing so far, with the columns that differ. */
        void report() {
            if (differ.isEmpty()) {
                return;
            }
            Map<Integer, Object[]> mine = scope.rows(SheetKind.PRODUCT, scope.id(), REPORTED, differ.stream().map(d -> d[0]).toList());
            Map<Integer, Object[]> theirs = scope.rows(SheetKind.PRODUCT, nearestFile, REPORTED, differ.stream().map(d -> d[1]).toList());
            int sheet = READ.size();
            for (int[] d : differ) {
                Object[] row = mine.get(d[0]);
                // READ: the hash, then the compared columns, the name first.
                found.add(IssueCode.RATING_DIFFERS_FROM_EARLIER, Column.PRODUCT_NAME, d[0], (String) row[sheet], (String) row[1],
                        nearestPeriod, differing(row, theirs.get(d[1])));
            }
            differ.clear();
        }
    }

    /**
     * Reads {@link #IN_OLDER_FILES}: rows ordered by Excel row, nearest copy first, and flags a row whose
     * nearest copy differs.
     */
    private static final class NearestCopy implements RowCallbackHandler {

        private final Findings found;
        private int last;

        NearestCopy(Findings found) {
            this.found = found;
        }

        @Override
        public void processRow(ResultSet rs) throws SQLException {
            int row = rs.getInt(1);
            if (row == last) {
                return;
            }
            last = row;
            if (Objects.equals(rs.getString(4), rs.getString(5))) {
                return;
            }
            Object[] mine = new Object[READ.size()];
            Object[] theirs = new Object[READ.size()];
            for (int i = 0; i < READ.size(); i++) {
                mine[i] = rs.getObject(4 + 2 * i);
                theirs[i] = rs.getObject(5 + 2 * i);
            }
            found.add(IssueCode.RATING_DIFFERS_FROM_EARLIER, Column.PRODUCT_NAME, row, rs.getString(2), rs.getString(6),
                    rs.getString(3), differing(mine, theirs));
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
