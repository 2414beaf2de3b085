package vn.backan.ocop.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.backan.ocop.text.LegacyText;

/**
 * Writes Unicode text the way a clerk's old keyboard driver stored it: TCVN3 bytes for the .VnTime
 * fonts, VNI spellings for the VNI-Times fonts. Built from the reference tables read backwards, and
 * checked by decoding, so the corpus never holds text the pipeline could not have meant.
 */
final class Legacy {

    private static final Map<String, String> TCVN3 = inverse("/reference/tcvn3-to-unicode.tsv");
    private static final Map<String, String> VNI = inverse("/reference/vni-to-unicode.tsv");

    private Legacy() {
    }

    /** TCVN3 for a .VnTime font; capitals with tone marks have no TCVN3 byte, so write them in lower case. */
    static String tcvn3(String unicode) {
        return encode(unicode, TCVN3, ".VnTime");
    }

    /** TCVN3 for a capitals font (.VnTimeH): every letter is drawn as a capital, so it is stored in lower case. */
    static String tcvn3Capitals(String unicode) {
        return encode(unicode.toLowerCase(java.util.Locale.ROOT), TCVN3, ".VnTimeH");
    }

    static String vni(String unicode) {
        return encode(unicode, VNI, "VNI-Times");
    }

    private static String encode(String unicode, Map<String, String> table, String font) {
        String nfc = Normalizer.normalize(unicode, Normalizer.Form.NFC);
        StringBuilder sb = new StringBuilder();
        nfc.codePoints().forEach(cp -> {
            String letter = new String(Character.toChars(cp));
            sb.append(table.getOrDefault(letter, letter));
        });
        String legacy = sb.toString();
        String back = LegacyText.toUnicode(legacy, font);
        String expected = font.endsWith("H") ? nfc.toUpperCase(java.util.Locale.ROOT) : nfc;
        if (!back.equals(expected)) {
            throw new IllegalArgumentException("\"" + unicode + "\" cannot be written in " + font + " (reads back as \"" + back + "\")");
        }
        return legacy;
    }

    /** Unicode letter → legacy spelling, from the visible columns of a reference table. */
    private static Map<String, String> inverse(String resource) {
        Map<String, String> map = new HashMap<>();
        try (InputStream in = Legacy.class.getResourceAsStream(resource)) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> header = Arrays.asList(reader.readLine().split("\t", -1));
            int legacy = header.indexOf("legacy");
            int unicode = header.indexOf("unicode");
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isEmpty()) {
                    String[] f = line.split("\t", -1);
                    // The first spelling listed wins: a table may list a second, rarer spelling of a letter.
                    map.putIfAbsent(f[unicode], f[legacy]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
        return map;
    }
}
