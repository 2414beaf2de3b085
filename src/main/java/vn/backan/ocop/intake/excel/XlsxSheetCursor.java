package vn.backan.ocop.intake.excel;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.usermodel.DateUtil;

import vn.backan.ocop.text.TextRun;

/**
 * A StAX pull parser over the {@code <sheetData>} of one worksheet part: memory stays at one row
 * whatever the size of the sheet.
 */
final class XlsxSheetCursor implements RowCursor {

    private static final int MAX_ROWS = 1_048_576;
    /** Text a single row may carry in total; bounds memory where inline strings are concerned. */
    static final int MAX_ROW_CHARS = 1 << 22;

    private final XlsxWorkbookReader book;
    private final String sheet;
    private final InputStream in;
    private final XMLStreamReader xml;
    private final ReaderLimits limits;
    private final CellStyles styles;
    private final SharedStrings sharedStrings;
    private final boolean date1904;
    private final StringItemReader inlineStrings;
    private final SharedFormulas sharedFormulas = new SharedFormulas();
    private final List<RawCell> cells = new ArrayList<>();
    private int lastRow;
    private int rowChars;
    private boolean finished;
    private boolean closed;

    XlsxSheetCursor(XlsxWorkbookReader book, String sheet, InputStream in, XMLStreamReader xml) {
        this.book = book;
        this.sheet = sheet;
        this.in = in;
        this.xml = xml;
        this.limits = book.limits();
        this.styles = book.styles();
        this.sharedStrings = book.sharedStrings();
        this.date1904 = book.date1904();
        this.inlineStrings = new StringItemReader(limits.maxTextLength());
    }

    @Override
    public SheetRow next() throws WorkbookException {
        if (closed) {
            throw new IllegalStateException("cursor over sheet '" + sheet + "' is closed");
        }
        if (finished) {
            return null;
        }
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if ("row".equals(name)) {
                        SheetRow row = readRow();
                        if (row != null) {
                            return row;
                        }
                    } else if (!"sheetData".equals(name)) {
                        Xml.skipElement(xml);
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && "sheetData".equals(xml.getLocalName())) {
                    break;
                }
            }
            release();
            return null;
        } catch (XMLStreamException | RuntimeException e) {
            release();
            throw book.origin().classify(e, sheet, "cannot read the sheet");
        }
    }

    private SheetRow readRow() throws XMLStreamException {
        String r = xml.getAttributeValue(null, "r");
        int rowNumber = r == null ? lastRow + 1 : parseRowNumber(r);
        if (rowNumber < 1 || rowNumber > MAX_ROWS) {
            throw new Xml.BadDataException("row number " + rowNumber + " is outside 1.." + MAX_ROWS, xml.getLocation());
        }
        lastRow = rowNumber;
        boolean hidden = Xml.isTrue(xml.getAttributeValue(null, "hidden"));
        cells.clear();
        rowChars = 0;
        int column = -1;
        boolean sorted = true;
        int previous = -1;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (!"c".equals(xml.getLocalName())) {
                Xml.skipElement(xml);
                continue;
            }
            column = cellColumn(rowNumber, column);
            RawCell cell = readCell(rowNumber, column);
            if (cell == null) {
                continue;
            }
            if (cells.size() >= limits.maxColumns()) {
                throw new Xml.LimitException("row " + rowNumber + " has more than " + limits.maxColumns() + " cells");
            }
            rowChars += cell.text().length();
            if (rowChars > MAX_ROW_CHARS) {
                throw new Xml.LimitException("row " + rowNumber + " holds more than " + MAX_ROW_CHARS + " characters");
            }
            sorted &= column > previous;
            previous = column;
            cells.add(cell);
        }
        if (cells.isEmpty()) {
            return null;
        }
        return new SheetRow(rowNumber, sorted ? cells : sortedUnique(cells), hidden);
    }

    private int parseRowNumber(String r) throws XMLStreamException {
        try {
            return Integer.parseInt(r.trim());
        } catch (NumberFormatException e) {
            throw new Xml.BadDataException("row number \"" + Xml.shorten(r) + "\" is not a number", xml.getLocation());
        }
    }

    private int cellColumn(int rowNumber, int previous) throws XMLStreamException {
        String ref = xml.getAttributeValue(null, "r");
        int column = ref == null ? previous + 1 : CellRef.parseColumn(ref);
        if (column < 0) {
            throw new Xml.BadDataException("bad cell reference \"" + Xml.shorten(ref) + "\"", xml.getLocation());
        }
        if (column >= limits.maxColumns()) {
            throw new Xml.LimitException("cell " + CellRef.of(rowNumber, column) + " is beyond the limit of "
                    + limits.maxColumns() + " columns");
        }
        return column;
    }

    /** Excel writes cells in column order; a file that does not gets sorted, keeping the last of duplicates. */
    private static List<RawCell> sortedUnique(List<RawCell> cells) {
        List<RawCell> sorted = new ArrayList<>(cells);
        sorted.sort(Comparator.comparingInt(RawCell::column));
        List<RawCell> unique = new ArrayList<>(sorted.size());
        for (RawCell cell : sorted) {
            if (!unique.isEmpty() && unique.get(unique.size() - 1).column() == cell.column()) {
                unique.set(unique.size() - 1, cell);
            } else {
                unique.add(cell);
            }
        }
        return unique;
    }

    /** Reads one {@code <c>}; null if it is blank. */
    private RawCell readCell(int row, int column) throws XMLStreamException {
        String type = xml.getAttributeValue(null, "t");
        int style = Xml.intAttribute(xml, "s", 0);
        String value = null;
        String formula = null;
        String formulaType = null;
        String sharedIndex = null;
        Object inline = null;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (xml.getLocalName()) {
                case "v" -> value = StringItemReader.readT(xml, limits.maxTextLength());
                case "f" -> {
                    formulaType = xml.getAttributeValue(null, "t");
                    sharedIndex = xml.getAttributeValue(null, "si");
                    formula = StringItemReader.readT(xml, limits.maxTextLength());
                }
                case "is" -> inline = inlineStrings.read(xml);
                default -> Xml.skipElement(xml);
            }
        }
        if (formula != null && "shared".equals(formulaType) && sharedIndex != null) {
            if (formula.isEmpty()) {
                formula = sharedFormulas.derive(sharedIndex, row, column);
            } else {
                sharedFormulas.remember(sharedIndex, formula, row, column);
            }
        }
        String kind = type == null ? "n" : type;
        if ("inlineStr".equals(kind)) {
            if (inline != null) {
                return RichText.cell(column, inline, styles.fontName(style), formula);
            }
            kind = "str";
        }
        if (value == null || value.isEmpty() && !"str".equals(kind)) {
            return formula != null ? RawCell.formulaWithoutValue(column, formula) : null;
        }
        return switch (kind) {
            case "s" -> sharedString(value, style, column, formula);
            case "str" -> value.isEmpty() ? null
                    : RawCell.text(column, value, List.of(new TextRun(value, styles.fontName(style))), formula);
            case "n" -> number(value, style, column, formula);
            case "b" -> RawCell.bool(column, parseBoolean(value), formula);
            case "e" -> RawCell.error(column, value.trim(), formula);
            case "d" -> isoDate(value, column, formula);
            default -> throw new Xml.BadDataException("unknown cell type t=\"" + Xml.shorten(kind) + "\" in "
                    + CellRef.of(row, column), xml.getLocation());
        };
    }

    private RawCell sharedString(String value, int style, int column, String formula) throws XMLStreamException {
        Object item;
        try {
            item = sharedStrings.get(Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            item = null;
        }
        if (item == null) {
            throw new Xml.BadDataException("shared string \"" + Xml.shorten(value) + "\" does not exist (the table has "
                    + sharedStrings.size() + ")", xml.getLocation());
        }
        return RichText.cell(column, item, styles.fontName(style), formula);
    }

    private RawCell number(String value, int style, int column, String formula) throws XMLStreamException {
        String stored = value.trim();
        double number;
        try {
            number = Double.parseDouble(stored);
        } catch (NumberFormatException e) {
            number = Double.NaN;
        }
        if (!Double.isFinite(number)) {
            throw new Xml.BadDataException("\"" + Xml.shorten(value) + "\" is not a number", xml.getLocation());
        }
        if (styles.isDate(style)) {
            LocalDateTime date = CellValues.toDate(number, date1904);
            if (date != null) {
                return RawCell.date(column, number, date, formula);
            }
        }
        return RawCell.number(column, number, CellValues.numberText(stored, number), formula);
    }

    private boolean parseBoolean(String value) throws XMLStreamException {
        String v = value.trim();
        if ("1".equals(v) || "true".equalsIgnoreCase(v)) {
            return true;
        }
        if ("0".equals(v) || "false".equalsIgnoreCase(v)) {
            return false;
        }
        throw new Xml.BadDataException("\"" + Xml.shorten(value) + "\" is not a boolean", xml.getLocation());
    }

    /** {@code t="d"}: an ISO 8601 date, time or both, written by some tools instead of a serial. */
    private RawCell isoDate(String value, int column, String formula) throws XMLStreamException {
        String v = value.trim();
        LocalDateTime date;
        try {
            if (v.indexOf('T') > 0) {
                date = hasOffset(v) ? OffsetDateTime.parse(v).toLocalDateTime() : LocalDateTime.parse(v);
            } else if (v.indexOf(':') > 0) {
                LocalTime time = LocalTime.parse(v);
                double serial = time.toNanoOfDay() / 86_400_000_000_000.0;
                return RawCell.date(column, serial, DateUtil.getLocalDateTime(serial, date1904, true), formula);
            } else {
                date = LocalDate.parse(v).atStartOfDay();
            }
        } catch (DateTimeParseException e) {
            throw new Xml.BadDataException("\"" + Xml.shorten(value) + "\" is not an ISO date", xml.getLocation());
        }
        double serial = DateUtil.getExcelDate(date, date1904);
        if (serial < 0) {
            // before the workbook's epoch: Excel itself cannot show it as a date
            return RawCell.text(column, v, List.of(new TextRun(v, null)), formula);
        }
        return RawCell.date(column, serial, date, formula);
    }

    private static boolean hasOffset(String v) {
        int t = v.indexOf('T');
        return v.endsWith("Z") || v.indexOf('+', t) > 0 || v.indexOf('-', t) > 0;
    }

    private void release() {
        if (!finished) {
            finished = true;
            Xml.closeQuietly(xml);
            XlsxWorkbookReader.closeQuietly(in);
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            release();
            book.cursorClosed(this);
        }
    }
}
