package vn.backan.ocop.text;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Numbers typed as text in Vietnamese workbooks.
 *
 * <p>Vietnamese writes "." for thousands and "," for decimals; spreadsheets set up in English write
 * the reverse, and both reach us. The rules, in order:
 * <ul>
 *   <li>Spaces (after {@link VietnameseText#clean}, so NBSP too) can only group thousands.</li>
 *   <li>When "." and "," both appear, the last one is the decimal separator and the other groups thousands.</li>
 *   <li>A separator that appears more than once groups thousands.</li>
 *   <li>A single "," is a decimal comma.</li>
 *   <li>A single "." is a thousands dot when it has 1–3 digits before it (not starting with 0) and
 *       exactly 3 after; otherwise it is a decimal point ("91.14", "3.0", "0.500").</li>
 * </ul>
 * Thousands groups after the first must have exactly 3 digits, or the text is rejected.
 *
 * <p>The one ambiguity: "1.234" is read as 1234 (Vietnamese thousands dot) and "1,234" as 1.234
 * (Vietnamese decimal comma), even though an English sheet means the reverse of both.
 */
public final class VietnameseNumbers {

    private static final Pattern SHAPE = Pattern.compile("[0-9](?:[0-9 .,]*[0-9])?");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    private VietnameseNumbers() {
    }

    /** The number, or empty when the text is not a number in one of the accepted shapes. */
    public static Optional<BigDecimal> parse(String s) {
        String t = VietnameseText.clean(s);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        boolean negative = false;
        if (t.charAt(0) == '-' || t.charAt(0) == '+') {
            negative = t.charAt(0) == '-';
            t = t.substring(1).strip();
        }
        if (!SHAPE.matcher(t).matches()) {
            return Optional.empty();
        }
        int lastDot = t.lastIndexOf('.');
        int lastComma = t.lastIndexOf(',');
        boolean spaces = t.indexOf(' ') >= 0;
        int dots = count(t, '.');
        int commas = count(t, ',');

        char decimal = 0;
        if (dots > 0 && commas > 0) {
            if (spaces) {
                return Optional.empty();
            }
            decimal = lastDot > lastComma ? '.' : ',';
        } else if (commas == 1) {
            decimal = ',';
        } else if (dots == 1 && (spaces || !isThousandsDot(t, lastDot))) {
            decimal = '.';
        }

        String integerPart = t;
        String fraction = "";
        if (decimal != 0) {
            int at = t.lastIndexOf(decimal);
            if (t.indexOf(decimal) != at) {
                return Optional.empty();
            }
            integerPart = t.substring(0, at);
            fraction = t.substring(at + 1);
            if (!DIGITS.matcher(fraction).matches()) {
                return Optional.empty();
            }
        }
        String digits = ungroup(integerPart);
        if (digits == null) {
            return Optional.empty();
        }
        String plain = (negative ? "-" : "") + digits + (fraction.isEmpty() ? "" : "." + fraction);
        return Optional.of(new BigDecimal(plain));
    }

    private static boolean isThousandsDot(String t, int dot) {
        String before = t.substring(0, dot);
        String after = t.substring(dot + 1);
        return before.length() <= 3 && before.charAt(0) != '0' && after.length() == 3;
    }

    /** "1.234.567" → "1234567"; null when the grouping is not 1–3 digits then groups of exactly 3. */
    private static String ungroup(String integerPart) {
        if (DIGITS.matcher(integerPart).matches()) {
            return integerPart;
        }
        char separator = 0;
        for (char c : integerPart.toCharArray()) {
            if (c < '0' || c > '9') {
                if (separator != 0 && c != separator) {
                    return null;
                }
                separator = c;
            }
        }
        String[] groups = integerPart.split(Pattern.quote(String.valueOf(separator)), -1);
        if (groups[0].isEmpty() || groups[0].length() > 3 || groups[0].charAt(0) == '0') {
            return null;
        }
        for (int i = 1; i < groups.length; i++) {
            if (groups[i].length() != 3) {
                return null;
            }
        }
        return String.join("", groups);
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }
}
