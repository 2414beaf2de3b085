package vn.backan.ocop.intake;

import vn.backan.ocop.submission.Column;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a sheet's header is and which column holds what.
 *
 * @param firstRow   the first header row (1-based); the header may span two rows
 * @param lastRow    the last header row (a row of column numbers under the names included); data starts below it
 * @param columns    column index (0-based) → the spec column it holds
 * @param headers    column index → the header text as written (decoded)
 * @param unknown    headers of columns that are not in the spec, by column index
 * @param duplicates headers naming a column already mapped, by column index
 * @param missing    required columns that no header names
 * @param headerRows column index → the row its header text is in (the lower row of a two-row header, where it names the column)
 */
public record HeaderLayout(int firstRow, int lastRow, Map<Integer, Column> columns, Map<Integer, String> headers,
                           Map<Integer, String> unknown, Map<Integer, Column> duplicates, List<Column> missing,
                           Map<Integer, Integer> headerRows) {

    /** The row that names the columns: the lowest row holding a header text. */
    public int namesRow() {
        return headerRows.values().stream().mapToInt(Integer::intValue).max().orElse(firstRow);
    }

    /** The row the header of a column is written in. */
    public int rowOf(int column) {
        return headerRows.getOrDefault(column, namesRow());
    }

    /**
     * The missing required columns, each placed in the next free column right of the header: messages
     * about a column the sheet lacks point where the clerk should add it.
     */
    public Map<Column, Integer> absentColumns() {
        int next = headers.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        Map<Column, Integer> placed = new LinkedHashMap<>();
        for (Column column : missing) {
            placed.put(column, next++);
        }
        return placed;
    }
}
