package vn.backan.ocop.intake.excel;

import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The shared-strings table of an .xlsx, held in memory because any row may point anywhere in it.
 * Each entry is a plain String or a {@link RichText}; POI's SharedStringsTable (XMLBeans) is far
 * heavier and its ReadOnlySharedStringsTable drops the run fonts we need for TCVN3/VNI text.
 */
final class SharedStrings {

    static final SharedStrings EMPTY = new SharedStrings(new Object[0]);

    /** Do not trust the declared uniqueCount for the first allocation. */
    private static final int MAX_INITIAL_CAPACITY = 1 << 16;

    private final Object[] items;

    private SharedStrings(Object[] items) {
        this.items = items;
    }

    int size() {
        return items.length;
    }

    /** @return a String or a RichText, or null if the index is out of range */
    Object get(int index) {
        return index >= 0 && index < items.length ? items[index] : null;
    }

    /** Parses {@code <sst>} from its root element to the end. */
    static SharedStrings parse(XMLStreamReader reader, int maxTextLength, long maxTotalChars) throws XMLStreamException {
        int declared = Math.max(0, Xml.intAttribute(reader, "uniqueCount", 0));
        List<Object> items = new ArrayList<>(Math.min(declared, MAX_INITIAL_CAPACITY));
        StringItemReader itemReader = new StringItemReader(maxTextLength);
        long totalChars = 0;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (!"si".equals(reader.getLocalName())) {
                Xml.skipElement(reader);
                continue;
            }
            Object item = itemReader.read(reader);
            totalChars += item instanceof RichText rich ? rich.text().length() : ((String) item).length();
            if (totalChars > maxTotalChars) {
                throw new Xml.LimitException("the shared strings hold more than " + maxTotalChars
                        + " characters, too many to keep in memory");
            }
            items.add(item);
        }
        return new SharedStrings(items.toArray());
    }
}
