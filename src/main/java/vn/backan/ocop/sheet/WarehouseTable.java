package vn.backan.ocop.sheet;

import java.util.List;

/**
 * The warehouse table a sheet is published to, kept as versions: the view that says what it should
 * hold and the work table publishing materializes that view into.
 *
 * @param key     the surrogate key column
 * @param keys    the natural key within the table (district_code is always part of it)
 * @param values  the business columns, compared through row_hash
 * @param derived the columns publishing computes from the district's wanted state, after the others
 */
public record WarehouseTable(String table, String key, String offered, String work, List<SqlColumn> keys,
                             List<SqlColumn> values, List<DerivedColumn> derived) {

    /** A table whose columns are all the sheet's own. */
    public WarehouseTable(String table, String key, String offered, String work, List<SqlColumn> keys,
                          List<SqlColumn> values) {
        this(table, key, offered, work, keys, values, List.of());
    }

    /** The district and period every version belongs to, from the submission it was published from. */
    public static final SqlColumn DISTRICT = SqlColumn.of("district_code", SqlType.varchar(3));
    public static final SqlColumn PERIOD = SqlColumn.of("period_code", SqlType.varchar(10));

    /** The hash of the business values and the lineage every version keeps, after the business columns. */
    public static final List<SqlColumn> LINEAGE = List.of(
            SqlColumn.of("row_hash", SqlType.varchar(32)),
            SqlColumn.of("submission_id", SqlType.BIGINT),
            SqlColumn.of("sheet_name", SqlType.varchar(100)),
            SqlColumn.of("excel_row", SqlType.INTEGER));
}
