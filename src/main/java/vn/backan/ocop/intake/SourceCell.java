package vn.backan.ocop.intake;

import vn.backan.ocop.intake.excel.CellRef;
import vn.backan.ocop.intake.excel.RawCell;
import vn.backan.ocop.submission.Column;

/**
 * One cell of a data row, with where it stands.
 *
 * @param header the header text as written in the workbook (decoded)
 * @param row    the cell's row as Excel shows it (1-based)
 * @param text   the cell's text, decoded from legacy fonts and cleaned; the display value for non-text cells
 */
public record SourceCell(Column column, String header, int row, RawCell raw, String text) {

    public boolean blank() {
        return raw == null || text.isEmpty();
    }

    /**
     * The cell as Excel shows it, e.g. {@code H12}; made when a problem or a staged value names it, not for
     * every cell read (a string per cell was 2.5% of what staging allocated).
     */
    public String ref() {
        return CellRef.of(row, raw.column());
    }
}
