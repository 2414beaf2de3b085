package vn.backan.ocop.intake.excel;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

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
    private final XlsxCellReader cellReader;
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
        this.cellReader = new XlsxCellReader(xml, limits, book.styles(), book.sharedStrings(), book.date1904());
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
            throw new Xml.BadDataException(WorkbookException.Reason.CELL_ADDRESS, "row number " + rowNumber + " is outside 1.."
                    + MAX_ROWS, xml.getLocation());
        }
        lastRow = rowNumber;
        boolean hidden = Xml.isTrue(xml.getAttributeValue(null, "hidden"));
        cells.clear();
        rowChars = 0;
        int column = -1;
        boolean sorted = true;
        int previous = -1;
        while (Xml.nextChild(xml)) {
            if (!"c".equals(xml.getLocalName())) {
                Xml.skipElement(xml);
                continue;
            }
            column = cellColumn(rowNumber, column);
            RawCell cell = cellReader.read(rowNumber, column);
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
        if (column >= CellRef.MAX_COLUMNS) {
            throw new Xml.BadDataException(WorkbookException.Reason.CELL_ADDRESS, "cell " + CellRef.of(rowNumber, column)
                    + " is beyond Excel's last column XFD", xml.getLocation());
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
