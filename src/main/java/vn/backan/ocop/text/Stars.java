package vn.backan.ocop.text;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** OCOP star ratings (1–5) as districts type them: "3", "3 sao", "3★", "★★★", "III", "hạng 3". */
public final class Stars {

    // On lower-case text without diacritics ("hạng" → "hang"; the emoji variation selector, a mark, is gone).
    private static final Pattern RATING = Pattern.compile(
            "(?:ocop\\s*)?(?:hang\\s*)?(?:([1-5])(?:[.,]0+)?|(i{1,3}|iv|v))\\s*(?:sao|\\*|★|⭐)?(?:\\s*ocop)?");
    private static final Pattern SYMBOLS = Pattern.compile("\\*+|★+|⭐+");

    private Stars() {
    }

    /** The rating, or empty for anything that is not 1 to 5 stars (0, 6, "3.5", words). */
    public static OptionalInt parse(String s) {
        String t = VietnameseText.lowerNoMarks(s);
        if (t.isEmpty()) {
            return OptionalInt.empty();
        }
        String compact = t.replace(" ", "");
        if (SYMBOLS.matcher(compact).matches()) {
            return inRange(compact.codePointCount(0, compact.length()));
        }
        Matcher m = RATING.matcher(t);
        if (!m.matches()) {
            return OptionalInt.empty();
        }
        return m.group(1) != null ? inRange(Integer.parseInt(m.group(1))) : inRange(roman(m.group(2)));
    }

    /** The rating from a numeric cell: only an integral 1 to 5. */
    public static OptionalInt fromNumber(double d) {
        if (d != Math.rint(d)) {
            return OptionalInt.empty();
        }
        return d >= 1 && d <= 5 ? OptionalInt.of((int) d) : OptionalInt.empty();
    }

    private static int roman(String r) {
        return switch (r) {
            case "iv" -> 4;
            case "v" -> 5;
            default -> r.length();
        };
    }

    private static OptionalInt inRange(int n) {
        return n >= 1 && n <= 5 ? OptionalInt.of(n) : OptionalInt.empty();
    }
}
