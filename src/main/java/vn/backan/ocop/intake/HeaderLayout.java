package vn.backan.ocop.intake;

import java.util.List;
import java.util.Map;

/**
 * Where a sheet's header is and which column holds what.
 *
 * @param firstRow   the first header row (1-based); the header may span two rows
 * @param lastRow    the last header row; data starts below it
 * @param columns    column index (0-based) → the spec column it holds
 * @param headers    column index → the header text as written (decoded)
 * @param unknown    headers of columns that are not in the spec, by column index
 * @param duplicates headers naming a column already mapped, by column index
 * @param missing    required columns that no header names
 */
public record HeaderLayout(int firstRow, int lastRow, Map<Integer, Column> columns, Map<Integer, String> headers,
                           Map<Integer, String> unknown, Map<Integer, Column> duplicates, List<Column> missing) {
}
