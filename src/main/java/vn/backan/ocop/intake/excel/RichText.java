package vn.backan.ocop.intake.excel;

import java.util.ArrayList;
import java.util.List;

import vn.backan.ocop.intake.excel.TextRun;

/**
 * A string made of runs, some with a font of their own. Kept as two small arrays rather than
 * TextRun objects because the font of a run without one is only known per cell (its style).
 */
final class RichText {

    private final String text;
    private final String[] pieces;
    private final String[] fonts;

    RichText(List<String> pieces, List<String> fonts) {
        this.pieces = pieces.toArray(new String[0]);
        this.fonts = fonts.toArray(new String[0]);
        this.text = String.join("", pieces);
    }

    String text() {
        return text;
    }

    /** @param cellFont the font of the cell's style, for runs that name none */
    List<TextRun> runs(String cellFont) {
        List<TextRun> runs = new ArrayList<>(pieces.length);
        for (int i = 0; i < pieces.length; i++) {
            runs.add(new TextRun(pieces[i], fonts[i] != null ? fonts[i] : cellFont));
        }
        return runs;
    }

    /**
     * A TEXT cell from a stored string item (a plain String or a RichText), or null when the text
     * is empty: such a cell counts as blank.
     */
    static RawCell cell(int column, Object item, String cellFont, String formula) {
        if (item instanceof RichText rich) {
            return rich.text.isEmpty() ? null : RawCell.text(column, rich.text, rich.runs(cellFont), formula);
        }
        String plain = (String) item;
        return plain.isEmpty() ? null : RawCell.text(column, plain, List.of(new TextRun(plain, cellFont)), formula);
    }
}
