package vn.backan.ocop.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The TCVN3 and VNI tables from {@code /reference}, read once when first needed.
 *
 * <p>Each row is read from its code-point columns and checked against the visible columns, so a
 * table saved by an editor that drops the soft hyphen (TCVN3 "ư" is U+00AD) fails loudly here
 * instead of decoding wrongly.
 */
final class LegacyTables {

    static final String TCVN3_RESOURCE = "/reference/tcvn3-to-unicode.tsv";
    static final String VNI_RESOURCE = "/reference/vni-to-unicode.tsv";

    private LegacyTables() {
    }

    /** TCVN3 byte (as a Latin-1 char) → Unicode letter. */
    static Map<Character, String> tcvn3() {
        return Holder.TCVN3;
    }

    /** VNI one- and two-character spellings → Unicode letter. */
    static Map<String, String> vni() {
        return Holder.VNI;
    }

    private static final class Holder {
        static final Map<Character, String> TCVN3 = loadTcvn3();
        static final Map<String, String> VNI = Map.copyOf(load(VNI_RESOURCE, "legacy_codepoints"));

        private static Map<Character, String> loadTcvn3() {
            Map<Character, String> map = new HashMap<>();
            load(TCVN3_RESOURCE, "legacy_codepoint").forEach((legacy, unicode) -> {
                if (legacy.length() != 1) {
                    throw new IllegalStateException(TCVN3_RESOURCE + ": TCVN3 is one byte per letter, got " + legacy);
                }
                map.put(legacy.charAt(0), unicode);
            });
            return Map.copyOf(map);
        }
    }

    private static Map<String, String> load(String resource, String legacyCodepointColumn) {
        try (InputStream in = LegacyTables.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> header = List.of(reader.readLine().split("\t", -1));
            int legacyCol = column(header, "legacy", resource);
            int unicodeCol = column(header, "unicode", resource);
            int legacyCpCol = column(header, legacyCodepointColumn, resource);
            int unicodeCpCol = column(header, "unicode_codepoint", resource);
            Map<String, String> map = new HashMap<>();
            int lineNo = 1;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNo++;
                if (line.isEmpty()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                String legacy = fromCodepoints(f[legacyCpCol]);
                String unicode = fromCodepoints(f[unicodeCpCol]);
                if (!legacy.equals(f[legacyCol]) || !unicode.equals(f[unicodeCol])) {
                    throw new IllegalStateException(resource + " line " + lineNo
                            + ": visible columns do not match the code-point columns");
                }
                if (map.put(legacy, unicode) != null) {
                    throw new IllegalStateException(resource + " line " + lineNo + ": duplicate legacy spelling");
                }
            }
            if (map.isEmpty()) {
                throw new IllegalStateException(resource + " has no rows");
            }
            return map;
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    private static int column(List<String> header, String name, String resource) {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new IllegalStateException(resource + " has no column " + name);
        }
        return i;
    }

    /** "U+0041 U+00C0" → "AÀ". */
    private static String fromCodepoints(String field) {
        StringBuilder sb = new StringBuilder();
        for (String cp : field.trim().split(" +")) {
            if (!cp.startsWith("U+")) {
                throw new IllegalStateException("not a code point: " + cp);
            }
            sb.appendCodePoint(Integer.parseInt(cp.substring(2), 16));
        }
        return sb.toString();
    }
}
