package vn.backan.ocop.product;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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

    /** The compared columns, in the query's pairs (set and group both show as the group column). */
    private static final List<Column> COMPARED = List.of(Column.PRODUCT_NAME, Column.PRODUCT_GROUP, Column.PRODUCT_GROUP,
            Column.PRODUCT_ENTITY, Column.PRODUCT_COMMUNE, Column.PRODUCT_STARS, Column.PRODUCT_SCORE, Column.PRODUCT_DECISION,
            Column.PRODUCT_LEVEL, Column.PRODUCT_VALUE_CHAIN, Column.PRODUCT_CODE);

    private static final String PAIRS = """
            p.row_hash, o.row_hash,
            p.product_name, o.product_name, p.set_no, o.set_no, p.group_no, o.group_no, p.entity_name, o.entity_name,
            p.commune_code, o.commune_code, p.stars, o.stars, p.score, o.score, p.decision_no, o.decision_no,
            p.recognition_level, o.recognition_level, p.value_chain, o.value_chain, p.product_code, o.product_code""";

    /** The district's file in force for the nearest earlier period: most ratings have their copy there. */
    private static final String NEAREST_FILE = """
            select e.submission_id, e.period_code from audit_submission e
            join audit_submission s on s.submission_id = ?
            where e.is_current and e.district_code = s.district_code and e.period_ends_on < s.period_ends_on
            order by e.period_ends_on desc, e.submission_id desc
            fetch first 1 rows only
            """;

    /**
     * Copies in that file: one index seek per row. An outer join, so that the same pass tells whether any
     * row lacks a copy there: in a cumulative list most files have none, and the older files are not read.
     */
    private static final String IN_NEAREST_FILE = """
            select p.excel_row, p.sheet_name, cast(? as varchar(10)), %2$s
            from %1$s p
            left join %1$s o on o.submission_id = ? and o.product_key = p.product_key and o.recognised_on = p.recognised_on
             and o.outcome <> 'rejected'
            where p.submission_id = ? and p.outcome <> 'rejected'
            order by p.excel_row, o.excel_row
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
        NearestCopy inNearest = new NearestCopy(found);
        s.cursor().query(IN_NEAREST_FILE.formatted(table, PAIRS), inNearest, nearest.get(0)[1], file, s.id());
        if (inNearest.withoutCopy > 0) {
            s.cursor().query(IN_OLDER_FILES.formatted(table, PAIRS), new NearestCopy(found), s.id(), file);
        }
    }

    /** Reads rows ordered by Excel row, nearest copy first, and flags a row whose nearest copy differs. */
    private static final class NearestCopy implements RowCallbackHandler {

        private final Findings found;
        private int last;
        /** Rows the query found no copy for (the outer join's nulls: a staged row always has its hash). */
        int withoutCopy;

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
            if (rs.getString(5) == null) {
                withoutCopy++;
                return;
            }
            if (Objects.equals(rs.getString(4), rs.getString(5))) {
                return;
            }
            List<String> differing = new ArrayList<>();
            for (int i = 0; i < COMPARED.size(); i++) {
                String header = COMPARED.get(i).header();
                if (!same(rs.getObject(6 + 2 * i), rs.getObject(7 + 2 * i)) && !differing.contains(header)) {
                    differing.add(header);
                }
            }
            found.add(IssueCode.RATING_DIFFERS_FROM_EARLIER, Column.PRODUCT_NAME, row, rs.getString(2), rs.getString(6),
                    rs.getString(3), String.join(", ", differing));
        }
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }
}
