package vn.backan.ocop.product;

import vn.backan.ocop.sheet.CrossRowRule;
import vn.backan.ocop.submission.Column;
import vn.backan.ocop.submission.SheetKind;
import vn.backan.ocop.validation.IssueCode;

/**
 * Products whose entity is not in the entity sheet. Where that sheet was not read at all (missing, or no
 * header found), the sheet-level problem already says so; a warning on every product would bury it.
 */
final class EntityNotInSheet implements CrossRowRule {

    @Override
    public void check(Scope s, Findings found) {
        s.sheetRead(SheetKind.ENTITY).ifPresent(entitySheet -> s.cursor().query("""
                select p.excel_row, p.sheet_name, p.entity_name
                from %s p
                where p.submission_id = ? and p.outcome <> 'rejected' and p.entity_key is not null
                  and not exists (select 1 from %s e where e.submission_id = p.submission_id and e.entity_key = p.entity_key)
                """.formatted(s.stagingTable(SheetKind.PRODUCT), s.stagingTable(SheetKind.ENTITY)),
                rs -> {
                    found.add(IssueCode.ENTITY_NOT_IN_SHEET, Column.PRODUCT_ENTITY, rs.getInt(1), rs.getString(2), rs.getString(3),
                            entitySheet);
                }, s.id()));
    }
}
