package vn.backan.ocop.product;

import vn.backan.ocop.sheet.CrossRowRule;
import vn.backan.ocop.submission.Column;
import vn.backan.ocop.submission.SheetKind;
import vn.backan.ocop.validation.IssueCode;

/**
 * A product (name and entity) that another district's file in force also reports. A district's
 * cumulative lists repeat each product in every round, so the other districts are searched once per run
 * for each district's distinct products ({@link #prepare}), not once per file and row; each file then
 * only joins its rows to the products found. What the search reads does not move while the run's files
 * are checked: the files in force are elected before, and the review rejects only later copies of a key
 * within a file, whose first copy stays.
 */
final class ProductInOtherDistrict implements CrossRowRule {

    /**
     * The run's accepted files' distinct products by district, then other districts' copies sought as two
     * index ranges on (name, entity, district), up to the district before and from the district after, so
     * that a district's own rounds are never read (a bound of "below the district" reads them all and
     * drops them, one row fetch each); the other districts are named only for the products found.
     */
    private static final String PREPARE = """
            insert into int_product_elsewhere (run_id, district_code, name_key, entity_key, reported_by)
            select ?, k.district_code, k.name_key, k.entity_key,
                   (select coalesce(min(d.district_type || ' ' || d.district_name), min(o.district_code))
                    from %1$s o
                    join audit_submission os on os.submission_id = o.submission_id and os.is_current
                    left join ref_district d on d.district_code = o.district_code
                    where o.name_key = k.name_key and o.entity_key = k.entity_key and o.district_code <> k.district_code
                      and o.outcome <> 'rejected')
            from (select distinct p.district_code, p.name_key, p.entity_key
                  from audit_submission s
                  join %1$s p on p.submission_id = s.submission_id
                  where s.run_id = ? and s.status <> 'rejected' and s.district_code is not null
                    and p.outcome <> 'rejected' and p.name_key is not null and p.entity_key is not null) k
            where exists (select 1 from %1$s o
                          join audit_submission os on os.submission_id = o.submission_id and os.is_current
                          where o.name_key = k.name_key and o.entity_key = k.entity_key and o.outcome <> 'rejected'
                            and o.district_code <= (select max(r.district_code) from ref_district r
                                                    where r.district_code < k.district_code))
               or exists (select 1 from %1$s o
                          join audit_submission os on os.submission_id = o.submission_id and os.is_current
                          where o.name_key = k.name_key and o.entity_key = k.entity_key and o.outcome <> 'rejected'
                            and o.district_code >= (select min(r.district_code) from ref_district r
                                                    where r.district_code > k.district_code))
            """;

    /**
     * A file's rows of the products found for its district, in the file's order. H2 reads the file's rows
     * and seeks each one's product (10-20 ms a thousand rows, found or not), so a district with no such
     * product is not asked ({@link #FOUND}).
     */
    private static final String QUERY = """
            select p.excel_row, p.sheet_name, p.product_name, k.reported_by
            from int_product_elsewhere k
            join %s p on p.name_key = k.name_key and p.entity_key = k.entity_key
            where k.run_id = ? and k.district_code = ? and p.submission_id = ? and p.outcome <> 'rejected'
            order by p.excel_row
            """;

    private static final String FOUND = """
            select 1 from int_product_elsewhere where run_id = ? and district_code = ? fetch first 1 rows only
            """;

    @Override
    public void prepare(Run run) {
        // Another run's products (one that failed before its end, or the last one) are of no use now.
        run.jdbc().update("delete from int_product_elsewhere");
        run.jdbc().update(PREPARE.formatted(run.stagingTable(SheetKind.PRODUCT)), run.id(), run.id());
    }

    @Override
    public void check(Scope s, Findings findings) {
        if (s.districtCode() == null) {
            return;
        }
        if (s.cursor().queryForList(FOUND, Integer.class, s.runId(), s.districtCode()).isEmpty()) {
            return;
        }
        s.cursor().query(QUERY.formatted(s.stagingTable(SheetKind.PRODUCT)), rs -> {
            findings.add(IssueCode.PRODUCT_IN_OTHER_DISTRICT, Column.PRODUCT_NAME, rs.getInt(1), rs.getString(2), rs.getString(3),
                    rs.getString(4));
        }, s.runId(), s.districtCode(), s.id());
    }
}
