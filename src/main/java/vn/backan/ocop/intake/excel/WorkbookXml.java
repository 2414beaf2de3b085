package vn.backan.ocop.intake.excel;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What xl/workbook.xml tells us: the sheets in tab order, the date system, and the sheets an
 * earlier feedback workbook added ({@link FeedbackMarker}).
 */
record WorkbookXml(List<Entry> sheets, boolean date1904, Set<String> feedbackSheets) {

    /** A marker lists two or three short sheet names; a longer value is not ours. */
    private static final int MAX_MARKER = 1000;
    private static final String RELATIONSHIPS_NS =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /** A sheet and the relationship id of its part. */
    record Entry(String name, boolean hidden, String relationshipId) {
    }

    /** Parses {@code <workbook>} from its root element to the end. */
    static WorkbookXml parse(XMLStreamReader reader) throws XMLStreamException {
        List<Entry> sheets = new ArrayList<>();
        boolean date1904 = false;
        Set<String> feedbackSheets = Set.of();
        while (Xml.nextChild(reader)) {
            String name = reader.getLocalName();
            if ("workbookPr".equals(name)) {
                date1904 = Xml.isTrue(reader.getAttributeValue(null, "date1904"));
                Xml.skipElement(reader);
            } else if ("sheets".equals(name)) {
                readSheets(reader, sheets);
            } else if ("definedNames".equals(name)) {
                feedbackSheets = readMarker(reader);
            } else {
                Xml.skipElement(reader);
            }
        }
        return new WorkbookXml(List.copyOf(sheets), date1904, feedbackSheets);
    }

    /** The sheets {@link FeedbackMarker#NAME} lists, among the defined names; the others are skipped. */
    private static Set<String> readMarker(XMLStreamReader reader) throws XMLStreamException {
        Set<String> marked = Set.of();
        while (true) {
            int event = reader.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                return marked;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if ("definedName".equals(reader.getLocalName())
                    && FeedbackMarker.NAME.equalsIgnoreCase(reader.getAttributeValue(null, "name"))
                    && reader.getAttributeValue(null, "localSheetId") == null) {
                marked = FeedbackMarker.sheets(Xml.text(reader, MAX_MARKER));
            } else {
                Xml.skipElement(reader);
            }
        }
    }

    private static void readSheets(XMLStreamReader reader, List<Entry> into) throws XMLStreamException {
        while (true) {
            int event = reader.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                return;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if ("sheet".equals(reader.getLocalName())) {
                String name = reader.getAttributeValue(null, "name");
                String state = reader.getAttributeValue(null, "state");
                String id = reader.getAttributeValue(RELATIONSHIPS_NS, "id");
                if (name == null || id == null) {
                    throw new Xml.BadDataException("a sheet without name or r:id", reader.getLocation());
                }
                boolean hidden = "hidden".equals(state) || "veryHidden".equals(state);
                into.add(new Entry(name, hidden, id));
            }
            Xml.skipElement(reader);
        }
    }
}
