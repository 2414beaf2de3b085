package vn.backan.ocop.template;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The cell styles of the blank template. */
final class TemplateStyles {

    final CellStyle title;
    final CellStyle note;
    final CellStyle header;
    final CellStyle label;
    /** A value the template fills in (district, period): not to be changed. */
    final CellStyle given;
    /** A cell the clerk fills in. */
    final CellStyle input;
    final CellStyle inputDate;
    final CellStyle wrapped;
    /** Long text typed in a narrow column: wrapped, no border (it is a whole column's default). */
    final CellStyle longText;
    /** A typed value of a column without a format of its own, aligned with its row's wrapped names. */
    final CellStyle top;
    /** A note across a sheet's columns, wrapped within them: text running past the last column would widen the printed page. */
    final CellStyle noteWrapped;
    final CellStyle bold;
    final CellStyle text;
    final CellStyle date;
    final CellStyle integer;
    final CellStyle decimal;

    TemplateStyles(Workbook workbook) {
        DataFormat format = workbook.createDataFormat();
        Font boldFont = workbook.createFont();
        boldFont.setBold(true);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        big.setColor(IndexedColors.DARK_BLUE.getIndex());
        Font italic = workbook.createFont();
        italic.setItalic(true);
        italic.setColor(IndexedColors.GREY_80_PERCENT.getIndex());

        title = workbook.createCellStyle();
        title.setFont(big);
        note = workbook.createCellStyle();
        note.setFont(italic);
        noteWrapped = workbook.createCellStyle();
        noteWrapped.setFont(italic);
        noteWrapped.setWrapText(true);
        noteWrapped.setVerticalAlignment(VerticalAlignment.TOP);
        header = workbook.createCellStyle();
        header.setFont(boldFont);
        header.setWrapText(true);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        box(header);
        label = workbook.createCellStyle();
        label.setFont(boldFont);
        box(label);
        given = workbook.createCellStyle();
        given.setFont(boldFont);
        given.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        given.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        given.setDataFormat(format.getFormat("@"));
        box(given);
        input = workbook.createCellStyle();
        input.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        input.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        box(input);
        inputDate = workbook.createCellStyle();
        inputDate.cloneStyleFrom(input);
        inputDate.setDataFormat(format.getFormat("dd/mm/yyyy"));
        inputDate.setAlignment(HorizontalAlignment.LEFT);
        longText = workbook.createCellStyle();
        longText.setWrapText(true);
        longText.setVerticalAlignment(VerticalAlignment.TOP);
        wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        box(wrapped);
        bold = workbook.createCellStyle();
        bold.setFont(boldFont);
        bold.setWrapText(true);
        bold.setVerticalAlignment(VerticalAlignment.TOP);
        box(bold);
        text = workbook.createCellStyle();
        text.setDataFormat(format.getFormat("@"));
        date = workbook.createCellStyle();
        date.setDataFormat(format.getFormat("dd/mm/yyyy"));
        integer = workbook.createCellStyle();
        integer.setDataFormat(format.getFormat("#,##0"));
        decimal = workbook.createCellStyle();
        decimal.setDataFormat(format.getFormat("#,##0.##"));
        // A row holding a wrapped name reads from its top line across.
        top = workbook.createCellStyle();
        for (CellStyle style : new CellStyle[] {text, date, integer, decimal, top}) {
            style.setVerticalAlignment(VerticalAlignment.TOP);
        }
    }

    private static void box(CellStyle style) {
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
