package vn.backan.ocop.layout;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How every sheet the project writes is printed: A4 landscape, half-inch margins, one page wide,
 * the title and header rows repeated on each page, "Trang n / N" and the sheet's name below. The
 * one place that knows the page, so that the progress and feedback workbooks and the template print
 * alike, and the one place that knows how wide a sheet may be to print at 80 % or more.
 *
 * <p>Widths are in Excel's column units (the width of the digit 0 in the default 11-point font, 7
 * pixels at 96 dpi): A4 landscape less two half-inch margins is 10.69 in, 146 units at 100 %.
 */
public final class PrintLayout {

    /** Column units across the printable width of A4 landscape at 100 %. */
    public static final int PAGE_WIDTH_UNITS = 146;
    /** The smallest scale a sheet may print at: below it 11-point text is hard to read on paper. */
    public static final int MIN_SCALE_PERCENT = 80;

    private PrintLayout() {
    }

    /** The widest a sheet may be and still print one page wide at {@link #MIN_SCALE_PERCENT} or more. */
    public static int maxWidthUnits() {
        return PAGE_WIDTH_UNITS * 100 / MIN_SCALE_PERCENT;
    }

    /** The narrowest a sheet may be and still use 80 % of the page's width at 100 %. */
    public static int minWidthUnits() {
        return PAGE_WIDTH_UNITS * 80 / 100;
    }

    /**
     * A4 landscape, one page wide and as many tall as it takes, with rows {@code 0..repeatThroughRow}
     * printed on every page (none if negative) and page numbers below.
     */
    public static void a4Landscape(Sheet sheet, int repeatThroughRow, int columns) {
        page(sheet);
        sheet.getPrintSetup().setFitHeight((short) 0);
        if (repeatThroughRow >= 0) {
            sheet.setRepeatingRows(new CellRangeAddress(0, repeatThroughRow, 0, Math.max(0, columns - 1)));
        }
    }

    /** A4 landscape on a single page (a dashboard): fitted to one page wide and one tall. */
    public static void onePage(Sheet sheet) {
        page(sheet);
        sheet.getPrintSetup().setFitHeight((short) 1);
    }

    /**
     * Widens columns, in proportion to their widths, until the sheet fills {@code minWidthUnits()}:
     * a narrow table printed at 100 % would leave a third of the page blank. Widening never
     * breaks a row whose height was fitted to its text (narrowing would), so streamed sheets can call it last.
     *
     * @param widths the column widths in units, changed in place
     */
    public static int[] fill(int[] widths) {
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        int missing = minWidthUnits() - total;
        if (missing <= 0 || total == 0) {
            return widths;
        }
        int given = 0;
        for (int i = 0; i < widths.length; i++) {
            int extra = i == widths.length - 1 ? missing - given : missing * widths[i] / total;
            widths[i] += extra;
            given += extra;
        }
        return widths;
    }

    private static void page(Sheet sheet) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setMargin(Sheet.LeftMargin, 0.5);
        sheet.setMargin(Sheet.RightMargin, 0.5);
        sheet.setMargin(Sheet.TopMargin, 0.6);
        sheet.setMargin(Sheet.BottomMargin, 0.6);
        sheet.setMargin(Sheet.HeaderMargin, 0.3);
        sheet.setMargin(Sheet.FooterMargin, 0.3);
        // A district's own footer stays on its annotated copy; our sheets start without one.
        if (sheet.getFooter().getCenter().isEmpty()) {
            sheet.getFooter().setCenter("Trang &P / &N");
        }
        if (sheet.getFooter().getRight().isEmpty()) {
            sheet.getFooter().setRight("&A");
        }
    }
}
