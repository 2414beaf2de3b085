package vn.backan.ocop.intake.excel;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Where the rows of a worksheet part are, by byte: so rows nobody edits are copied as bytes, never parsed
 * into objects or written again. Works on UTF-8 as bytes, since every byte of XML's syntax is ASCII and no
 * byte of a multi-byte character is. Only ever used on a part a real parser has read whole first; the
 * caller compares the rows found here with the parser's, and uses the parser alone where they differ.
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
 */
record RowLayout(int dataOpenStart, int contentStart, int contentEnd, String dataTag, boolean empty,
                 int[] numbers, int[] starts, int[] ends, Map<String, String> bindings, Dimension dimension) {

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
        Scanner s = new Scanner(xml);
        Map<String, String> bindings = new HashMap<>();
        int depth = 0;
        IntList numbers = new IntList();
        IntList starts = new IntList();
        IntList ends = new IntList();
        Dimension dimension = null;
        while (s.next()) {
            if (s.kind == Scanner.DECLARATION && !utf8(s)) {
                return null;
            }
            if (s.kind != Scanner.TAG) {
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
                            dimension);
                }
                int contentStart = s.end;
                int rowDepth = 0;
                int rowStart = -1;
                int rowNumber = -1;
                while (s.next()) {
                    if (s.kind != Scanner.TAG) {
                        continue;
                    }
                    if (rowDepth == 0) {
                        if (s.closing) {
                            // </sheetData>
                            return new RowLayout(openStart, contentStart, s.start, name, false, numbers.toArray(),
                                    starts.toArray(), ends.toArray(), all, dimension);
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

    private static boolean utf8(Scanner s) {
        String declaration = new String(s.xml, s.start, s.end - s.start, StandardCharsets.US_ASCII);
        int at = declaration.indexOf("encoding");
        if (at < 0) {
            return true;
        }
        String rest = declaration.substring(at + "encoding".length()).replaceFirst("^\\s*=\\s*", "");
        return rest.length() > 1 && rest.substring(1).toUpperCase(java.util.Locale.ROOT).startsWith("UTF-8");
    }

    /** Markup tokens of well-formed XML, by byte offsets. */
    private static final class Scanner {
        static final int TAG = 1;
        static final int DECLARATION = 2;
        static final int OTHER = 3;

        final byte[] xml;
        int position;
        int kind;
        int start;
        int end;
        boolean closing;
        boolean selfClosing;
        int nameStart;
        int nameEnd;

        Scanner(byte[] xml) {
            this.xml = xml;
        }

        /** Moves to the next markup (text between is passed over); false at the end or on broken markup. */
        boolean next() {
            int i = indexOf((byte) '<', position);
            if (i < 0) {
                return false;
            }
            start = i;
            if (startsWith(i, "<!--")) {
                return skipTo(i + 4, "-->", OTHER);
            }
            if (startsWith(i, "<![CDATA[")) {
                return skipTo(i + 9, "]]>", OTHER);
            }
            if (startsWith(i, "<?")) {
                return skipTo(i + 2, "?>", startsWith(i, "<?xml ") ? DECLARATION : OTHER);
            }
            if (startsWith(i, "<!")) {
                return skipTo(i + 2, ">", OTHER);
            }
            kind = TAG;
            closing = i + 1 < xml.length && xml[i + 1] == '/';
            nameStart = closing ? i + 2 : i + 1;
            int j = nameStart;
            while (j < xml.length && !isSpace(xml[j]) && xml[j] != '>' && xml[j] != '/') {
                j++;
            }
            nameEnd = j;
            byte quote = 0;
            for (; j < xml.length; j++) {
                byte b = xml[j];
                if (quote != 0) {
                    if (b == quote) {
                        quote = 0;
                    }
                } else if (b == '"' || b == '\'') {
                    quote = b;
                } else if (b == '>') {
                    selfClosing = xml[j - 1] == '/';
                    end = j + 1;
                    position = end;
                    return nameEnd > nameStart;
                }
            }
            return false;
        }

        private boolean skipTo(int from, String terminator, int what) {
            int at = indexOf(terminator, from);
            if (at < 0) {
                return false;
            }
            kind = what;
            end = at + terminator.length();
            position = end;
            return true;
        }

        String name() {
            return new String(xml, nameStart, nameEnd - nameStart, StandardCharsets.UTF_8);
        }

        String local() {
            String name = name();
            return name.substring(name.indexOf(':') + 1);
        }

        /** The tag's attributes, in order: name, value (entities left as written). */
        void attributes(java.util.function.BiConsumer<String, String> each) {
            int j = nameEnd;
            int stop = selfClosing ? end - 2 : end - 1;
            while (j < stop) {
                while (j < stop && isSpace(xml[j])) {
                    j++;
                }
                int n = j;
                while (j < stop && xml[j] != '=' && !isSpace(xml[j])) {
                    j++;
                }
                String name = new String(xml, n, j - n, StandardCharsets.UTF_8);
                while (j < stop && xml[j] != '"' && xml[j] != '\'') {
                    j++;
                }
                if (j >= stop) {
                    return;
                }
                byte quote = xml[j];
                int v = ++j;
                while (j < stop && xml[j] != quote) {
                    j++;
                }
                each.accept(name, new String(xml, v, j - v, StandardCharsets.UTF_8));
                j++;
            }
        }

        int intAttribute(String wanted) {
            int[] value = {-1};
            attributes((name, v) -> {
                if (name.equals(wanted)) {
                    try {
                        value[0] = Integer.parseInt(v.trim());
                    } catch (NumberFormatException e) {
                        value[0] = -1;
                    }
                }
            });
            return value[0];
        }

        void declarations(Map<String, String> into) {
            attributes((name, v) -> {
                if (name.equals("xmlns")) {
                    into.put("", v);
                } else if (name.startsWith("xmlns:")) {
                    into.put(name.substring(6), v);
                }
            });
        }

        private boolean startsWith(int at, String text) {
            if (at + text.length() > xml.length) {
                return false;
            }
            for (int k = 0; k < text.length(); k++) {
                if (xml[at + k] != text.charAt(k)) {
                    return false;
                }
            }
            return true;
        }

        private int indexOf(byte b, int from) {
            for (int k = from; k < xml.length; k++) {
                if (xml[k] == b) {
                    return k;
                }
            }
            return -1;
        }

        private int indexOf(String text, int from) {
            for (int k = from; k + text.length() <= xml.length; k++) {
                if (startsWith(k, text)) {
                    return k;
                }
            }
            return -1;
        }

        private static boolean isSpace(byte b) {
            return b == ' ' || b == '\t' || b == '\n' || b == '\r';
        }
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
