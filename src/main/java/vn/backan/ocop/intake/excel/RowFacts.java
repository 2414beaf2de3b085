package vn.backan.ocop.intake.excel;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

import javax.xml.XMLConstants;

/**
 * What {@link SheetSplice#reduce} finds in the rows of a worksheet part (the rows kept, the prefixes the
 * rows use, the cells they span), read from the bytes where {@link RowLayout} located the rows instead of by
 * a parser. For the feedback copies of the 1.15M-row benchmark the parser's pass over every cell was 58% of
 * the step's samples and a sixth of its garbage (2026-12-07), to find the few dozen rows a copy edits.
 *
 * <p>It decides only what the parser's pass would decide the same way, and answers null, for the parser to
 * decide, on anything else: a comment, CDATA section or DOCTYPE anywhere in the part, a second sheetData, a
 * sheetData or row outside the main namespace, a namespace declared inside a row, an undeclared prefix, a row
 * number out of range, markup or a carriage return inside a value, an entity it does not know, end tags that
 * do not match their start. A part this reads is also read whole by POI, all but the rows it does not keep,
 * and every row was read by the streaming reader when the file was staged (the feedback copies a file only
 * when its SHA-256 is the one staged).
 */
final class RowFacts {

    /** Excel's last row. */
    private static final int MAX_ROWS = 1_048_576;

    /** Longer texts are cut by the parser's pass, at a place that depends on its buffers. */
    private static final int MAX_TEXT = 32_767;

    /** Something the parser is to decide. */
    private static final class NotExact extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotExact() {
            super(null, null, false, false);
        }
    }

    private final Markup s;
    private final Map<String, String> bindings;
    private final String defaultNamespace;
    private final Map<String, String> used = new HashMap<>();
    private final SheetSplice.Extent extent = new SheetSplice.Extent();
    private int[] openStarts = new int[8];
    private int[] openEnds = new int[8];
    private int depth;
    private final ColumnRef ref = new ColumnRef();
    private final boolean defaultIsMain;
    private boolean defaultUsed;
    private String lastPrefix;
    private boolean lastIsMain;

    private RowFacts(byte[] xml, Map<String, String> bindings) {
        this.s = new Markup(xml);
        this.bindings = bindings;
        this.defaultNamespace = bindings.getOrDefault("", "");
        this.defaultIsMain = SheetSplice.MAIN.equals(defaultNamespace);
    }

    /**
     * @param kept receives the 1-based numbers of the rows kept
     * @return what {@link SheetSplice#reduce} returns without a part, or null where the parser is to decide
     */
    static SheetSplice.Reduction reduce(byte[] xml, RowLayout layout, IntPredicate needed, Predicate<String> textNeeded,
                                        BitSet shared, BitSet kept) {
        if (!layout.plainHead() || !plainTail(xml, layout)) {
            return null;
        }
        RowFacts facts = new RowFacts(xml, layout.bindings());
        String dataTag = layout.dataTag();
        int colon = dataTag.indexOf(':');
        String dataNamespace = colon < 0 ? facts.defaultNamespace : layout.bindings().get(dataTag.substring(0, colon));
        if (!SheetSplice.MAIN.equals(dataNamespace)) {
            return null;
        }
        BitSet found = new BitSet();
        try {
            for (int i = 0; i < layout.rows(); i++) {
                int number = layout.numbers()[i];
                if (number < 1 || number > MAX_ROWS) {
                    return null;
                }
                if (facts.row(layout.starts()[i], layout.ends()[i], number, needed, textNeeded, shared)) {
                    found.set(number);
                }
            }
        } catch (NotExact e) {
            return null;
        }
        kept.or(found);
        if (facts.defaultUsed) {
            facts.used.put("", facts.defaultNamespace);
        }
        return new SheetSplice.Reduction(null, layout.numbers().clone(), facts.used, facts.extent);
    }

    /** One row, from its start tag to the end of its end tag: whether it is kept. */
    private boolean row(int from, int to, int number, IntPredicate needed, Predicate<String> textNeeded, BitSet shared) {
        boolean keep = needed.test(number);
        String cellType = null;
        int column = -1;
        // "v" or "t" while in a value, else null
        String value = null;
        depth = 0;
        s.position = from;
        while (true) {
            int textStart = s.position;
            if (!s.next() || s.kind != Markup.TAG || s.end > to) {
                throw new NotExact();
            }
            if (s.closing) {
                if (depth == 0 || !sameName(--depth)) {
                    throw new NotExact();
                }
                if (value != null && !keep) {
                    keep = needs(value, cellType, textStart, s.start, textNeeded, shared);
                }
                value = null;
                if (depth == 0) {
                    break;
                }
                continue;
            }
            if (value != null) {
                // markup inside a value: the parser's pass reads it differently
                throw new NotExact();
            }
            boolean main = inMain();
            boolean cell = main && depth > 0 && s.localIs("c");
            String type = attributes(cell);
            if (depth == 0) {
                if (!main || !s.localIs("row") || s.start != from) {
                    throw new NotExact();
                }
            } else if (main) {
                if (cell) {
                    cellType = type;
                    column = ref.column >= 0 ? ref.column : column + 1;
                    extent.add(number, column);
                } else if (s.localIs("f")) {
                    keep = true;
                } else if (s.localIs("v")) {
                    value = "v";
                } else if (s.localIs("t")) {
                    value = "t";
                }
            }
            if (s.selfClosing) {
                if (value != null && !keep) {
                    keep = needs(value, cellType, s.end, s.end, textNeeded, shared);
                }
                value = null;
                if (depth == 0) {
                    break;
                }
            } else {
                push();
            }
        }
        if (s.end != to) {
            throw new NotExact();
        }
        return keep;
    }

    /** Whether the tag's name is in the main namespace; its prefix recorded as used. */
    private boolean inMain() {
        if (s.nameColon < 0) {
            defaultUsed = true;
            return defaultIsMain;
        }
        // Files that prefix their names prefix every one alike: the last prefix is looked up once.
        if (lastPrefix == null || !s.is(s.nameStart, s.nameColon, lastPrefix)) {
            lastPrefix = s.text(s.nameStart, s.nameColon);
            String namespace = namespace(lastPrefix);
            used.put(lastPrefix, namespace);
            lastIsMain = SheetSplice.MAIN.equals(namespace);
        }
        return lastIsMain;
    }

    /** The open tag's name, on the stack of names open in the row. */
    private void push() {
        if (depth == openStarts.length) {
            openStarts = Arrays.copyOf(openStarts, depth * 2);
            openEnds = Arrays.copyOf(openEnds, depth * 2);
        }
        openStarts[depth] = s.nameStart;
        openEnds[depth] = s.nameEnd;
        depth++;
    }

    private String namespace(String prefix) {
        if (prefix.isEmpty()) {
            return defaultNamespace;
        }
        if (prefix.equals(XMLConstants.XML_NS_PREFIX)) {
            return XMLConstants.XML_NS_URI;
        }
        String namespace = bindings.get(prefix);
        if (namespace == null) {
            throw new NotExact();
        }
        return namespace;
    }

    /**
     * The namespace of each prefixed attribute, recorded as used; a declaration refused. For a cell, its type
     * ({@code t}) is returned, null when it has none, and its column from {@code r} put in {@link #ref}.
     */
    private String attributes(boolean cell) {
        String type = null;
        ref.column = -1;
        while (s.nextAttribute()) {
            int at = s.indexOf((byte) ':', s.attributeStart, s.attributeEnd);
            if (s.is(s.attributeStart, s.attributeEnd, "xmlns") || at >= 0 && s.is(s.attributeStart, at, "xmlns")) {
                throw new NotExact();
            }
            if (at >= 0) {
                String attributePrefix = s.text(s.attributeStart, at);
                used.put(attributePrefix, namespace(attributePrefix));
                continue;
            }
            boolean isType = cell && s.is(s.attributeStart, s.attributeEnd, "t");
            boolean isRef = cell && s.is(s.attributeStart, s.attributeEnd, "r");
            if (!isType && !isRef) {
                continue;
            }
            for (int k = s.valueStart; k < s.valueEnd; k++) {
                byte b = s.xml[k];
                if (b == '&' || b == '\t' || b == '\n' || b == '\r') {
                    throw new NotExact();
                }
            }
            if (isType) {
                type = type();
            } else {
                ref.of(s.xml, s.valueStart, s.valueEnd);
            }
        }
        return type;
    }

    private static final String[] TYPES = {"s", "str", "inlineStr", "n", "b", "e", "d"};

    /** The attribute's value, as a cell type: the usual ones without a new string. */
    private String type() {
        for (String type : TYPES) {
            if (s.is(s.valueStart, s.valueEnd, type)) {
                return type;
            }
        }
        return s.text(s.valueStart, s.valueEnd);
    }

    /** The parser's decision on a value, when the value is one it reads: its text only when that matters. */
    private boolean needs(String local, String cellType, int from, int to, Predicate<String> textNeeded, BitSet shared) {
        if (!SheetSplice.readsText(local, cellType)) {
            return false;
        }
        if (local.equals("v") && "s".equals(cellType)) {
            // Most values are shared strings' indexes: read as digits, without a string, unless escaped.
            int index = digits(from, to);
            if (index != ESCAPED) {
                return index < 0 || shared.get(index);
            }
        }
        return SheetSplice.valueNeeds(local, cellType, text(from, to), textNeeded, shared);
    }

    private static final int ESCAPED = Integer.MIN_VALUE;

    /**
     * The number written, as {@code Integer.parseInt} of the trimmed text reads it: -1 where it reads none
     * (a shared string that cannot be read keeps its row), {@link #ESCAPED} where the text has an entity.
     */
    private int digits(int from, int to) {
        byte[] xml = s.xml;
        while (from < to && (xml[from] & 0xFF) <= ' ') {
            from++;
        }
        while (to > from && (xml[to - 1] & 0xFF) <= ' ') {
            to--;
        }
        boolean negative = from < to && xml[from] == '-';
        int k = from < to && (xml[from] == '-' || xml[from] == '+') ? from + 1 : from;
        if (k == to) {
            return -1;
        }
        long value = 0;
        for (; k < to; k++) {
            byte b = xml[k];
            if (b == '&') {
                return ESCAPED;
            }
            if (b < '0' || b > '9') {
                for (int e = k; e < to; e++) {
                    if (xml[e] == '&') {
                        return ESCAPED;
                    }
                }
                return -1;
            }
            value = value * 10 + (b - '0');
            if (value > Integer.MAX_VALUE + 1L) {
                return -1;
            }
        }
        if (negative) {
            return value == 0 ? 0 : -1;
        }
        return value > Integer.MAX_VALUE ? -1 : (int) value;
    }

    /** A value's text as the parser gives it: the five entities and character references replaced. */
    private String text(int from, int to) {
        if (to - from > MAX_TEXT) {
            throw new NotExact();
        }
        byte[] xml = s.xml;
        int amp = -1;
        for (int k = from; k < to; k++) {
            if (xml[k] == '\r') {
                throw new NotExact();
            }
            if (xml[k] == '&' && amp < 0) {
                amp = k;
            }
        }
        String raw = new String(xml, from, to - from, StandardCharsets.UTF_8);
        return amp < 0 ? raw : unescape(raw);
    }

    private static String unescape(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c != '&') {
                out.append(c);
                i++;
                continue;
            }
            int semi = raw.indexOf(';', i);
            if (semi < 0) {
                throw new NotExact();
            }
            String entity = raw.substring(i + 1, semi);
            switch (entity) {
                case "lt" -> out.append('<');
                case "gt" -> out.append('>');
                case "amp" -> out.append('&');
                case "quot" -> out.append('"');
                case "apos" -> out.append('\'');
                default -> out.appendCodePoint(characterReference(entity));
            }
            i = semi + 1;
        }
        return out.toString();
    }

    /** A character reference's character, when it is one XML allows in text; anything else is the parser's. */
    private static int characterReference(String entity) {
        int code;
        try {
            if (entity.startsWith("#x")) {
                code = Integer.parseInt(entity.substring(2), 16);
            } else if (entity.startsWith("#")) {
                code = Integer.parseInt(entity.substring(1));
            } else {
                throw new NotExact();
            }
        } catch (NumberFormatException e) {
            throw new NotExact();
        }
        boolean allowed = code == 0x9 || code == 0xA || code >= 0x20 && code <= 0xD7FF
                || code >= 0xE000 && code <= 0xFFFD || code >= 0x10000 && code <= 0x10FFFF;
        if (!allowed || entity.length() > 8) {
            throw new NotExact();
        }
        return code;
    }

    /** Whether the end tag's name is the name opened at {@code level}. */
    private boolean sameName(int level) {
        int length = openEnds[level] - openStarts[level];
        if (s.nameEnd - s.nameStart != length) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if (s.xml[openStarts[level] + k] != s.xml[s.nameStart + k]) {
                return false;
            }
        }
        return true;
    }

    /** After the rows: no comment, CDATA section or DOCTYPE, and no second sheetData. */
    private static boolean plainTail(byte[] xml, RowLayout layout) {
        Markup tail = new Markup(xml);
        int from = layout.contentEnd();
        if (!layout.empty()) {
            // past the name in </sheetData>
            from = tail.indexOf("sheetData", from) + 1;
        }
        return tail.indexOf("<!", layout.contentEnd()) < 0 && tail.indexOf("sheetData", from) < 0;
    }

    /** A cell reference's column, read from its bytes as {@link CellRef#parseColumn} reads its text. */
    private static final class ColumnRef implements CharSequence {
        private byte[] bytes;
        private int from;
        private int to;
        int column = -1;

        void of(byte[] bytes, int from, int to) {
            this.bytes = bytes;
            this.from = from;
            this.to = to;
            column = CellRef.parseColumn(this);
        }

        @Override
        public int length() {
            return to - from;
        }

        @Override
        public char charAt(int index) {
            // Letters are ASCII; any byte of a multi-byte character stops the letters, as the character would.
            return (char) (bytes[from + index] & 0xFF);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new String(bytes, from + start, end - start, StandardCharsets.ISO_8859_1);
        }

        @Override
        public String toString() {
            return subSequence(0, length()).toString();
        }
    }
}
