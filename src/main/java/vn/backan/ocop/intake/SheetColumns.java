package vn.backan.ocop.intake;

import vn.backan.ocop.submission.Column;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of one sheet as the district laid them out: where each spec column is, and its header as written.
 *
 * @param absent required columns the sheet lacks, each given the column where it would be added (the first
 *               free columns right of the header), so that a problem about it still names a cell
 */
public record SheetColumns(Map<Column, Integer> index, Map<Column, String> headers, Map<Column, Integer> absent) {

    public SheetColumns {
        index = Map.copyOf(index);
        headers = Map.copyOf(headers);
        absent = Map.copyOf(absent);
    }

    public SheetColumns(Map<Column, Integer> index, Map<Column, String> headers) {
        this(index, headers, Map.of());
    }

    static SheetColumns of(HeaderLayout layout) {
        Map<Column, Integer> index = new EnumMap<>(Column.class);
        Map<Column, String> headers = new EnumMap<>(Column.class);
        layout.columns().forEach((i, column) -> {
            index.put(column, i);
            headers.put(column, layout.headers().get(i));
        });
        return new SheetColumns(index, headers, layout.absentColumns());
    }

    public Optional<Integer> indexOf(Column column) {
        return Optional.ofNullable(index.get(column));
    }

    /** Where the column is, or, for a required column the sheet lacks, where it would be added. */
    public Optional<Integer> placeOf(Column column) {
        return indexOf(column).or(() -> Optional.ofNullable(absent.get(column)));
    }

    public String header(Column column) {
        return headers.getOrDefault(column, column.header());
    }
}
