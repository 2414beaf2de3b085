package vn.backan.ocop.report;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The few cell styles the output workbooks use, created once per workbook. */
final class Styles {

    final CellStyle title;
    final CellStyle note;
    final CellStyle header;
    final CellStyle text;
    final CellStyle boldText;
    final CellStyle quoted;
    final CellStyle integer;
    final CellStyle boldInteger;
    final CellStyle plain;
    final CellStyle decimal;
    final CellStyle percent;
    final CellStyle boldPercent;
    final CellStyle date;
    final CellStyle error;
    final CellStyle warning;

    Styles(Workbook workbook) {
        DataFormat format = workbook.createDataFormat();
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        Font italic = workbook.createFont();
        italic.setItalic(true);
        italic.setColor(IndexedColors.GREY_50_PERCENT.getIndex());

        title = workbook.createCellStyle();
        title.setFont(big);
        note = workbook.createCellStyle();
        note.setFont(italic);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        text = workbook.createCellStyle();
        boldText = workbook.createCellStyle();
        boldText.setFont(bold);
        quoted = workbook.createCellStyle();
        quoted.setQuotePrefixed(true);
        integer = numeric(workbook, format, "#,##0", null);
        boldInteger = numeric(workbook, format, "#,##0", bold);
        plain = numeric(workbook, format, "0", null);
        decimal = numeric(workbook, format, "0.00", null);
        percent = numeric(workbook, format, "0.00%", null);
        boldPercent = numeric(workbook, format, "0.00%", bold);
        date = numeric(workbook, format, "dd/mm/yyyy", null);
        error = filled(workbook, IndexedColors.ROSE);
        warning = filled(workbook, IndexedColors.LIGHT_YELLOW);
    }

    private static CellStyle numeric(Workbook workbook, DataFormat format, String pattern, Font font) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(format.getFormat(pattern));
        if (font != null) {
            style.setFont(font);
        }
        return style;
    }

    private static CellStyle filled(Workbook workbook, IndexedColors color) {
        CellStyle style = workbook.createCellStyle();
        style.setFillForegroundColor(color.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }
}
