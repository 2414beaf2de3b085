package vn.backan.ocop.intake.excel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads one string item, {@code <si>} of the shared strings or {@code <is>} of an inline string:
 * either plain {@code <t>} or runs {@code <r><rPr><rFont val=".VnTime"/></rPr><t>…</t></r>}.
 * Phonetic guides ({@code <rPh>}) hold their own {@code <t>} and are not cell text.
 */
final class StringItemReader {

    /** An escape such as _x000D_ is 7 characters for 1, so this much raw text always covers the limit. */
    private static final int ESCAPE_WIDTH = 7;

    private final int maxLength;
    /** Few distinct font names, repeated in every run: keep one String each. */
    private final Map<String, String> fontNames = new HashMap<>();

    StringItemReader(int maxLength) {
        this.maxLength = maxLength;
    }

    /**
     * From the START_ELEMENT of the item, reads through its END_ELEMENT.
     *
     * @return a String for plain text, a {@link RichText} when any run names a font
     */
    Object read(XMLStreamReader reader) throws XMLStreamException {
        List<String> pieces = new ArrayList<>(2);
        List<String> fonts = new ArrayList<>(2);
        int length = 0;
        boolean anyFont = false;
        while (Xml.nextChild(reader)) {
            String name = reader.getLocalName();
            String piece;
            String font = null;
            if ("t".equals(name)) {
                piece = readT(reader, maxLength - length);
            } else if ("r".equals(name)) {
                String[] run = readRun(reader, maxLength - length);
                piece = run[0];
                font = run[1];
            } else {
                Xml.skipElement(reader);
                continue;
            }
            if (!piece.isEmpty()) {
                pieces.add(piece);
                fonts.add(font);
                length += piece.length();
                anyFont |= font != null;
            }
        }
        if (!anyFont) {
            return pieces.size() == 1 ? pieces.get(0) : String.join("", pieces);
        }
        return new RichText(pieces, fonts);
    }

    /** @return {text, font or null} */
    private String[] readRun(XMLStreamReader reader, int room) throws XMLStreamException {
        String text = "";
        String font = null;
        while (true) {
            int event = reader.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                return new String[] {text, font};
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = reader.getLocalName();
            if ("t".equals(name)) {
                text = readT(reader, room);
            } else if ("rPr".equals(name)) {
                font = readRunFont(reader);
            } else {
                Xml.skipElement(reader);
            }
        }
    }

    private String readRunFont(XMLStreamReader reader) throws XMLStreamException {
        String font = null;
        while (true) {
            int event = reader.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                return font;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                if ("rFont".equals(reader.getLocalName())) {
                    String value = reader.getAttributeValue(null, "val");
                    if (value != null && !value.isEmpty()) {
                        font = fontNames.computeIfAbsent(value, v -> v);
                    }
                }
                Xml.skipElement(reader);
            }
        }
    }

    /** From a START_ELEMENT, its text with OOXML escapes decoded, cut at {@code room} characters. */
    static String readT(XMLStreamReader reader, int room) throws XMLStreamException {
        if (room <= 0) {
            Xml.skipElement(reader);
            return "";
        }
        StringBuilder raw = new StringBuilder();
        Xml.appendText(reader, raw, (int) Math.min(Integer.MAX_VALUE - 8, (long) room * ESCAPE_WIDTH));
        String decoded = OoxmlEscapes.decode(raw.toString());
        return decoded.length() > room ? cut(decoded, room) : decoded;
    }

    /** Cuts without splitting a surrogate pair. */
    static String cut(String text, int length) {
        int end = length;
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }
}
