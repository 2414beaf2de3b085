package vn.backan.ocop.product;

import vn.backan.ocop.sheet.CrossRowRule;
import vn.backan.ocop.submission.Column;
import vn.backan.ocop.submission.SheetKind;
import vn.backan.ocop.validation.IssueCode;

/** A product (name and entity) that another district's file in force also reports. */
final class ProductInOtherDistrict implements CrossRowRule {

    /**
     * Other districts' copies are sought as two index ranges on (name, entity, district), below and
     * above the file's own district, so a district's own earlier rounds (a cumulative list repeats each
     * product in every round) are never read; the districts are named only for the rows flagged.
     */
    private static final String QUERY = """
            select p.excel_row, p.sheet_name, p.product_name,
                   (select min(d.district_type || ' ' || d.district_name)
                    from %1$s o
                    join audit_submission os on os.submission_id = o.submission_id and os.is_current
                    join ref_district d on d.district_code = os.district_code
                    where o.name_key = p.name_key and o.entity_key = p.entity_key and o.district_code <> ?
                      and o.outcome <> 'rejected')
            from %1$s p
            where p.submission_id = ? and p.outcome <> 'rejected'
              and (exists (select 1 from %1$s o
                           join audit_submission os on os.submission_id = o.submission_id and os.is_current
                           where o.name_key = p.name_key and o.entity_key = p.entity_key and o.district_code < ?
                             and o.outcome <> 'rejected')
                   or exists (select 1 from %1$s o
                              join audit_submission os on os.submission_id = o.submission_id and os.is_current
                              where o.name_key = p.name_key and o.entity_key = p.entity_key and o.district_code > ?
                                and o.outcome <> 'rejected'))
            """;

    @Override
    public void check(Scope s, Findings found) {
        if (s.districtCode() == null) {
            return;
        }
        String district = s.districtCode();
        s.cursor().query(QUERY.formatted(s.stagingTable(SheetKind.PRODUCT)), rs -> {
            found.add(IssueCode.PRODUCT_IN_OTHER_DISTRICT, Column.PRODUCT_NAME, rs.getInt(1), rs.getString(2), rs.getString(3),
                    rs.getString(4));
        }, district, s.id(), district, district);
    }
}
