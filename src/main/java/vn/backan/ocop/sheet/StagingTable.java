package vn.backan.ocop.sheet;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

import vn.backan.ocop.validation.StagedRow;

/**
 * The staging table of a sheet: every row read, with its lineage and outcome first, then the record's
 * fields in the order of {@code columns}.
 *
 * @param type the record the sheet's mapper makes; a row of another type is not this table's
 */
public record StagingTable<R extends StagedRow>(String name, Class<R> type, List<StagedColumn<R>> columns) {

    /** The lineage and outcome every staging table starts with, the same for every sheet. */
    public static final List<SqlColumn> LINEAGE = List.of(
            SqlColumn.of("submission_id", SqlType.BIGINT),
            SqlColumn.of("excel_row", SqlType.INTEGER),
            SqlColumn.of("sheet_name", SqlType.varchar(100)),
            SqlColumn.of("outcome", SqlType.varchar(10)));

    @SafeVarargs
    public static <R extends StagedRow> StagingTable<R> of(String name, Class<R> type, StagedColumn<R>... columns) {
        return new StagingTable<>(name, type, List.of(columns));
    }

    /** Every column, lineage first, as rows are inserted. */
    public List<SqlColumn> allColumns() {
        List<SqlColumn> all = new ArrayList<>(LINEAGE);
        columns.forEach(c -> all.add(c.column()));
        return all;
    }

    public List<String> columnNames() {
        return allColumns().stream().map(SqlColumn::name).toList();
    }

    public boolean holds(StagedRow row) {
        return type.isInstance(row);
    }

    /** A row's values in the order of {@link #columnNames()}, each within its column. */
    public Object[] values(StagedRow row) {
        R record = type.cast(row);
        Object[] values = new Object[LINEAGE.size() + columns.size()];
        values[0] = row.origin().submissionId();
        values[1] = row.origin().rowNumber();
        values[2] = LINEAGE.get(2).type().fit(row.origin().sheetName());
        values[3] = row.outcome().code();
        for (int i = 0; i < columns.size(); i++) {
            StagedColumn<R> column = columns.get(i);
            values[LINEAGE.size() + i] = jdbc(column.column().type().fit(column.value().apply(record)));
        }
        return values;
    }

    /** A staging column with its type, for the warehouse table that copies it. */
    public SqlColumn column(String name) {
        return allColumns().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("%s has no column %s".formatted(this.name, name)));
    }

    private static Object jdbc(Object value) {
        return value instanceof LocalDate date ? Date.valueOf(date) : value;
    }
}
