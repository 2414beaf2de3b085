package vn.backan.ocop.sample;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The handful of styles a district clerk uses: a bold centred title, a bold boxed header, boxed
 * data cells, dates shown as dd/mm/yyyy. Created once per workbook because .xls files hold at
 * most about 4,000 styles and every createCellStyle call adds one.
 */
final class CellStyles {

    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle header;
    final CellStyle text;
    final CellStyle wrapped;
    final CellStyle textFormat;
    final CellStyle number;
    final CellStyle centred;
    final CellStyle thousands;
    final CellStyle date;
    final CellStyle label;
    final CellStyle totalLabel;
    final CellStyle totalThousands;

    CellStyles(Workbook workbook) {
        Font bold = font(workbook, true, false, 11);
        Font plain = font(workbook, false, false, 11);

        title = workbook.createCellStyle();
        title.setFont(font(workbook, true, false, 13));
        title.setAlignment(HorizontalAlignment.CENTER);
        title.setVerticalAlignment(VerticalAlignment.CENTER);
        title.setWrapText(true);

        subtitle = workbook.createCellStyle();
        subtitle.setFont(font(workbook, false, true, 11));
        subtitle.setAlignment(HorizontalAlignment.CENTER);

        header = boxed(workbook, bold);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setWrapText(true);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);

        text = boxed(workbook, plain);
        wrapped = boxed(workbook, plain);
        wrapped.setWrapText(true);
        // "@": the clerk formatted the column as Text so that 066 and tax codes keep their zeros
        textFormat = boxed(workbook, plain);
        textFormat.setDataFormat(workbook.createDataFormat().getFormat("@"));
        number = boxed(workbook, plain);
        number.setAlignment(HorizontalAlignment.RIGHT);
        centred = boxed(workbook, plain);
        centred.setAlignment(HorizontalAlignment.CENTER);
        thousands = boxed(workbook, plain);
        thousands.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
        date = boxed(workbook, plain);
        date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        date.setAlignment(HorizontalAlignment.CENTER);

        label = workbook.createCellStyle();
        label.setFont(bold);
        totalLabel = boxed(workbook, bold);
        totalThousands = boxed(workbook, bold);
        totalThousands.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
    }

    private static Font font(Workbook workbook, boolean bold, boolean italic, int points) {
        Font font = workbook.createFont();
        font.setFontName("Times New Roman");
        font.setFontHeightInPoints((short) points);
        font.setBold(bold);
        font.setItalic(italic);
        return font;
    }

    private static CellStyle boxed(Workbook workbook, Font font) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        return style;
    }
}
