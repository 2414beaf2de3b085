package vn.backan.ocop.intake;

import java.util.Map;
import java.util.Optional;

/**
 * The columns of one sheet as the district laid them out: where each spec column is, and its header as written.
 */
public record SheetColumns(Map<Column, Integer> index, Map<Column, String> headers) {

    public SheetColumns {
        index = Map.copyOf(index);
        headers = Map.copyOf(headers);
    }

    static SheetColumns of(HeaderLayout layout) {
        Map<Column, Integer> index = new java.util.EnumMap<>(Column.class);
        Map<Column, String> headers = new java.util.EnumMap<>(Column.class);
        layout.columns().forEach((i, column) -> {
            index.put(column, i);
            headers.put(column, layout.headers().get(i));
        });
        return new SheetColumns(index, headers);
    }

    public Optional<Integer> indexOf(Column column) {
        return Optional.ofNullable(index.get(column));
    }

    public String header(Column column) {
        return headers.getOrDefault(column, column.header());
    }
}
