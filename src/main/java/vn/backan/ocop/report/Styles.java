package vn.backan.ocop.report;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

import vn.backan.ocop.layout.HouseStyle;

/**
 * The cell styles of one output workbook. A workbook may hold at most 64,000 styles, so each
 * combination is created once and shared, however many cells use it.
 */
final class Styles {

    /** How a value is shown. */
    enum Format {
        TEXT(null), INTEGER("#,##0"), PLAIN("0"), DECIMAL("0.00"), PERCENT("0.00%"), DATE("dd/mm/yyyy"),
        DATE_TIME("dd/mm/yyyy hh:mm"), GENERAL("General");

        private final String pattern;

        Format(String pattern) {
            this.pattern = pattern;
        }
    }

    /** A problem marked on a cell of a submitted sheet, or a submission's status. */
    enum Fill {
        NONE(null), ERROR(IndexedColors.ROSE), WARNING(IndexedColors.LIGHT_YELLOW), GOOD(IndexedColors.LIGHT_GREEN),
        ABSENT(IndexedColors.GREY_25_PERCENT);

        private final IndexedColors color;

        Fill(IndexedColors color) {
            this.color = color;
        }

        /** The fill's colour in Excel's indexed palette; NONE has none. */
        short colorIndex() {
            return color == null ? IndexedColors.AUTOMATIC.getIndex() : color.getIndex();
        }
    }

    /**
     * @param quoted Excel's quote prefix: the cell shows text that starts with = + - @ and stays text
     *               when it is edited or copied out
     * @param boxed  thin borders, for cells of a report table
     */
    record Key(Format format, boolean bold, boolean wrap, boolean quoted, boolean boxed, Fill fill) {
    }

    private final Workbook workbook;
    private final DataFormat formats;
    private final Font bold;
    private final Map<Key, CellStyle> cache = new HashMap<>();
    /** {@link #table}'s styles by format and flags: asked for once per cell of a country's product list. */
    private final CellStyle[] tables = new CellStyle[Format.values().length * 8];
    final CellStyle title;
    final CellStyle note;
    final CellStyle header;
    final CellStyle section;
    /** A link to a cell of the same workbook: blue, underlined, in a table. */
    final CellStyle link;

    Styles(Workbook workbook) {
        this.workbook = workbook;
        this.formats = workbook.createDataFormat();
        bold = HouseStyle.bold(workbook);
        title = HouseStyle.title(workbook);
        note = HouseStyle.note(workbook);
        header = HouseStyle.header(workbook, bold);
        section = workbook.createCellStyle();
        section.setFont(bold);
        Font blue = workbook.createFont();
        blue.setUnderline(Font.U_SINGLE);
        blue.setColor(IndexedColors.BLUE.getIndex());
        link = workbook.createCellStyle();
        link.setFont(blue);
        link.setVerticalAlignment(VerticalAlignment.TOP);
        HouseStyle.box(link);
    }

    /** A data cell of a report table. */
    CellStyle table(Format format, boolean bold, boolean wrap, boolean quoted) {
        int slot = format.ordinal() * 8 + (bold ? 4 : 0) + (wrap ? 2 : 0) + (quoted ? 1 : 0);
        CellStyle style = tables[slot];
        if (style == null) {
            style = of(new Key(format, bold, wrap, quoted, true, Fill.NONE));
            tables[slot] = style;
        }
        return style;
    }

    /** A table cell of wrapped text on a fill. */
    CellStyle filled(Fill fill) {
        return of(new Key(Format.TEXT, false, true, false, true, fill));
    }

    /** A cell of a submitted sheet copied back to its clerk, filled where it has a problem. */
    CellStyle copy(Format format, boolean bold, boolean quoted, Fill fill) {
        return of(new Key(format, bold, false, quoted, false, fill));
    }

    private CellStyle of(Key key) {
        return cache.computeIfAbsent(key, k -> {
            CellStyle style = workbook.createCellStyle();
            if (k.format().pattern != null) {
                style.setDataFormat(formats.getFormat(k.format().pattern));
            }
            if (k.bold()) {
                style.setFont(bold);
            }
            style.setVerticalAlignment(VerticalAlignment.TOP);
            style.setWrapText(k.wrap());
            style.setQuotePrefixed(k.quoted());
            if (k.boxed()) {
                HouseStyle.box(style);
            }
            if (k.fill().color != null) {
                style.setFillForegroundColor(k.fill().color.getIndex());
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            }
            return style;
        });
    }
}
