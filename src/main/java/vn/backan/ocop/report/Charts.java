package vn.backan.ocop.report;

import java.util.List;

import javax.xml.namespace.QName;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;

/**
 * Native Excel charts over cells of a report sheet. The sheet's rows are streamed (SXSSF), so POI
 * cannot read the values back to cache them in the chart: each series carries its values as written,
 * with the reference to the cells, so a reader that does not recalculate still draws the right bars.
 */
final class Charts {

    private static final String CHART = "http://schemas.openxmlformats.org/drawingml/2006/chart";

    private Charts() {
    }

    /**
     * One series of a chart: its values, the cells holding them (a column of the table) and the
     * header cell that names it.
     */
    record Series(String title, int titleRow, int column, Number[] values, String rgb) {
    }

    /**
     * The categories (district names, years) and where the chart goes.
     *
     * @param firstRow 0-based row of the first category in the table
     * @param anchor   the cells the chart covers: first/last column and row
     */
    record Frame(String sheetName, String title, String xTitle, String yTitle, String[] categories, int column,
                 int firstRow, CellRangeAddress anchor) {

        int lastRow() {
            return firstRow + categories.length - 1;
        }
    }

    /** Columns, stacked (e.g. products by stars per district), and optionally lines on the same axes. */
    static XSSFChart columns(XSSFSheet sheet, Frame frame, List<Series> stacked, List<Series> lines) {
        return bars(sheet, frame, stacked, lines, true);
    }

    /** Columns side by side (e.g. each star class before and now). */
    static XSSFChart clustered(XSSFSheet sheet, Frame frame, List<Series> series) {
        return bars(sheet, frame, series, List.of(), false);
    }

    private static XSSFChart bars(XSSFSheet sheet, Frame frame, List<Series> stacked, List<Series> lines, boolean stack) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        CellRangeAddress at = frame.anchor();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, at.getFirstColumn(), at.getFirstRow(),
                at.getLastColumn() + 1, at.getLastRow() + 1);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(frame.title());
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);

        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        x.setTitle(frame.xTitle());
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setTitle(frame.yTitle());
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        y.setCrossBetween(AxisCrossBetween.BETWEEN);
        y.setMinimum(0);
        y.setNumberFormat("#,##0");
        XDDFCategoryDataSource categories = XDDFDataSourcesFactory.fromArray(frame.categories(),
                range(frame, frame.column()), frame.column());

        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        bars.setBarDirection(BarDirection.COL);
        bars.setBarGrouping(stack ? BarGrouping.STACKED : BarGrouping.CLUSTERED);
        bars.setVaryColors(false);
        for (Series s : stacked) {
            XDDFChartData.Series series = bars.addSeries(categories,
                    XDDFDataSourcesFactory.fromArray(s.values(), range(frame, s.column()), s.column()));
            series.setTitle(s.title(), new CellReference(frame.sheetName(), s.titleRow(), s.column(), true, true));
            series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(rgb(s.rgb()))));
        }
        chart.plot(bars);
        if (stack) {
            overlapFully(chart.getCTChart().getPlotArea().getBarChartArray(0));
        }

        if (!lines.isEmpty()) {
            XDDFLineChartData line = (XDDFLineChartData) chart.createData(ChartTypes.LINE, x, y);
            line.setVaryColors(false);
            for (Series s : lines) {
                XDDFLineChartData.Series series = (XDDFLineChartData.Series) line.addSeries(categories,
                        XDDFDataSourcesFactory.fromArray(s.values(), range(frame, s.column()), s.column()));
                series.setTitle(s.title(), new CellReference(frame.sheetName(), s.titleRow(), s.column(), true, true));
                series.setSmooth(false);
                series.setMarkerStyle(MarkerStyle.CIRCLE);
                XDDFLineProperties stroke = new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(rgb(s.rgb()))));
                stroke.setWidth(2.5);
                series.setLineProperties(stroke);
            }
            chart.plot(line);
        }
        return chart;
    }

    /**
     * Stacked columns must overlap fully, or Excel draws each series beside the previous one. POI's
     * setOverlap needs a schema type that poi-ooxml-lite lacks, so the two elements are written
     * directly, where the schema wants them: after the series, before the axis ids.
     */
    private static void overlapFully(CTBarChart bar) {
        try (XmlCursor cursor = bar.newCursor()) {
            if (!cursor.toChild(new QName(CHART, "axId"))) {
                throw new IllegalStateException("A bar chart without axes");
            }
            for (String[] element : new String[][] {{"gapWidth", "60"}, {"overlap", "100"}}) {
                cursor.beginElement(new QName(CHART, element[0], "c"));
                cursor.insertAttributeWithValue("val", element[1]);
                cursor.toNextToken();
            }
        }
    }

    /** The cells of one column of the table, as a chart formula: {@code 'Theo huyện'!$C$5:$C$12}. */
    private static String range(Frame frame, int column) {
        return new CellRangeAddress(frame.firstRow(), frame.lastRow(), column, column).formatAsString(frame.sheetName(), true);
    }

    private static byte[] rgb(String hex) {
        int value = Integer.parseInt(hex, 16);
        return new byte[] {(byte) (value >> 16), (byte) (value >> 8), (byte) value};
    }
}
