package vn.backan.ocop.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/** How the text of a cell run is encoded, decided by its font. */
public enum LegacyEncoding {

    UNICODE {
        @Override
        String decodeLegacy(String raw) {
            return raw;
        }
    },

    /** TCVN3 (ABC), fonts .VnTime, .VnArial, …: one byte per letter. */
    TCVN3 {
        @Override
        String decodeLegacy(String raw) {
            Map<Character, String> table = LegacyTables.tcvn3();
            StringBuilder sb = new StringBuilder(raw.length());
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                String letter = table.get(c);
                if (letter != null) {
                    sb.append(letter);
                } else {
                    sb.append(c);
                }
            }
            return sb.toString();
        }
    },

    /**
     * TCVN3 in a capitals font (.VnTimeH, .VnArialH, …). TCVN3 has no bytes for capitals with tone
     * marks; these fonts draw every byte, ASCII included, as a capital, so the decoded text is
     * upper-cased as a whole.
     */
    TCVN3_CAPS {
        @Override
        String decodeLegacy(String raw) {
            return TCVN3.decodeLegacy(raw).toUpperCase(Locale.ROOT);
        }
    },

    /** VNI-Windows, fonts VNI-Times, VNI-Helve, …: mostly base letter + mark byte. */
    VNI {
        @Override
        String decodeLegacy(String raw) {
            Map<String, String> table = LegacyTables.vni();
            StringBuilder sb = new StringBuilder(raw.length());
            int i = 0;
            while (i < raw.length()) {
                // Greedy, two characters first: "ô" alone is ơ, but "ôù" is ớ.
                if (i + 1 < raw.length()) {
                    String two = table.get(raw.substring(i, i + 2));
                    if (two != null) {
                        sb.append(two);
                        i += 2;
                        continue;
                    }
                }
                String one = table.get(raw.substring(i, i + 1));
                sb.append(one != null ? one : raw.substring(i, i + 1));
                i++;
            }
            return sb.toString();
        }
    };

    /** The encoding a run in this font is stored in; null or an unknown font is Unicode. */
    public static LegacyEncoding forFont(String fontName) {
        if (fontName == null) {
            return UNICODE;
        }
        String name = fontName.strip();
        if (name.regionMatches(true, 0, ".Vn", 0, 3)) {
            // Only a capital H marks the capitals fonts (.VnTimeH); a lower-case h ends ordinary names.
            return name.endsWith("H") ? TCVN3_CAPS : TCVN3;
        }
        if (name.regionMatches(true, 0, "VNI-", 0, 4) || name.regionMatches(true, 0, "VNI ", 0, 4)) {
            return VNI;
        }
        return UNICODE;
    }

    /**
     * Decodes text stored in this encoding to NFC Unicode. {@link #UNICODE} returns {@code raw}
     * unchanged. Null is returned as "".
     *
     * <p>A legacy run that already contains Vietnamese letters only Unicode has (ơ, ư, ạ, …, or
     * combining tone marks) is returned as it is: Excel keeps a .VnTime font on a cell after someone
     * retypes it with a Unicode keyboard, and decoding that text would garble it. Legacy bytes read
     * as Windows-1252/Latin-1 never produce these letters.
     */
    public String decode(String raw) {
        if (raw == null) {
            return "";
        }
        if (this == UNICODE) {
            return raw;
        }
        if (hasUnicodeOnlyVietnamese(raw)) {
            return Normalizer.normalize(raw, Normalizer.Form.NFC);
        }
        return Normalizer.normalize(decodeLegacy(raw), Normalizer.Form.NFC);
    }

    abstract String decodeLegacy(String raw);

    static boolean hasUnicodeOnlyVietnamese(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\u0102', '\u0103', '\u0110', '\u0111', '\u0128', '\u0129', '\u0168', '\u0169',
                        '\u01A0', '\u01A1', '\u01AF', '\u01B0',
                        '\u0300', '\u0301', '\u0303', '\u0309', '\u0323' -> {
                    return true;
                }
                default -> {
                    if (c >= '\u1EA0' && c <= '\u1EF9') {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
