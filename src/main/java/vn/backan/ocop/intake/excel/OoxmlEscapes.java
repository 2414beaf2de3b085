package vn.backan.ocop.intake.excel;

/**
 * OOXML writes characters that XML 1.0 cannot carry (control characters such as CR) as
 * {@code _xHHHH_}, and a literal "_x" sequence as {@code _x005F_x...}. Excel shows the decoded text.
 */
final class OoxmlEscapes {

    private OoxmlEscapes() {
    }

    static String decode(String value) {
        int start = value.indexOf("_x");
        if (start < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        out.append(value, 0, start);
        int i = start;
        while (i < value.length()) {
            if (isEscapeAt(value, i)) {
                out.append((char) Integer.parseInt(value.substring(i + 2, i + 6), 16));
                i += 7;
            } else {
                out.append(value.charAt(i));
                i++;
            }
        }
        return out.toString();
    }

    private static boolean isEscapeAt(String value, int i) {
        if (i + 7 > value.length() || value.charAt(i) != '_' || value.charAt(i + 1) != 'x' || value.charAt(i + 6) != '_') {
            return false;
        }
        for (int p = i + 2; p < i + 6; p++) {
            if (Character.digit(value.charAt(p), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
