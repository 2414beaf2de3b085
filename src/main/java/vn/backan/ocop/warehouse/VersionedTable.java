package vn.backan.ocop.warehouse;

import java.util.ArrayList;
import java.util.List;

import vn.backan.ocop.sheet.DerivedColumn;
import vn.backan.ocop.sheet.SqlColumn;
import vn.backan.ocop.sheet.StagingTable;
import vn.backan.ocop.sheet.WarehouseTable;

/**
 * A sheet's warehouse table as publishing writes SQL for it: the table kept as versions, the view that
 * says what it should hold and the work table publishing materializes that view into.
 *
 * @param key     the surrogate key column
 * @param keys    the natural key within the table (district_code is always part of it)
 * @param values  the business columns, compared through row_hash
 * @param derived the columns computed from the district's wanted state, not copied from the work table
 * @param stagedKeys the keys other than the district, where all are staging columns; else none
 */
record VersionedTable(String table, String key, String offered, String work, List<String> keys, List<String> values,
                      List<DerivedColumn> derived, String staging, List<String> stagedKeys) {

    /**
     * @param staging the sheet's staging table: where the keys other than the district are staged columns
     *                ({@link #stagedKeys}), a file's keys are read there, without its rows
     */
    static VersionedTable of(WarehouseTable t, StagingTable<?> staging) {
        List<String> keys = names(t.keys());
        List<String> staged = keys.stream().filter(k -> !k.equals(WarehouseTable.DISTRICT.name())).toList();
        boolean all = staging.columnNames().containsAll(staged);
        return new VersionedTable(t.table(), t.key(), t.offered(), t.work(), keys, names(t.values()), t.derived(),
                staging.name(), all ? staged : List.of());
    }

    private static List<String> names(List<SqlColumn> columns) {
        return columns.stream().map(SqlColumn::name).toList();
    }

    /** Every column a version row carries, in one order for insert and select. */
    List<String> columns() {
        List<String> all = new ArrayList<>(keys);
        all.addAll(values);
        all.addAll(names(WarehouseTable.LINEAGE));
        return all;
    }

    /**
     * The index on (district_code, the natural key, valid_to_run) that every versioned table has, named
     * after it by its migration (V5): a district's current versions are found through it.
     */
    String currentIndex() {
        return table + "_current_ix";
    }

    String keyMatch(String left, String right) {
        return String.join(" and ", keys.stream().map(k -> "%s.%s = %s.%s".formatted(left, k, right, k)).toList());
    }
}
