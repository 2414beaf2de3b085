package vn.backan.ocop.intake.excel;

import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * The mark a feedback workbook carries so that, sent back as the district's file, the sheets the
 * job added ({@code Tóm tắt}, {@code Lỗi}) are known for what they are and never read as the
 * district's: a workbook-level defined name whose value lists those sheets by name. A name,
 * not a sheet name alone, because a district may keep a sheet of its own called "Tóm tắt"; and
 * Excel and LibreOffice keep defined names when they save, in .xlsx and in .xls.
 */
public final class FeedbackMarker {

    /** The defined name; its value is a text constant, {@code "Tóm tắt|Lỗi"}. */
    public static final String NAME = "OCOP_PHAN_HOI";
    private static final String SEPARATOR = "|";

    private FeedbackMarker() {
    }

    /** The value to give the defined name: the sheet names as one quoted text (no sheet name holds a quote or bar). */
    public static String formula(Collection<String> sheets) {
        return "\"" + String.join(SEPARATOR, sheets) + "\"";
    }

    /** The sheet names a defined name's value lists, case-insensitive; empty when it is not ours. */
    public static Set<String> sheets(String formula) {
        Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        if (formula == null) {
            return names;
        }
        String text = formula.strip();
        if (text.startsWith("=")) {
            text = text.substring(1);
        }
        if (text.length() < 2 || !text.startsWith("\"") || !text.endsWith("\"")) {
            return names;
        }
        Arrays.stream(text.substring(1, text.length() - 1).split("\\|")).map(String::strip)
                .filter(s -> !s.isEmpty()).forEach(names::add);
        return names;
    }
}
