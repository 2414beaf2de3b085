package vn.backan.ocop.intake.excel;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * Cuts the rows nobody edits out of a worksheet part, and puts them back after POI has written the rest.
 *
 * <p>POI holds a sheet as XML objects (about 11 bytes of heap per byte of XML) and writes every cell again
 * on save: for a 7,500-row sheet where a few dozen cells get a fill and a note, most of the work of the
 * feedback copy. So POI is given the sheet with the rows that matter only (those the caller names, every
 * row with a formula, every row with text the caller wants to see), and the other rows are streamed from
 * the original part into POI's output, unchanged, between the rows POI wrote.
 */
final class SheetSplice {

    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final byte[] DECLARATION =
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n".getBytes(StandardCharsets.US_ASCII);
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();
    /** Excel's last row. */
    private static final int MAX_ROWS = 1_048_576;

    private final Xml xml;

    SheetSplice(Xml xml) {
        this.xml = xml;
    }

    /** One row of a part, as read: replayed into the reduced part when it is kept. */
    private record Event(int type, String prefix, String namespace, String local, String[] declarations,
                         String[] attributes, String text) {
    }

    /**
     * The part without the rows nobody needs.
     *
     * @param sheet      the worksheet part
     * @param needed     1-based rows to keep whatever they hold
     * @param textNeeded text that keeps its row (typed text, shared or inline)
     * @param shared     shared strings that keep their row, by index
     * @param kept       receives the 1-based numbers of the rows kept
     */
    Reduction reduce(byte[] sheet, IntPredicate needed, Predicate<String> textNeeded, BitSet shared, BitSet kept,
                     boolean write) throws XMLStreamException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        XMLStreamReader in = xml.openAtRoot(new ByteArrayInputStream(sheet));
        List<Integer> numbers = new ArrayList<>();
        Map<String, String> used = new HashMap<>();
        Extent extent = new Extent();
        int column = -1;
        try {
            out.writeBytes(DECLARATION);
            // Only the rows cost: what is outside them is written either way, and is small.
            XMLStreamWriter w = OUTPUT.createXMLStreamWriter(out, "UTF-8");
            int depth = 0;
            boolean inData = false;
            int rowNumber = 0;
            List<Event> row = null;
            boolean keep = false;
            String cellType = null;
            boolean inValue = false;
            StringBuilder text = new StringBuilder();
            int event = in.getEventType();
            while (true) {
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        depth++;
                        String local = in.getLocalName();
                        boolean main = MAIN.equals(in.getNamespaceURI());
                        if (row == null && inData && main && local.equals("row")) {
                            rowNumber = Xml.intAttribute(in, "r", rowNumber + 1);
                            if (rowNumber < 1 || rowNumber > MAX_ROWS) {
                                throw new Xml.BadDataException("row " + rowNumber + " out of range", in.getLocation());
                            }
                            row = new ArrayList<>();
                            keep = needed.test(rowNumber);
                            numbers.add(rowNumber);
                            column = -1;
                        } else if (row != null && main) {
                            if (local.equals("c")) {
                                cellType = in.getAttributeValue(null, "t");
                                String ref = in.getAttributeValue(null, "r");
                                int parsed = ref == null ? -1 : CellRef.parseColumn(ref);
                                column = parsed >= 0 ? parsed : column + 1;
                                extent.add(rowNumber, column);
                            } else if (local.equals("f")) {
                                keep = true;
                            } else if (local.equals("v") || local.equals("t")) {
                                inValue = true;
                                text.setLength(0);
                            }
                        } else if (depth == 2 && main && local.equals("sheetData")) {
                            inData = true;
                        }
                        if (row != null) {
                            uses(in, used);
                            if (write) {
                                row.add(start(in));
                            }
                        } else {
                            writeStart(in, w);
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        depth--;
                        String local = in.getLocalName();
                        if (row != null) {
                            if (write) {
                                row.add(new Event(event, null, null, null, null, null, null));
                            }
                            if (inValue && !keep) {
                                keep = valueNeeds(local, cellType, text, textNeeded, shared);
                            }
                            inValue = false;
                            if (local.equals("row") && MAIN.equals(in.getNamespaceURI())) {
                                if (keep) {
                                    kept.set(rowNumber);
                                    if (write) {
                                        replay(row, w);
                                    }
                                }
                                row = null;
                            }
                        } else {
                            if (inData && local.equals("sheetData")) {
                                inData = false;
                            }
                            w.writeEndElement();
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (row != null) {
                            if (inValue && text.length() < 32_767) {
                                text.append(in.getTextCharacters(), in.getTextStart(), in.getTextLength());
                            }
                            if (write) {
                                row.add(new Event(XMLStreamConstants.CHARACTERS, null, null, null, null, null, in.getText()));
                            }
                        } else if (!inData) {
                            w.writeCharacters(in.getTextCharacters(), in.getTextStart(), in.getTextLength());
                        }
                    }
                    case XMLStreamConstants.DTD -> throw new Xml.DoctypeException();
                    default -> {
                        // comments and processing instructions are dropped, as POI drops them
                    }
                }
                if (depth == 0 || !in.hasNext()) {
                    break;
                }
                event = in.next();
            }
            w.writeEndDocument();
            w.close();
        } finally {
            Xml.closeQuietly(in);
        }
        return new Reduction(write ? out.toByteArray() : null, numbers.stream().mapToInt(Integer::intValue).toArray(), used,
                extent);
    }

    /**
     * The cells a sheet spans, as its {@code <dimension>} states it: POI writes the extent of the rows it holds,
     * so the part's own is put back, widened by any cell POI added.
     */
    static final class Extent {
        private int firstRow = Integer.MAX_VALUE;
        private int lastRow;
        private int firstColumn = Integer.MAX_VALUE;
        private int lastColumn = -1;

        /** @param row 1-based, {@code column} 0-based */
        void add(int row, int column) {
            firstRow = Math.min(firstRow, row);
            lastRow = Math.max(lastRow, row);
            firstColumn = Math.min(firstColumn, column);
            lastColumn = Math.max(lastColumn, column);
        }

        /** Adds a ref as a dimension writes it ({@code A1} or {@code A1:H7001}); ignored when it is not one. */
        void add(String ref) {
            if (ref == null) {
                return;
            }
            for (String corner : ref.split(":")) {
                int column = CellRef.parseColumn(corner);
                String digits = corner.replaceAll("^[A-Za-z$]+", "").replace("$", "");
                if (column < 0 || digits.isEmpty() || !digits.chars().allMatch(Character::isDigit) || digits.length() > 7) {
                    return;
                }
                add(Integer.parseInt(digits), column);
            }
        }

        /** Both extents together. */
        Extent with(Extent other) {
            Extent both = new Extent();
            for (Extent e : List.of(this, other)) {
                if (e.lastColumn >= 0) {
                    both.add(e.firstRow, e.firstColumn);
                    both.add(e.lastRow, e.lastColumn);
                }
            }
            return both;
        }

        /** {@code A1:H7001}, or null for a sheet without cells. */
        String ref() {
            if (lastColumn < 0) {
                return null;
            }
            String first = CellRef.of(firstRow, firstColumn);
            String last = CellRef.of(lastRow, lastColumn);
            return first.equals(last) ? first : first + ":" + last;
        }
    }

    /**
     * What {@link #reduce} found.
     *
     * @param part    the part without the rows nobody needs (null when not asked to write it)
     * @param numbers every row's number, in the order of the part
     * @param used    the namespace prefixes the rows use, with their URIs ("" for the default namespace)
     * @param extent  the cells of all its rows
     */
    record Reduction(byte[] part, int[] numbers, Map<String, String> used, Extent extent) {
    }

    /** The prefixes an element of a row and its attributes use. */
    private static void uses(XMLStreamReader in, Map<String, String> used) {
        used.put(nullToEmpty(in.getPrefix()), nullToEmpty(in.getNamespaceURI()));
        for (int i = 0; i < in.getAttributeCount(); i++) {
            String prefix = nullToEmpty(in.getAttributePrefix(i));
            if (!prefix.isEmpty()) {
                used.put(prefix, nullToEmpty(in.getAttributeNamespace(i)));
            }
        }
        for (int i = 0; i < in.getNamespaceCount(); i++) {
            // A row declaring its own namespace cannot be moved as bytes: marked as a binding no document has.
            used.put(nullToEmpty(in.getNamespacePrefix(i)), "\u0000declared in a row");
        }
    }

    /**
     * The part without the rows nobody needs, by bytes: the original up to its rows, the rows kept, and the
     * original after its rows. Only for a layout whose rows are the parser's ({@link #sameRows}).
     */
    static byte[] reduce(byte[] sheet, RowLayout layout, BitSet kept) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        out.write(sheet, 0, layout.contentStart());
        for (int i = 0; i < layout.rows(); i++) {
            if (kept.get(layout.numbers()[i])) {
                out.write(sheet, layout.starts()[i], layout.ends()[i] - layout.starts()[i]);
            }
        }
        out.write(sheet, layout.contentEnd(), sheet.length - layout.contentEnd());
        return out.toByteArray();
    }

    /** Whether the byte layout found the rows the parser read, each with its number written. */
    static boolean sameRows(RowLayout layout, int[] numbers) {
        return layout != null && java.util.Arrays.equals(layout.numbers(), numbers)
                && java.util.Arrays.stream(numbers).allMatch(n -> n > 0);
    }

    /**
     * POI's part with the original's rows put back by bytes, when POI's part is laid out as expected and binds
     * every prefix the original's rows use to the same namespace.
     *
     * @return false, having written nothing, where it cannot: then {@link #splice} does it by parsing
     */
    static boolean spliceBytes(byte[] written, byte[] original, RowLayout theirs, Map<String, String> used, BitSet kept,
                               Extent extent, OutputStream out) throws IOException {
        RowLayout ours = RowLayout.of(written);
        if (ours == null || java.util.Arrays.stream(ours.numbers()).anyMatch(n -> n <= 0)) {
            return false;
        }
        for (Map.Entry<String, String> binding : used.entrySet()) {
            if (!binding.getValue().equals(ours.bindings().get(binding.getKey()))
                    && !(binding.getKey().isEmpty() && binding.getValue().isEmpty() && !ours.bindings().containsKey(""))) {
                return false;
            }
        }
        int from = 0;
        RowLayout.Dimension dimension = ours.dimension();
        if (dimension != null) {
            Extent all = new Extent();
            all.add(dimension.ref());
            String ref = all.with(extent).ref();
            if (ref != null) {
                out.write(written, 0, dimension.start());
                out.write(("<" + dimension.tag() + " ref=\"" + ref + "\"/>").getBytes(StandardCharsets.UTF_8));
                from = dimension.end();
            }
        }
        if (ours.empty()) {
            out.write(written, from, ours.dataOpenStart() - from);
            out.write(("<" + ours.dataTag() + ">").getBytes(StandardCharsets.UTF_8));
        } else {
            out.write(written, from, ours.contentStart() - from);
        }
        int i = 0;
        int j = 0;
        while (i < ours.rows() || j < theirs.rows()) {
            if (j < theirs.rows() && kept.get(theirs.numbers()[j])) {
                j++;
            } else if (j < theirs.rows() && (i >= ours.rows() || theirs.numbers()[j] < ours.numbers()[i])) {
                out.write(original, theirs.starts()[j], theirs.ends()[j] - theirs.starts()[j]);
                j++;
            } else {
                if (j < theirs.rows() && theirs.numbers()[j] == ours.numbers()[i]) {
                    j++;
                }
                out.write(written, ours.starts()[i], ours.ends()[i] - ours.starts()[i]);
                i++;
            }
        }
        if (ours.empty()) {
            out.write(("</" + ours.dataTag() + ">").getBytes(StandardCharsets.UTF_8));
        }
        out.write(written, ours.contentEnd(), written.length - ours.contentEnd());
        return true;
    }


    /** Whether the end of this value element asks {@link #valueNeeds} about its text at all. */
    static boolean readsText(String local, String cellType) {
        return local.equals("t") || local.equals("v") && ("s".equals(cellType) || "str".equals(cellType));
    }

    /**
     * Whether a value keeps its row: a shared string {@code shared} names (or that cannot be read), typed text,
     * inline or a formula's string result, that {@code textNeeded} accepts.
     */
    static boolean valueNeeds(String local, String cellType, CharSequence text, Predicate<String> textNeeded,
                              BitSet shared) {
        if (local.equals("v") && "s".equals(cellType)) {
            try {
                int index = Integer.parseInt(text.toString().trim());
                return index < 0 || shared.get(index);
            } catch (NumberFormatException e) {
                return true;
            }
        }
        // Inline text (each run on its own: a superset of the text the cell shows) or a string result.
        return (local.equals("t") || local.equals("v") && "str".equals(cellType)) && textNeeded.test(text.toString());
    }

    /**
     * The shared strings whose text {@code textNeeded} accepts, by index: each entry's runs joined, the
     * phonetic guide left out, as POI shows the cell.
     */
    BitSet sharedNeeded(byte[] part, Predicate<String> textNeeded) throws XMLStreamException {
        BitSet needed = new BitSet();
        XMLStreamReader in = xml.openAtRoot(new ByteArrayInputStream(part));
        try {
            int index = -1;
            int phonetic = 0;
            boolean inText = false;
            StringBuilder text = new StringBuilder();
            while (in.hasNext()) {
                int event = in.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String local = in.getLocalName();
                    if (local.equals("si")) {
                        index++;
                        text.setLength(0);
                    } else if (local.equals("rPh")) {
                        phonetic++;
                    } else if (local.equals("t") && phonetic == 0) {
                        inText = true;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String local = in.getLocalName();
                    if (local.equals("si")) {
                        if (textNeeded.test(text.toString())) {
                            needed.set(index);
                        }
                    } else if (local.equals("rPh")) {
                        phonetic--;
                    } else if (local.equals("t")) {
                        inText = false;
                    }
                } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE) && inText && text.length() < 32_767) {
                    text.append(in.getTextCharacters(), in.getTextStart(), in.getTextLength());
                } else if (event == XMLStreamConstants.DTD) {
                    throw new Xml.DoctypeException();
                }
            }
        } finally {
            Xml.closeQuietly(in);
        }
        return needed;
    }

    /**
     * POI's part with the rows it never held put back: the original's rows not in {@code kept}, in row
     * order between POI's rows, as they were.
     */
    void splice(byte[] written, byte[] original, BitSet kept, Extent extent, OutputStream out) throws XMLStreamException {
        XMLStreamReader ours = xml.openAtRoot(new ByteArrayInputStream(written));
        XMLStreamReader theirs = xml.openAtRoot(new ByteArrayInputStream(original));
        try {
            // The writer hands over a few bytes at a time, and a deflater called that often crawls.
            OutputStream buffered = new BufferedOutputStream(out, 1 << 16);
            buffered.write(DECLARATION);
            XMLStreamWriter w = OUTPUT.createXMLStreamWriter(buffered, "UTF-8");
            int depth = 0;
            int event = ours.getEventType();
            while (true) {
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        depth++;
                        if (depth == 2 && MAIN.equals(ours.getNamespaceURI()) && ours.getLocalName().equals("dimension")) {
                            Extent all = new Extent();
                            all.add(ours.getAttributeValue(null, "ref"));
                            String ref = all.with(extent).ref();
                            w.writeStartElement(nullToEmpty(ours.getPrefix()), "dimension", MAIN);
                            w.writeAttribute("ref", ref == null ? "A1" : ref);
                        } else {
                            writeStart(ours, w);
                        }
                        if (depth == 2 && MAIN.equals(ours.getNamespaceURI()) && ours.getLocalName().equals("sheetData")) {
                            mergeRows(ours, theirs, kept, w);
                            depth--;
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        depth--;
                        w.writeEndElement();
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                            w.writeCharacters(ours.getTextCharacters(), ours.getTextStart(), ours.getTextLength());
                    default -> {
                        // POI writes no comments or processing instructions
                    }
                }
                if (depth == 0 || !ours.hasNext()) {
                    break;
                }
                event = ours.next();
            }
            w.writeEndDocument();
            w.close();
            buffered.flush();
        } catch (IOException e) {
            throw new XMLStreamException(e);
        } finally {
            Xml.closeQuietly(ours);
            Xml.closeQuietly(theirs);
        }
    }

    /** From POI's sheetData start through its end, written: both row streams merged by row number. */
    private void mergeRows(XMLStreamReader ours, XMLStreamReader theirs, BitSet kept, XMLStreamWriter w)
            throws XMLStreamException {
        // The original, up to its own sheetData.
        boolean theirsLeft = false;
        while (theirs.hasNext()) {
            int event = theirs.next();
            if (event == XMLStreamConstants.START_ELEMENT && MAIN.equals(theirs.getNamespaceURI())
                    && theirs.getLocalName().equals("sheetData")) {
                theirsLeft = Xml.nextChild(theirs);
                break;
            }
        }
        boolean oursLeft = Xml.nextChild(ours);
        int theirRow = theirsLeft ? Xml.intAttribute(theirs, "r", 1) : 0;
        while (oursLeft || theirsLeft) {
            int ourRow = oursLeft ? Xml.intAttribute(ours, "r", Integer.MAX_VALUE) : Integer.MAX_VALUE;
            if (theirsLeft && (kept.get(theirRow) || !isRow(theirs))) {
                Xml.skipElement(theirs);
            } else if (theirsLeft && theirRow < ourRow) {
                copyOriginal(theirs, ours, w, theirRow);
            } else {
                copyOurs(ours, w);
                oursLeft = Xml.nextChild(ours);
                continue;
            }
            theirsLeft = Xml.nextChild(theirs);
            if (theirsLeft) {
                theirRow = Xml.intAttribute(theirs, "r", theirRow + 1);
            }
        }
        // ours is on the end tag of sheetData
        w.writeEndElement();
    }

    private static boolean isRow(XMLStreamReader reader) {
        return MAIN.equals(reader.getNamespaceURI()) && reader.getLocalName().equals("row");
    }

    /** One element of POI's, as written. */
    private static void copyOurs(XMLStreamReader ours, XMLStreamWriter w) throws XMLStreamException {
        int depth = 0;
        int event = ours.getEventType();
        while (true) {
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    writeStart(ours, w);
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    w.writeEndElement();
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        w.writeCharacters(ours.getTextCharacters(), ours.getTextStart(), ours.getTextLength());
                default -> {
                }
            }
            if (depth == 0) {
                return;
            }
            event = ours.next();
        }
    }

    /**
     * One row of the original, into POI's document: names keep their namespaces under the prefixes POI's
     * document binds (declared on the element where it binds none), and the row its number, so that an
     * implicit number stays right among the rows POI wrote.
     */
    private static void copyOriginal(XMLStreamReader theirs, XMLStreamReader ours, XMLStreamWriter w, int rowNumber)
            throws XMLStreamException {
        int depth = 0;
        int event = theirs.getEventType();
        while (true) {
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    List<String> declare = new ArrayList<>(2);
                    String prefix = prefix(theirs.getPrefix(), theirs.getNamespaceURI(), ours, false, declare);
                    w.writeStartElement(prefix, theirs.getLocalName(), nullToEmpty(theirs.getNamespaceURI()));
                    int count = theirs.getAttributeCount();
                    String[] prefixes = new String[count];
                    for (int i = 0; i < count; i++) {
                        prefixes[i] = prefix(theirs.getAttributePrefix(i), theirs.getAttributeNamespace(i), ours, true, declare);
                    }
                    for (int i = 0; i < declare.size(); i += 2) {
                        if (declare.get(i).isEmpty()) {
                            w.writeDefaultNamespace(declare.get(i + 1));
                        } else {
                            w.writeNamespace(declare.get(i), declare.get(i + 1));
                        }
                    }
                    boolean numbered = false;
                    for (int i = 0; i < count; i++) {
                        String namespace = nullToEmpty(theirs.getAttributeNamespace(i));
                        String local = theirs.getAttributeLocalName(i);
                        if (depth == 1 && namespace.isEmpty() && local.equals("r")) {
                            numbered = true;
                        }
                        if (namespace.isEmpty()) {
                            w.writeAttribute(local, theirs.getAttributeValue(i));
                        } else {
                            w.writeAttribute(prefixes[i], namespace, local, theirs.getAttributeValue(i));
                        }
                    }
                    if (depth == 1 && !numbered) {
                        w.writeAttribute("r", Integer.toString(rowNumber));
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    w.writeEndElement();
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        w.writeCharacters(theirs.getTextCharacters(), theirs.getTextStart(), theirs.getTextLength());
                case XMLStreamConstants.DTD -> throw new Xml.DoctypeException();
                default -> {
                }
            }
            if (depth == 0) {
                return;
            }
            event = theirs.next();
        }
    }

    /** The prefix POI's document has for the namespace here; else the original's, to be declared. */
    private static String prefix(String original, String namespace, XMLStreamReader ours, boolean attribute,
                                 List<String> declare) {
        String uri = nullToEmpty(namespace);
        String own = nullToEmpty(original);
        if (uri.isEmpty()) {
            return "";
        }
        if (uri.equals(XMLConstants.XML_NS_URI)) {
            return XMLConstants.XML_NS_PREFIX;
        }
        String bound = ours.getNamespaceContext().getPrefix(uri);
        if (bound != null && !(attribute && bound.isEmpty())) {
            return bound;
        }
        String prefix = attribute && own.isEmpty() ? "ns" + declare.size() : own;
        for (int i = 0; i < declare.size(); i += 2) {
            if (declare.get(i).equals(prefix)) {
                return prefix;
            }
        }
        declare.add(prefix);
        declare.add(uri);
        return prefix;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static Event start(XMLStreamReader in) {
        int declarations = in.getNamespaceCount();
        String[] ns = new String[declarations * 2];
        for (int i = 0; i < declarations; i++) {
            ns[2 * i] = nullToEmpty(in.getNamespacePrefix(i));
            ns[2 * i + 1] = nullToEmpty(in.getNamespaceURI(i));
        }
        int count = in.getAttributeCount();
        String[] attributes = new String[count * 4];
        for (int i = 0; i < count; i++) {
            attributes[4 * i] = nullToEmpty(in.getAttributePrefix(i));
            attributes[4 * i + 1] = nullToEmpty(in.getAttributeNamespace(i));
            attributes[4 * i + 2] = in.getAttributeLocalName(i);
            attributes[4 * i + 3] = in.getAttributeValue(i);
        }
        return new Event(XMLStreamConstants.START_ELEMENT, nullToEmpty(in.getPrefix()), nullToEmpty(in.getNamespaceURI()),
                in.getLocalName(), ns, attributes, null);
    }

    private static void replay(List<Event> events, XMLStreamWriter w) throws XMLStreamException {
        for (Event e : events) {
            switch (e.type()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    w.writeStartElement(e.prefix(), e.local(), e.namespace());
                    writeNamespaces(e.declarations(), w);
                    String[] a = e.attributes();
                    for (int i = 0; i < a.length; i += 4) {
                        if (a[i + 1].isEmpty()) {
                            w.writeAttribute(a[i + 2], a[i + 3]);
                        } else {
                            w.writeAttribute(a[i], a[i + 1], a[i + 2], a[i + 3]);
                        }
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> w.writeEndElement();
                default -> w.writeCharacters(e.text());
            }
        }
    }

    /** A start tag as read: its prefix, declarations and attributes (non-repairing writer: exactly these). */
    private static void writeStart(XMLStreamReader in, XMLStreamWriter w) throws XMLStreamException {
        w.writeStartElement(nullToEmpty(in.getPrefix()), in.getLocalName(), nullToEmpty(in.getNamespaceURI()));
        int declarations = in.getNamespaceCount();
        for (int i = 0; i < declarations; i++) {
            String prefix = nullToEmpty(in.getNamespacePrefix(i));
            if (prefix.isEmpty()) {
                w.writeDefaultNamespace(nullToEmpty(in.getNamespaceURI(i)));
            } else {
                w.writeNamespace(prefix, nullToEmpty(in.getNamespaceURI(i)));
            }
        }
        int count = in.getAttributeCount();
        for (int i = 0; i < count; i++) {
            String namespace = nullToEmpty(in.getAttributeNamespace(i));
            if (namespace.isEmpty()) {
                w.writeAttribute(in.getAttributeLocalName(i), in.getAttributeValue(i));
            } else {
                w.writeAttribute(nullToEmpty(in.getAttributePrefix(i)), namespace, in.getAttributeLocalName(i),
                        in.getAttributeValue(i));
            }
        }
    }

    private static void writeNamespaces(String[] declarations, XMLStreamWriter w) throws XMLStreamException {
        for (int i = 0; i < declarations.length; i += 2) {
            if (declarations[i].isEmpty()) {
                w.writeDefaultNamespace(declarations[i + 1]);
            } else {
                w.writeNamespace(declarations[i], declarations[i + 1]);
            }
        }
    }

    static InputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }
}
