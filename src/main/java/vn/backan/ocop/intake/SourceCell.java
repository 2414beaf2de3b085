package vn.backan.ocop.intake;

import vn.backan.ocop.submission.Column;
import vn.backan.ocop.intake.excel.RawCell;

/**
 * One cell of a data row, with where it stands.
 *
 * @param header the header text as written in the workbook (decoded)
 * @param ref    the cell as Excel shows it, e.g. {@code H12}
 * @param text   the cell's text, decoded from legacy fonts and cleaned; the display value for non-text cells
 */
public record SourceCell(Column column, String header, String ref, RawCell raw, String text) {

    public boolean blank() {
        return raw == null || text.isEmpty();
    }
}
