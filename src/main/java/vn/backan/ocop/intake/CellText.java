package vn.backan.ocop.intake;

import vn.backan.ocop.intake.excel.CellKind;
import vn.backan.ocop.intake.excel.RawCell;
import vn.backan.ocop.text.LegacyText;
import vn.backan.ocop.text.VietnameseText;

/** The text of a cell as the clerk meant it: legacy fonts decoded, Unicode NFC, invisible characters gone. */
public final class CellText {

    private CellText() {
    }

    public static String of(RawCell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.kind() == CellKind.TEXT) {
            return LegacyText.toUnicode(cell.runs());
        }
        return VietnameseText.clean(cell.text());
    }
}
