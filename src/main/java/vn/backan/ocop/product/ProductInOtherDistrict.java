package vn.backan.ocop.product;

import vn.backan.ocop.sheet.CrossRowRule;
import vn.backan.ocop.submission.Column;
import vn.backan.ocop.submission.SheetKind;
import vn.backan.ocop.validation.IssueCode;

/** A product (name and entity) that another district's file in force also reports. */
final class ProductInOtherDistrict implements CrossRowRule {

    private static final String QUERY = """
            select p.excel_row, p.sheet_name, min(p.product_name), min(d.district_type || ' ' || d.district_name)
            from %1$s p
            join %1$s o on o.name_key = p.name_key and o.entity_key = p.entity_key and o.outcome <> 'rejected'
            join audit_submission os on os.submission_id = o.submission_id and os.is_current and os.district_code <> ?
            join ref_district d on d.district_code = os.district_code
            where p.submission_id = ? and p.outcome <> 'rejected'
            group by p.excel_row, p.sheet_name
            """;

    @Override
    public void check(Scope s, Findings found) {
        if (s.districtCode() == null) {
            return;
        }
        s.cursor().query(QUERY.formatted(s.stagingTable(SheetKind.PRODUCT)), rs -> {
            found.add(IssueCode.PRODUCT_IN_OTHER_DISTRICT, Column.PRODUCT_NAME, rs.getInt(1), rs.getString(2), rs.getString(3),
                    rs.getString(4));
        }, s.districtCode(), s.id());
    }
}
