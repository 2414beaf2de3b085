package vn.backan.ocop.intake.excel;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Where the rows of a worksheet part are, by byte: so rows nobody edits are copied as bytes, never parsed
 * into objects or written again. Works on UTF-8 as bytes, since every byte of XML's syntax is ASCII and no
 * byte of a multi-byte character is. Only ever used on a part a real parser has read whole: the streaming
 * reader when the file was staged (the feedback checks the file's SHA-256 before it copies it), or POI. The
 * caller either compares the rows found here with the parser's and uses the parser alone where they differ,
 * or reads them with {@link RowFacts}, which leaves to the parser whatever the parser might read otherwise.
 *
 * @param dataOpenStart  index of {@code <sheetData}
 * @param contentStart   index just after the sheetData start tag (after {@code />} when it has no rows)
 * @param contentEnd     index of {@code </sheetData>}, or {@code contentStart} when it has no rows
 * @param dataTag        the sheetData tag's qualified name, as written
 * @param empty          the sheetData element is written {@code <sheetData/>}
 * @param numbers        each row's {@code r}, in order; -1 where a row has none
 * @param starts         each row's first byte
 * @param ends           each row's end, exclusive
 * @param bindings       namespace prefix ("" for the default) → URI, declared on the root and sheetData tags
 * @param dimension      the dimension element before the rows: its start, its end, its tag name and its ref;
 *                       null when there is none
 * @param plainHead      no comment, CDATA section, DOCTYPE or processing instruction comes before the rows
 */
record RowLayout(int dataOpenStart, int contentStart, int contentEnd, String dataTag, boolean empty,
                 int[] numbers, int[] starts, int[] ends, Map<String, String> bindings, Dimension dimension,
                 boolean plainHead) {

    /** The {@code <dimension ref="A1:H7001"/>} tag, by byte. */
    record Dimension(int start, int end, String tag, String ref) {
    }

    int rows() {
        return numbers.length;
    }

    /** @return the layout, or null where the part is not as expected (no sheetData, not UTF-8, a broken tag) */
    static RowLayout of(byte[] xml) {
        if (xml.length >= 2 && (xml[0] == (byte) 0xFE || xml[0] == (byte) 0xFF || xml[0] == 0 || xml[1] == 0)) {
            return null;
        }
        Markup s = new Markup(xml);
        Map<String, String> bindings = new HashMap<>();
        int depth = 0;
        IntList numbers = new IntList();
        IntList starts = new IntList();
        IntList ends = new IntList();
        Dimension dimension = null;
        boolean plainHead = true;
        while (s.next()) {
            if (s.kind == Markup.DECLARATION && !utf8(s)) {
                return null;
            }
            if (s.kind != Markup.TAG) {
                plainHead &= s.kind == Markup.DECLARATION;
                continue;
            }
            if (s.closing) {
                depth--;
                continue;
            }
            if (depth == 0) {
                s.declarations(bindings);
            }
            if (depth == 1 && s.selfClosing && s.local().equals("dimension")) {
                String[] ref = {null};
                s.attributes((name, value) -> {
                    if (name.equals("ref")) {
                        ref[0] = value;
                    }
                });
                dimension = new Dimension(s.start, s.end, s.name(), ref[0]);
            }
            if (depth == 1 && s.local().equals("sheetData")) {
                Map<String, String> all = new HashMap<>(bindings);
                s.declarations(all);
                String name = s.name();
                int openStart = s.start;
                if (s.selfClosing) {
                    return new RowLayout(openStart, s.end, s.end, name, true, new int[0], new int[0], new int[0], all,
                            dimension, plainHead);
                }
                int contentStart = s.end;
                int rowDepth = 0;
                int rowStart = -1;
                int rowNumber = -1;
                while (s.next()) {
                    if (s.kind != Markup.TAG) {
                        continue;
                    }
                    if (rowDepth == 0) {
                        if (s.closing) {
                            // </sheetData>
                            return new RowLayout(openStart, contentStart, s.start, name, false, numbers.toArray(),
                                    starts.toArray(), ends.toArray(), all, dimension, plainHead);
                        }
                        if (!s.local().equals("row")) {
                            return null;
                        }
                        rowStart = s.start;
                        rowNumber = s.intAttribute("r");
                        if (s.selfClosing) {
                            numbers.add(rowNumber);
                            starts.add(rowStart);
                            ends.add(s.end);
                        } else {
                            rowDepth = 1;
                        }
                    } else if (s.closing) {
                        if (--rowDepth == 0) {
                            numbers.add(rowNumber);
                            starts.add(rowStart);
                            ends.add(s.end);
                        }
                    } else if (!s.selfClosing) {
                        rowDepth++;
                    }
                }
                return null;
            }
            if (!s.selfClosing) {
                depth++;
            }
        }
        return null;
    }

    private static boolean utf8(Markup s) {
        String declaration = new String(s.xml, s.start, s.end - s.start, StandardCharsets.US_ASCII);
        int at = declaration.indexOf("encoding");
        if (at < 0) {
            return true;
        }
        String rest = declaration.substring(at + "encoding".length()).replaceFirst("^\\s*=\\s*", "");
        return rest.length() > 1 && rest.substring(1).toUpperCase(java.util.Locale.ROOT).startsWith("UTF-8");
    }

    /** A growing int array. */
    private static final class IntList {
        private int[] values = new int[256];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }
}
