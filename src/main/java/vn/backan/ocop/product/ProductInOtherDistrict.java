package vn.backan.ocop.product;

import java.sql.Types;

import org.springframework.jdbc.core.SqlParameterValue;

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

    /** The districts of the run's accepted files, each with the reference's district codes before and after it. */
    private static final String DISTRICTS = """
            select d.district_code,
                   (select max(b.district_code) from ref_district b where b.district_code < d.district_code),
                   (select min(a.district_code) from ref_district a where a.district_code > d.district_code)
            from ref_district d
            where d.district_code in (select s.district_code from audit_submission s
                                      where s.run_id = ? and s.status <> 'rejected')
            """;

    /**
     * One district's distinct products in the run's accepted files, then other districts' copies sought as
     * two index ranges on (name, entity, district): up to the district before it and from the district
     * after it, given as values. A bound of "below the district" reads the district's own rounds and drops
     * them (one row fetch each), and a bound computed per product by a subquery cost as much again (on the
     * 41-file set 5.5 s against 2.4 s, on the 1.15M set 4.5 s against 3.8 s); the other districts are named
     * only for the products found.
     */
    private static final String PREPARE = """
            insert into int_product_elsewhere (run_id, district_code, name_key, entity_key, reported_by)
            select ?, ?, k.name_key, k.entity_key,
                   (select coalesce(min(d.district_type || ' ' || d.district_name), min(o.district_code))
                    from %1$s o
                    join audit_submission os on os.submission_id = o.submission_id and os.is_current
                    left join ref_district d on d.district_code = o.district_code
                    where o.name_key = k.name_key and o.entity_key = k.entity_key and o.district_code <> ?
                      and o.outcome <> 'rejected')
            from (select distinct p.name_key, p.entity_key
                  from audit_submission s
                  join %1$s p on p.submission_id = s.submission_id
                  where s.run_id = ? and s.status <> 'rejected' and s.district_code = ?
                    and p.outcome <> 'rejected' and p.name_key is not null and p.entity_key is not null) k
            where exists (select 1 from %1$s o
                          join audit_submission os on os.submission_id = o.submission_id and os.is_current
                          where o.name_key = k.name_key and o.entity_key = k.entity_key and o.outcome <> 'rejected'
                            and o.district_code <= ?)
               or exists (select 1 from %1$s o
                          join audit_submission os on os.submission_id = o.submission_id and os.is_current
                          where o.name_key = k.name_key and o.entity_key = k.entity_key and o.outcome <> 'rejected'
                            and o.district_code >= ?)
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
        String prepare = PREPARE.formatted(run.stagingTable(SheetKind.PRODUCT));
        run.jdbc().query(DISTRICTS, rs -> {
            String district = rs.getString(1);
            // The first and the last district have no neighbour on one side: null bounds find nothing there.
            run.jdbc().update(prepare, run.id(), district, district, run.id(), district,
                    new SqlParameterValue(Types.VARCHAR, rs.getString(2)), new SqlParameterValue(Types.VARCHAR, rs.getString(3)));
        }, run.id());
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
