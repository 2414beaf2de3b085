package vn.backan.ocop.intake.excel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * What a cell's style index ({@code s}) tells us: the font of its text and whether its number
 * format is a date. Parsed from styles.xml with StAX and reduced to two arrays.
 */
final class CellStyles {

    static final CellStyles NONE = new CellStyles(new String[0], new boolean[0], new int[0]);

    /** Excel allows about 65,000 formats; far more means a hostile or broken file. */
    private static final int MAX_ENTRIES = 1 << 20;

    private final String[] fonts;
    private final boolean[] dates;
    private final int[] zeroPads;

    private CellStyles(String[] fonts, boolean[] dates, int[] zeroPads) {
        this.fonts = fonts;
        this.dates = dates;
        this.zeroPads = zeroPads;
    }

    /** @return the font name of cell format {@code xf}, or null if unknown */
    String fontName(int xf) {
        return xf >= 0 && xf < fonts.length ? fonts[xf] : null;
    }

    boolean isDate(int xf) {
        return xf >= 0 && xf < dates.length && dates[xf];
    }

    /** @return the width a format of zeros alone ("00000") pads whole numbers to, or 0 */
    int zeroPadding(int xf) {
        return xf >= 0 && xf < zeroPads.length ? zeroPads[xf] : 0;
    }

    /** Parses {@code <styleSheet>} from its root element to the end. */
    static CellStyles parse(XMLStreamReader reader) throws XMLStreamException {
        Map<Integer, String> numberFormats = new HashMap<>();
        List<String> fontNames = new ArrayList<>();
        List<int[]> xfs = new ArrayList<>();
        while (Xml.nextChild(reader)) {
            switch (reader.getLocalName()) {
                case "numFmts" -> readNumberFormats(reader, numberFormats);
                case "fonts" -> readFonts(reader, fontNames);
                case "cellXfs" -> readCellFormats(reader, xfs);
                default -> Xml.skipElement(reader);
            }
        }
        String[] fonts = new String[xfs.size()];
        boolean[] dates = new boolean[xfs.size()];
        int[] zeroPads = new int[xfs.size()];
        for (int i = 0; i < xfs.size(); i++) {
            int numberFormat = xfs.get(i)[0];
            int font = xfs.get(i)[1];
            fonts[i] = font >= 0 && font < fontNames.size() ? fontNames.get(font) : null;
            String code = numberFormats.getOrDefault(numberFormat, BuiltinFormats.getBuiltinFormat(numberFormat));
            dates[i] = DateUtil.isADateFormat(numberFormat, code);
            zeroPads[i] = CellValues.zeroPadding(code);
        }
        return new CellStyles(fonts, dates, zeroPads);
    }

    private static void readNumberFormats(XMLStreamReader reader, Map<Integer, String> into) throws XMLStreamException {
        forEachChild(reader, "numFmt", () -> {
            int id = Xml.intAttribute(reader, "numFmtId", -1);
            String code = reader.getAttributeValue(null, "formatCode");
            if (id >= 0 && code != null) {
                into.put(id, code);
            }
            limit(into.size(), "number formats");
            Xml.skipElement(reader);
        });
    }

    private static void readFonts(XMLStreamReader reader, List<String> into) throws XMLStreamException {
        forEachChild(reader, "font", () -> {
            String name = null;
            while (true) {
                int event = reader.next();
                if (event == XMLStreamConstants.END_ELEMENT) {
                    break;
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if ("name".equals(reader.getLocalName())) {
                        name = reader.getAttributeValue(null, "val");
                    }
                    Xml.skipElement(reader);
                }
            }
            into.add(name);
            limit(into.size(), "fonts");
        });
    }

    private static void readCellFormats(XMLStreamReader reader, List<int[]> into) throws XMLStreamException {
        forEachChild(reader, "xf", () -> {
            into.add(new int[] {Xml.intAttribute(reader, "numFmtId", 0), Xml.intAttribute(reader, "fontId", 0)});
            limit(into.size(), "cell formats");
            Xml.skipElement(reader);
        });
    }

    private interface ChildAction {
        void apply() throws XMLStreamException;
    }

    /** Runs the action on each child element of that name (which must consume it), skipping others. */
    private static void forEachChild(XMLStreamReader reader, String name, ChildAction action) throws XMLStreamException {
        while (true) {
            int event = reader.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                return;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (name.equals(reader.getLocalName())) {
                    action.apply();
                } else {
                    Xml.skipElement(reader);
                }
            }
        }
    }

    private static void limit(int count, String what) throws Xml.LimitException {
        if (count > MAX_ENTRIES) {
            throw new Xml.LimitException("the styles define more than " + MAX_ENTRIES + " " + what);
        }
    }
}
