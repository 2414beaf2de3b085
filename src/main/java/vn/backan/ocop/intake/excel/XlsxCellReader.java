package vn.backan.ocop.intake.excel;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.usermodel.DateUtil;

import vn.backan.ocop.intake.excel.TextRun;

/**
 * Turns one {@code <c>} element into a {@link RawCell}: the {@code t} attribute says how to read
 * {@code <v>} (shared string index, number, boolean, error, ISO date, formula string) and the style
 * {@code s} gives the font and whether a number is a date.
 */
final class XlsxCellReader {

    private final XMLStreamReader xml;
    private final ReaderLimits limits;
    private final CellStyles styles;
    private final SharedStrings sharedStrings;
    private final boolean date1904;
    private final StringItemReader inlineStrings;
    private final SharedFormulas sharedFormulas = new SharedFormulas();

    XlsxCellReader(XMLStreamReader xml, ReaderLimits limits, CellStyles styles, SharedStrings sharedStrings,
                   boolean date1904) {
        this.xml = xml;
        this.limits = limits;
        this.styles = styles;
        this.sharedStrings = sharedStrings;
        this.date1904 = date1904;
        this.inlineStrings = new StringItemReader(limits.maxTextLength());
    }

    /** From the START_ELEMENT of a {@code <c>}, reads through its end; null if the cell is blank. */
    RawCell read(int row, int column) throws XMLStreamException {
        String type = xml.getAttributeValue(null, "t");
        int style = Xml.intAttribute(xml, "s", 0);
        String value = null;
        String formula = null;
        String formulaType = null;
        String sharedIndex = null;
        Object inline = null;
        while (Xml.nextChild(xml)) {
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
        return RawCell.number(column, number,
                CellValues.padded(CellValues.numberText(stored, number), number, styles.zeroPadding(style)), formula);
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
}
