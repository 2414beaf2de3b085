package vn.backan.ocop.text;

import vn.backan.ocop.intake.excel.TextRun;
import java.util.List;

/** Cell text in whatever encoding its fonts imply, as clean Unicode. */
public final class LegacyText {

    private LegacyText() {
    }

    /**
     * Decodes each run by its own font, joins them, then {@link VietnameseText#clean cleans} the
     * result. Cleaning comes last because TCVN3 stores "ư" as U+00AD, which cleaning removes as a soft
     * hyphen, and because a run boundary may split a word.
     */
    public static String toUnicode(List<TextRun> runs) {
        if (runs == null) {
            return "";
        }
        if (runs.size() == 1 && runs.get(0) != null) {
            // Most cells are one run: no builder to fill and copy for every text cell read.
            return toUnicode(runs.get(0).text(), runs.get(0).fontName());
        }
        StringBuilder sb = new StringBuilder();
        for (TextRun run : runs) {
            if (run != null) {
                sb.append(LegacyEncoding.forFont(run.fontName()).decode(run.text()));
            }
        }
        return VietnameseText.clean(sb.toString());
    }

    /** One run: the whole cell in one font. */
    public static String toUnicode(String text, String fontName) {
        return VietnameseText.clean(LegacyEncoding.forFont(fontName).decode(text));
    }
}
