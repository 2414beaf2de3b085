package vn.backan.ocop.intake.excel;

import java.io.InputStream;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.util.XMLHelper;

/**
 * StAX plumbing for the parts of an .xlsx. Every part is untrusted: a DOCTYPE is refused outright
 * rather than merely left unresolved, so no entity trick (XXE, billion laughs) gets a chance.
 */
final class Xml {

    private final XMLInputFactory factory;

    Xml() {
        // POI's helper sets these too but swallows failures; a factory that refuses them is unusable here.
        factory = XMLHelper.newXMLInputFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
    }

    /** A DOCTYPE found in a part; never legitimate in OOXML. */
    static final class DoctypeException extends XMLStreamException {
        private static final long serialVersionUID = 1L;

        DoctypeException() {
            super("DOCTYPE declaration in a workbook part");
        }
    }

    /** Well-formed XML saying something impossible (a row 2,000,000, a shared string that does not exist). */
    static final class BadDataException extends XMLStreamException {
        private static final long serialVersionUID = 1L;
        private final String detail;
        private final WorkbookException.Reason reason;

        BadDataException(String detail, Location location) {
            this(WorkbookException.Reason.BAD_VALUE, detail, location);
        }

        BadDataException(WorkbookException.Reason reason, String detail, Location location) {
            super(detail, location);
            this.reason = reason;
            this.detail = location == null ? detail
                    : detail + " (line " + location.getLineNumber() + ", column " + location.getColumnNumber() + ")";
        }

        String detail() {
            return detail;
        }

        WorkbookException.Reason reason() {
            return reason;
        }
    }

    /** A part over one of the {@link ReaderLimits}, found while parsing. */
    static final class LimitException extends XMLStreamException {
        private static final long serialVersionUID = 1L;

        LimitException(String detail) {
            super(detail);
        }
    }

    /** Opens a reader positioned on the root element of the part. */
    XMLStreamReader openAtRoot(InputStream in) throws XMLStreamException {
        XMLStreamReader reader = factory.createXMLStreamReader(in);
        try {
            while (true) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new DoctypeException();
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    return reader;
                }
                if (event == XMLStreamConstants.END_DOCUMENT) {
                    throw new BadDataException("no root element", null);
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            closeQuietly(reader);
            throw e;
        }
    }

    static void closeQuietly(XMLStreamReader reader) {
        try {
            reader.close();
        } catch (XMLStreamException ignored) {
            // nothing left to release that matters; the part stream is closed separately
        }
    }

    /** From a START_ELEMENT, consumes everything through its matching END_ELEMENT. */
    /**
     * Moves to the next child element of the element the reader is in, passing over text and comments.
     * Written once for every part's parser: {@code while (Xml.nextChild(reader)) { ... }}.
     *
     * @return true on the child's start tag, false on the end tag of the element the reader is in
     *         (or at the end of the document)
     */
    static boolean nextChild(XMLStreamReader reader) throws XMLStreamException {
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
        }
        return false;
    }

    static void skipElement(XMLStreamReader reader) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /**
     * From a START_ELEMENT, appends its text (up to {@code max} characters in the builder; the rest
     * is read and dropped) and consumes through its END_ELEMENT. The parser hands huge text over in
     * chunks, so a giant cell never sits in memory whole.
     */
    static void appendText(XMLStreamReader reader, StringBuilder into, int max) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    int room = max - into.length();
                    if (room > 0) {
                        into.append(reader.getTextCharacters(), reader.getTextStart(),
                                Math.min(room, reader.getTextLength()));
                    }
                }
                default -> {
                    // comments and processing instructions carry no cell content
                }
            }
        }
    }

    /** Text of a short element such as {@code <v>} or {@code <f>}, cut at {@code max}. */
    static String text(XMLStreamReader reader, int max) throws XMLStreamException {
        StringBuilder builder = new StringBuilder();
        appendText(reader, builder, max);
        return builder.toString();
    }

    static boolean isTrue(String attribute) {
        return "1".equals(attribute) || "true".equalsIgnoreCase(attribute);
    }

    static int intAttribute(XMLStreamReader reader, String name, int absent) throws XMLStreamException {
        String value = reader.getAttributeValue(null, name);
        if (value == null || value.isEmpty()) {
            return absent;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new BadDataException("attribute " + name + "=\"" + shorten(value) + "\" is not a number",
                    reader.getLocation());
        }
    }

    static String shorten(String value) {
        return value.length() <= 20 ? value : value.substring(0, 20) + "…";
    }
}
