package vn.backan.ocop.layout;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The look every workbook the project writes shares (the progress and feedback workbooks, the
 * template): the title, the notes, the table header and the thin grey borders. Each method creates
 * what it returns in the workbook given; callers keep the result, as a workbook holds a limited
 * number of fonts and styles.
 */
public final class HouseStyle {

    private HouseStyle() {
    }

    /** A bold font, for headers, labels and totals. */
    public static Font bold(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        return bold;
    }

    /** A sheet's title: 14 pt bold, dark blue. */
    public static CellStyle title(Workbook workbook) {
        Font big = bold(workbook);
        big.setFontHeightInPoints((short) 14);
        big.setColor(IndexedColors.DARK_BLUE.getIndex());
        CellStyle title = workbook.createCellStyle();
        title.setFont(big);
        return title;
    }

    /** A note under a title: grey italics. */
    public static CellStyle note(Workbook workbook) {
        Font italic = workbook.createFont();
        italic.setItalic(true);
        italic.setColor(IndexedColors.GREY_80_PERCENT.getIndex());
        CellStyle note = workbook.createCellStyle();
        note.setFont(italic);
        return note;
    }

    /** A table's header cell: bold, wrapped, centred, on pale blue, boxed. */
    public static CellStyle header(Workbook workbook, Font bold) {
        CellStyle header = workbook.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        box(header);
        return header;
    }

    /** Thin grey borders around a table cell. */
    public static void box(CellStyle style) {
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        short grey = IndexedColors.GREY_40_PERCENT.getIndex();
        style.setTopBorderColor(grey);
        style.setBottomBorderColor(grey);
        style.setLeftBorderColor(grey);
        style.setRightBorderColor(grey);
    }
}
