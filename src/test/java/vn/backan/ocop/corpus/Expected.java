package vn.backan.ocop.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The outcome a corpus file must get, as written in {@code corpus/expected/<file>.expected}:
 *
 * <pre>
 * file XLSX 061 2019 accepted_with_warnings in force  format, district, period, status (and whether in force)
 * sheet PRODUCT 7 read 4 loaded 3 warning 1 rejected 0 | Sản phẩm
 * row PRODUCT 13 warning ROW_HIDDEN@A13               every data row: outcome and every issue with its cell
 * skip PRODUCT 16 TOTALS_ROW_SKIPPED@A16              rows under the header that are not data
 * issue COLUMN_UNKNOWN Sản phẩm!K5                    problems of the file and its layout, with their place
 * message COMMUNE_NEAR_MISS Sản phẩm!F6 | Côn Minh    the Vietnamese message of an issue contains this
 * value PRODUCT 8 | product_code=BB-01 | score=62.00  staged values of a row
 * </pre>
 *
 * The first five kinds of line must match what the database holds exactly, line for line.
 */
record Expected(List<String> lines, List<String> messages, List<String> values) {

    static Expected load(String file) throws IOException {
        String resource = "/corpus/expected/" + file + ".expected";
        try (InputStream in = Expected.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no expectation " + resource);
            }
            List<String> lines = new ArrayList<>();
            List<String> messages = new ArrayList<>();
            List<String> values = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                if (text.startsWith("message ")) {
                    messages.add(text);
                } else if (text.startsWith("value ")) {
                    values.add(text);
                } else {
                    lines.add(canonical(text));
                }
            }
            return new Expected(sorted(lines), messages, values);
        }
    }

    /** A row's issues in a fixed order, whatever order they were written in. */
    static String canonical(String line) {
        if (!line.startsWith("row ") && !line.startsWith("skip ")) {
            return line;
        }
        String[] words = line.split(" +");
        int fixed = line.startsWith("row ") ? 4 : 3;
        String[] issues = Arrays.copyOfRange(words, Math.min(fixed, words.length), words.length);
        Arrays.sort(issues);
        List<String> all = new ArrayList<>(Arrays.asList(words).subList(0, Math.min(fixed, words.length)));
        all.addAll(Arrays.asList(issues));
        return String.join(" ", all);
    }

    static List<String> sorted(List<String> lines) {
        return lines.stream().sorted(Comparator.comparing(Expected::sortKey)).toList();
    }

    /** file, issues, sheets, then rows by sheet and Excel row. */
    private static String sortKey(String line) {
        String[] w = line.split(" +");
        return switch (w[0]) {
            case "file" -> "0";
            case "issue" -> "1 " + line;
            case "sheet" -> "2 " + order(w[1]);
            case "row", "skip" -> "3 " + order(w[1]) + String.format(" %06d", Integer.parseInt(w[2]));
            default -> "4 " + line;
        };
    }

    private static int order(String kind) {
        return List.of("PRODUCT", "ENTITY", "COMMUNE", "SUPPORT").indexOf(kind);
    }
}
