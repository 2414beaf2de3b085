package vn.backan.ocop.product;

import java.util.List;

import vn.backan.ocop.sheet.CrossRowRule;
import vn.backan.ocop.submission.Column;
import vn.backan.ocop.submission.SheetKind;
import vn.backan.ocop.validation.IssueCode;

/**
 * A product (name and entity) that another district's file in force also reports. A district's
 * cumulative lists repeat each product in every round, so the districts are compared once per run
 * ({@link #prepare}), on each district's distinct products in its files in force (int_product_in_force,
 * kept by {@link ProductsInForce}), not once per file and row over every staged copy; each file then only
 * joins its rows to the products found. What the comparison reads does not move while the run's files are checked: the files in force
 * are elected before, and the review rejects only later copies of a key within a file, whose first copy
 * stays.
 */
final class ProductInOtherDistrict implements CrossRowRule {

    /** The districts of the run's accepted files: the only ones whose files in force the run may change. */
    private static final String DISTRICTS = """
            select distinct s.district_code from audit_submission s
            where s.run_id = ? and s.status <> 'rejected' and s.district_code is not null
            order by s.district_code
            """;

    /**
     * A district's products that another district's files in force also report, with the first such
     * district by name: its products in force, and those of the run's files that are not in force (a file
     * arriving after a newer one is still checked) that are not among them. More than the run's files
     * hold, which costs nothing: a file only joins its own rows to them. Not a union: its distinct would
     * sort all of a district's products again. A product has a row per district that reports it, so the
     * other districts are a handful of rows.
     */
    private static final String PREPARE = """
            insert into int_product_elsewhere (run_id, district_code, name_key, entity_key, reported_by)
            select ?, ?, k.name_key, k.entity_key,
                   (select coalesce(min(d.district_type || ' ' || d.district_name), min(o.district_code))
                    from int_product_in_force o
                    left join ref_district d on d.district_code = o.district_code
                    where o.name_key = k.name_key and o.entity_key = k.entity_key and o.district_code <> ?)
            from (select f.name_key, f.entity_key from int_product_in_force f where f.district_code = ?
                  union all
                  select distinct p.name_key, p.entity_key
                  from audit_submission s
                  join %1$s p on p.submission_id = s.submission_id
                  where s.run_id = ? and s.status <> 'rejected' and not s.is_current and s.district_code = ?
                    and p.outcome <> 'rejected' and p.name_key is not null and p.entity_key is not null
                    and not exists (select 1 from int_product_in_force f
                                    where f.district_code = s.district_code and f.name_key = p.name_key
                                      and f.entity_key = p.entity_key)) k
            where exists (select 1 from int_product_in_force o
                          where o.name_key = k.name_key and o.entity_key = k.entity_key and o.district_code <> ?)
            """;

    /**
     * A file's rows of the products found for its district, in the file's order. The rows are read through
     * the primary key and each one's product sought by a subquery, whatever the number of products found
     * (a join let H2 start from them and read the file for each). That is 10-20 ms a thousand rows on H2,
     * found or not, so a district with no such product is not asked ({@link #FOUND}).
     */
    private static final String QUERY = """
            select excel_row, sheet_name, product_name, reported_by
            from (select p.excel_row, p.sheet_name, p.product_name,
                         (select k.reported_by from int_product_elsewhere k
                          where k.run_id = ? and k.district_code = ? and k.name_key = p.name_key and k.entity_key = p.entity_key)
                         as reported_by
                  from %s p
                  where p.submission_id = ? and p.outcome <> 'rejected') f
            where reported_by is not null
            order by excel_row
            """;

    private static final String FOUND = """
            select 1 from int_product_elsewhere where run_id = ? and district_code = ? fetch first 1 rows only
            """;

    @Override
    public void prepare(Run run) {
        // Another run's products (one that failed before its end, or the last one) are of no use now.
        run.jdbc().update("delete from int_product_elsewhere");
        new ProductsInForce(run.jdbc(), run.cursor(), run.stagingTable(SheetKind.PRODUCT), ProductsInForce.HELD).refresh();
        List<String> districts = run.jdbc().queryForList(DISTRICTS, String.class, run.id());
        String prepare = PREPARE.formatted(run.stagingTable(SheetKind.PRODUCT));
        for (String district : districts) {
            run.jdbc().update(prepare, run.id(), district, district, district, run.id(), district, district);
        }
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
