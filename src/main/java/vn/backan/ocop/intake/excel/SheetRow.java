package vn.backan.ocop.intake.excel;

import java.util.List;

/**
 * A row with at least one non-blank cell.
 *
 * @param rowNumber 1-based row number, as Excel shows it (blank rows before it still count)
 * @param cells     the non-blank cells, sorted by column, at most one per column
 * @param hidden    true if the row is hidden (zero height); hidden columns are not flagged
 */
public record SheetRow(int rowNumber, List<RawCell> cells, boolean hidden) {

    public SheetRow {
        cells = List.copyOf(cells);
    }

    /** @return the cell in the 0-based column, or null if that cell is blank */
    public RawCell cell(int column) {
        int low = 0;
        int high = cells.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int found = cells.get(mid).column();
            if (found < column) {
                low = mid + 1;
            } else if (found > column) {
                high = mid - 1;
            } else {
                return cells.get(mid);
            }
        }
        return null;
    }
}
