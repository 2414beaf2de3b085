package vn.backan.ocop.intake.excel;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Markup tokens of well-formed XML, by byte offsets: every byte of XML's syntax is ASCII and no byte of a
 * multi-byte UTF-8 character is, so UTF-8 is read as bytes. Nothing here checks that the XML is well formed;
 * its callers use it on parts a parser has read, or check what they rely on.
 */
final class Markup {
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
    /** Where the tag's name has its prefix's colon, or -1. */
    int nameColon;

    Markup(byte[] xml) {
        this.xml = xml;
    }

    /** Moves to the next markup (text between is passed over); false at the end or on broken markup. */
    boolean next() {
        int i = indexOf((byte) '<', position);
        if (i < 0) {
            return false;
        }
        start = i;
        byte second = i + 1 < xml.length ? xml[i + 1] : 0;
        if (second == '!') {
            if (startsWith(i, "<!--")) {
                return skipTo(i + 4, "-->", OTHER);
            }
            if (startsWith(i, "<![CDATA[")) {
                return skipTo(i + 9, "]]>", OTHER);
            }
            return skipTo(i + 2, ">", OTHER);
        }
        if (second == '?') {
            return skipTo(i + 2, "?>", startsWith(i, "<?xml ") ? DECLARATION : OTHER);
        }
        kind = TAG;
        attributeAt = -1;
        closing = second == '/';
        nameStart = closing ? i + 2 : i + 1;
        int j = nameStart;
        while (j < xml.length && !isSpace(xml[j]) && xml[j] != '>' && xml[j] != '/') {
            j++;
        }
        nameEnd = j;
        nameColon = indexOf((byte) ':', nameStart, nameEnd);
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
        return text(nameStart, nameEnd);
    }

    String local() {
        String name = name();
        return name.substring(name.indexOf(':') + 1);
    }

    /** The attribute {@link #nextAttribute} is on: its name and value (entities left as written), by byte offsets. */
    int attributeStart;
    int attributeEnd;
    int valueStart;
    int valueEnd;
    private int attributeAt = -1;

    /** Moves to the tag's next attribute, the first after {@link #next}; false after the last. */
    boolean nextAttribute() {
        int j = attributeAt < 0 ? nameEnd : attributeAt;
        int stop = selfClosing ? end - 2 : end - 1;
        while (j < stop && isSpace(xml[j])) {
            j++;
        }
        int n = j;
        while (j < stop && xml[j] != '=' && !isSpace(xml[j])) {
            j++;
        }
        attributeStart = n;
        attributeEnd = j;
        while (j < stop && xml[j] != '"' && xml[j] != '\'') {
            j++;
        }
        if (j >= stop) {
            attributeAt = end;
            return false;
        }
        byte quote = xml[j];
        int v = ++j;
        while (j < stop && xml[j] != quote) {
            j++;
        }
        valueStart = v;
        valueEnd = j;
        attributeAt = j + 1;
        return true;
    }

    /** Puts {@link #nextAttribute} back before the tag's first attribute. */
    void rewindAttributes() {
        attributeAt = -1;
    }

    /** The tag's attributes, in order: name, value (entities left as written). */
    void attributes(java.util.function.BiConsumer<String, String> each) {
        rewindAttributes();
        while (nextAttribute()) {
            each.accept(text(attributeStart, attributeEnd), text(valueStart, valueEnd));
        }
    }

    String text(int from, int to) {
        return new String(xml, from, to - from, StandardCharsets.UTF_8);
    }

    /** Whether the tag's local name (after any prefix) is {@code ascii}. */
    boolean localIs(String ascii) {
        int from = nameColon < 0 ? nameStart : nameColon + 1;
        return nameEnd - from == ascii.length() && startsWith(from, ascii);
    }

    /** Whether the bytes from {@code from} to {@code to} are {@code ascii}. */
    boolean is(int from, int to, String ascii) {
        return to - from == ascii.length() && startsWith(from, ascii);
    }

    /** The first {@code b} from {@code from} up to {@code to} (exclusive), or -1. */
    int indexOf(byte b, int from, int to) {
        for (int k = from; k < to; k++) {
            if (xml[k] == b) {
                return k;
            }
        }
        return -1;
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

    boolean startsWith(int at, String text) {
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
        return indexOf(b, from, xml.length);
    }

    int indexOf(String text, int from) {
        byte first = (byte) text.charAt(0);
        for (int k = from; k + text.length() <= xml.length; k++) {
            if (xml[k] == first && startsWith(k, text)) {
                return k;
            }
        }
        return -1;
    }

    static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }
}
