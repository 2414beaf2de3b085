package vn.backan.ocop.product;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import vn.backan.ocop.sheet.CrossRowRule;
import vn.backan.ocop.submission.Column;
import vn.backan.ocop.submission.SheetKind;
import vn.backan.ocop.validation.IssueCode;

/**
 * A rating (product, recognition date) whose values differ from the copy the nearest earlier period's
 * file in force sent for the district: the clerk is told which columns changed.
 */
final class RatingDiffersFromEarlier implements CrossRowRule {

    /** The compared columns, in the query's pairs (set and group both show as the group column). */
    private static final List<Column> COMPARED = List.of(Column.PRODUCT_NAME, Column.PRODUCT_GROUP, Column.PRODUCT_GROUP,
            Column.PRODUCT_ENTITY, Column.PRODUCT_COMMUNE, Column.PRODUCT_STARS, Column.PRODUCT_SCORE, Column.PRODUCT_DECISION,
            Column.PRODUCT_LEVEL, Column.PRODUCT_VALUE_CHAIN, Column.PRODUCT_CODE);

    private static final String QUERY = """
            select p.excel_row, p.sheet_name, os.period_code,
                   p.product_name, o.product_name, p.set_no, o.set_no, p.group_no, o.group_no, p.entity_name, o.entity_name,
                   p.commune_code, o.commune_code, p.stars, o.stars, p.score, o.score, p.decision_no, o.decision_no,
                   p.recognition_level, o.recognition_level, p.value_chain, o.value_chain, p.product_code, o.product_code
            from %1$s p
            join audit_submission ps on ps.submission_id = p.submission_id
            join %1$s o on o.product_key = p.product_key and o.recognised_on = p.recognised_on
             and o.outcome <> 'rejected' and o.row_hash <> p.row_hash
            join audit_submission os on os.submission_id = o.submission_id and os.is_current
             and os.district_code = ps.district_code and os.period_ends_on < ps.period_ends_on
            where p.submission_id = ? and p.outcome <> 'rejected'
            order by p.excel_row, os.period_ends_on desc
            """;

    @Override
    public void check(Scope s, Findings found) {
        if (s.districtCode() == null) {
            return;
        }
        int[] flagged = {0};
        s.cursor().query(QUERY.formatted(s.stagingTable(SheetKind.PRODUCT)), rs -> {
            int row = rs.getInt(1);
            if (row == flagged[0]) {
                return; // ordered newest first: the nearest earlier period is the one to compare with
            }
            flagged[0] = row;
            List<String> differing = new ArrayList<>();
            for (int i = 0; i < COMPARED.size(); i++) {
                String header = COMPARED.get(i).header();
                if (!same(rs.getObject(4 + 2 * i), rs.getObject(5 + 2 * i)) && !differing.contains(header)) {
                    differing.add(header);
                }
            }
            found.add(IssueCode.RATING_DIFFERS_FROM_EARLIER, Column.PRODUCT_NAME, row, rs.getString(2), rs.getString(4),
                    rs.getString(3), String.join(", ", differing));
        }, s.id());
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }
}
