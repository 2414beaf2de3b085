package vn.backan.ocop.template;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How the template's sheets and the feedback's copies of a district's sheets print: A4 landscape,
 * one page wide (widths are fitted so that this stays above 80 %), the title and header rows on
 * every page, page numbers and the sheet's name at the foot.
 *
 * <p>The progress workbook's sheets get the same from {@code report.SheetWriter}; the two are to
 * become one home for the A4 setup.
 */
public final class PrintLayout {

    private PrintLayout() {
    }

    /**
     * @param lastHeaderRow 0-based last row repeated on every page (title through header), or -1 for none
     * @param columns       columns the repeated rows span
     */
    public static void a4Landscape(Sheet sheet, int lastHeaderRow, int columns) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setMargin(Sheet.LeftMargin, 0.5);
        sheet.setMargin(Sheet.RightMargin, 0.5);
        sheet.setMargin(Sheet.TopMargin, 0.6);
        sheet.setMargin(Sheet.BottomMargin, 0.6);
        if (lastHeaderRow >= 0) {
            sheet.setRepeatingRows(new CellRangeAddress(0, lastHeaderRow, 0, Math.max(0, columns - 1)));
        }
        if (sheet.getFooter().getCenter().isEmpty()) {
            sheet.getFooter().setCenter("Trang &P / &N");
        }
        if (sheet.getFooter().getRight().isEmpty()) {
            sheet.getFooter().setRight("&A");
        }
    }
}
