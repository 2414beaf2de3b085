package vn.backan.ocop.template;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

import vn.backan.ocop.layout.HouseStyle;

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
        Font boldFont = HouseStyle.bold(workbook);
        title = HouseStyle.title(workbook);
        note = HouseStyle.note(workbook);
        noteWrapped = workbook.createCellStyle();
        noteWrapped.cloneStyleFrom(note);
        noteWrapped.setWrapText(true);
        noteWrapped.setVerticalAlignment(VerticalAlignment.TOP);
        header = HouseStyle.header(workbook, boldFont);
        label = workbook.createCellStyle();
        label.setFont(boldFont);
        HouseStyle.box(label);
        given = workbook.createCellStyle();
        given.setFont(boldFont);
        given.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        given.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        given.setDataFormat(format.getFormat("@"));
        HouseStyle.box(given);
        input = workbook.createCellStyle();
        input.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        input.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        HouseStyle.box(input);
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
        HouseStyle.box(wrapped);
        bold = workbook.createCellStyle();
        bold.setFont(boldFont);
        bold.setWrapText(true);
        bold.setVerticalAlignment(VerticalAlignment.TOP);
        HouseStyle.box(bold);
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
}
