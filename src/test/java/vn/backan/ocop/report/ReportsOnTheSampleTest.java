package vn.backan.ocop.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTPlotArea;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.backan.ocop.OcopProperties;
import vn.backan.ocop.layout.PrintLayout;
import vn.backan.ocop.reference.ReferenceData;
import vn.backan.ocop.warehouse.SubmissionRegistry;
import vn.backan.ocop.warehouse.SubmissionSheets;
import vn.backan.ocop.warehouse.read.CommuneIndicators;
import vn.backan.ocop.warehouse.read.IssueCounts;
import vn.backan.ocop.warehouse.read.ProgrammeTargets;
import vn.backan.ocop.warehouse.read.SubmissionsInForce;
import vn.backan.ocop.warehouse.read.SupportCounts;
import vn.backan.ocop.intake.excel.CellKind;
import vn.backan.ocop.intake.excel.RawCell;
import vn.backan.ocop.intake.excel.RowCursor;
import vn.backan.ocop.intake.excel.SheetInfo;
import vn.backan.ocop.intake.excel.SheetRow;
import vn.backan.ocop.intake.excel.WorkbookReader;
import vn.backan.ocop.job.RunParameters;
import vn.backan.ocop.submission.Programme;
import vn.backan.ocop.text.LegacyEncoding;
import vn.backan.ocop.text.LegacyText;
import vn.backan.ocop.warehouse.read.Ratings;
import vn.backan.ocop.warehouse.read.Recognitions;

/**
 * The workbooks the job writes from the sample in {@code input/}, read back as their users would
 * meet them: the figures agree across sheets and with a recalculation, the charts are there, every
 * sheet prints its title, and the feedback copies are the district's own cells with the problems marked.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:reports-sample;DB_CLOSE_DELAY=-1")
@SpringBatchTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsOnTheSampleTest {

    static final Path SAMPLE = Path.of("input");

    @Autowired
    JobOperatorTestUtils jobs;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Ratings ratings;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    ApplicationContext context;

    XSSFWorkbook progress;
    Path feedback;
    long runId;

    @BeforeAll
    void runTheJob(@TempDir Path output) throws Exception {
        JobExecution run = jobs.startJob(new RunParameters(SAMPLE, output, LocalDateTime.now(), null).toJobParameters());
        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        runId = run.getJobInstance().getInstanceId();
        progress = new XSSFWorkbook(output.resolve("ocop-progress-2021-06-30.xlsx").toFile());
        feedback = output.resolve("feedback");
    }

    @AfterAll
    void close() throws Exception {
        progress.close();
    }

    @Test
    void everySheetPrintsItsTitleWithTheReportDateOnA4LandscapeOnePageWide() {
        assertThat(sheetNames(progress)).containsExactlyElementsOf(ProgressWorkbook.SHEETS);
        for (Sheet sheet : progress) {
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).as(sheet.getSheetName()).isNotBlank();
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).as(sheet.getSheetName())
                    .startsWith("Số liệu tính đến ngày 30/06/2021 — lập lúc ");
            PrintSetup print = sheet.getPrintSetup();
            assertThat(print.getLandscape()).as(sheet.getSheetName()).isTrue();
            assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(print.getFitWidth()).isEqualTo((short) 1);
            // The dashboard is one page; the other sheets as many pages tall as they take.
            assertThat(print.getFitHeight()).isEqualTo(sheet.getSheetName().equals("Tổng quan") ? (short) 1 : (short) 0);
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(sheet.getRepeatingRows().getFirstRow()).isZero();
            assertThat(sheet.getPaneInformation()).as(sheet.getSheetName()).isNotNull();
            assertThat(sheet.getFooter().getCenter()).contains("&P");
        }
        assertThat(((XSSFSheet) progress.getSheet("Sản phẩm")).getCTWorksheet().getAutoFilter().getRef()).matches("A\\d+:O\\d+");
    }

    /**
     * The job read the dashboard's earlier date and every recognition beside the date's own ratings (two report
     * threads, the default); read one after the other, in one transaction, the workbook is the same but for the
     * time it was made and its history of runs. The second workbook's history is rolled back.
     */
    @Test
    void readOneAfterTheOtherTheProgressWorkbookIsTheSame(@TempDir Path other) throws Exception {
        OcopProperties p = context.getBean(OcopProperties.class);
        assertThat(p.reportThreads()).isEqualTo(2);
        ProgressReport sequential = new ProgressReport(ratings, context.getBean(CommuneIndicators.class),
                context.getBean(SupportCounts.class), context.getBean(SubmissionsInForce.class), context.getBean(IssueCounts.class),
                context.getBean(ProgrammeTargets.class), context.getBean(ChangeQueries.class), context.getBean(SubmissionRegistry.class),
                context.getBean(SubmissionSheets.class), context.getBean(ReferenceData.class),
                new OcopProperties(p.deadlineDays(), p.chunkSize(), p.stageThreads(), p.feedbackThreads(), 1, p.supersededRowsKept()),
                context.getBean(ReportHistory.class), transactions);
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        Path written = transaction.execute(status -> {
            status.setRollbackOnly();
            return sequential.write(other, LocalDate.of(2021, 6, 30), Instant.now(), RunSpan.of(runId)).file();
        });
        DataFormatter formatter = new DataFormatter();
        int compared = 0;
        try (XSSFWorkbook again = new XSSFWorkbook(written.toFile())) {
            assertThat(sheetNames(again)).isEqualTo(sheetNames(progress));
            for (Sheet sheet : progress) {
                if (sheet.getSheetName().equals(ProgressWorkbook.HISTORY)) {
                    continue;
                }
                Sheet same = again.getSheet(sheet.getSheetName());
                assertThat(same.getLastRowNum()).as(sheet.getSheetName()).isEqualTo(sheet.getLastRowNum());
                for (Row row : sheet) {
                    // Row 2 says when the workbook was made.
                    if (row.getRowNum() == 1) {
                        continue;
                    }
                    for (Cell cell : row) {
                        Cell twin = same.getRow(row.getRowNum()).getCell(cell.getColumnIndex());
                        assertThat(formatter.formatCellValue(twin)).as(sheet.getSheetName() + "!" + cell.getAddress())
                                .isEqualTo(formatter.formatCellValue(cell));
                        compared++;
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(1_000);
    }

    /** One page wide at 80 % or more, and no less than 80 % of the page's width used: the widths printed decide both. */
    @Test
    void everySheetPrintsAtEightyPercentOrMoreAndFillsFourFifthsOfThePageWidth() {
        Map<String, Integer> outside = new java.util.LinkedHashMap<>();
        for (Sheet sheet : progress) {
            int units = 0;
            for (int c = 0; c <= lastColumn(sheet); c++) {
                units += sheet.isColumnHidden(c) ? 0 : sheet.getColumnWidth(c) / 256;
            }
            if (units < PrintLayout.minWidthUnits() || units > PrintLayout.maxWidthUnits()) {
                outside.put(sheet.getSheetName(), units);
            }
            assertThat(sheet.getFooter().getCenter()).as(sheet.getSheetName()).isEqualTo("Trang &P / &N");
        }
        assertThat(outside).as("sheets whose width (in column units) is outside " + PrintLayout.minWidthUnits() + ".."
                + PrintLayout.maxWidthUnits()).isEmpty();
    }

    private static int lastColumn(Sheet sheet) {
        int last = 0;
        for (Row row : sheet) {
            last = Math.max(last, row.getLastCellNum() - 1);
        }
        return last;
    }

    @Test
    void theDashboardComparesWithThePeriodBeforeAndTheTargets() {
        Sheet sheet = progress.getSheet("Tổng quan");
        assertThat(progress.getSheetIndex(sheet)).isZero();
        Row header = labelled(sheet, "Chỉ tiêu");
        assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Kỳ trước (31/12/2020)");
        assertThat(header.getCell(2).getStringCellValue()).isEqualTo("Kỳ này (30/06/2021)");
        assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).startsWith("Kỳ này: 6 tháng đầu năm 2021, số liệu đến ngày báo cáo. "
                + "Kỳ trước: Năm 2020, cùng cách tính");
        // As of 31/12/2020: 118 + 13 + 0 (the published figures); as of 30/06/2021: 118 + 12 + 1.
        Row valid = labelled(sheet, "Sản phẩm OCOP còn hiệu lực");
        assertThat(valid.getCell(1).getNumericCellValue()).isEqualTo(131);
        assertThat(valid.getCell(2).getNumericCellValue()).isEqualTo(131);
        Row five = labelled(sheet, "   5 sao");
        assertThat(five.getCell(1).getNumericCellValue()).isZero();
        assertThat(five.getCell(2).getNumericCellValue()).isEqualTo(1);
        assertThat(five.getCell(3).getCellFormula()).isEqualTo("C" + (five.getRowNum() + 1) + "-B" + (five.getRowNum() + 1));
        assertThat(five.getCell(3).getNumericCellValue()).isEqualTo(1);
        // The province's target: at least two 5-star products by 2025 (seeded in ref_ocop_target).
        assertThat(five.getCell(4).getNumericCellValue()).isEqualTo(2);
        assertThat(five.getCell(5).getNumericCellValue()).isEqualTo(0.5);
        assertThat(sheet.isColumnHidden(4)).isFalse();
        Row four = labelled(sheet, "   4 sao");
        assertThat(four.getCell(3).getNumericCellValue()).isEqualTo(-1);
        // New recognitions: certified ratings dated within each period, counted here from the raw rows.
        Row recognised = labelled(sheet, "Công nhận mới trong kỳ");
        String certifiedBetween = "select count(*) from fct_rating where valid_to_run is null and certified and recognised_on between ? and ?";
        Integer in2020 = jdbc.queryForObject(certifiedBetween, Integer.class, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31));
        Integer in2021H1 = jdbc.queryForObject(certifiedBetween, Integer.class, LocalDate.of(2021, 1, 1), LocalDate.of(2021, 6, 30));
        assertThat(in2020 + in2021H1).isPositive();
        assertThat(recognised.getCell(1).getNumericCellValue()).isEqualTo(in2020.doubleValue());
        assertThat(recognised.getCell(2).getNumericCellValue()).isEqualTo(in2021H1.doubleValue());
        // Distinct products recognised 3 stars and up from the programme's start, and from the phase's, counted
        // here over the raw rows (the report counts each on the day of its first recognition in the span).
        String productsBetween = """
                select count(*) from (select distinct district_code, product_key from fct_rating
                where valid_to_run is null and certified and recognised_on between ? and ?) p""";
        Row total = labelled(sheet, DashboardSheet.RECOGNISED_TOTAL);
        Integer until2020 = jdbc.queryForObject(productsBetween, Integer.class, Programme.START, LocalDate.of(2020, 12, 31));
        Integer until2021H1 = jdbc.queryForObject(productsBetween, Integer.class, Programme.START, LocalDate.of(2021, 6, 30));
        assertThat(until2021H1).isGreaterThanOrEqualTo(until2020).isPositive();
        assertThat(total.getCell(1).getNumericCellValue()).isEqualTo(until2020.doubleValue());
        assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(until2021H1.doubleValue());
        Row since2021 = labelled(sheet, "Sản phẩm mới từ 01/01/2021");
        Integer in2021 = jdbc.queryForObject(productsBetween, Integer.class, Programme.PHASE_START, LocalDate.of(2021, 6, 30));
        assertThat(in2021).isPositive();
        assertThat(since2021.getCell(1).getNumericCellValue()).isZero();
        assertThat(since2021.getCell(2).getNumericCellValue()).isEqualTo(in2021.doubleValue());
        // Certificates expiring within 6 months after each date: each product's newest rating on the date,
        // counted here from the raw rows (the report counts them as the ratings stream by, on both dates).
        String expiringWithin = """
                select count(*) from fct_rating f
                where f.valid_to_run is null and f.stars >= 3 and f.recognised_on <= ? and f.expires_on > ? and f.expires_on <= ?
                  and not exists (select 1 from fct_rating n where n.valid_to_run is null and n.district_code = f.district_code
                      and n.product_key = f.product_key and n.recognised_on > f.recognised_on and n.recognised_on <= ?)""";
        Row expiring = labelled(sheet, "Chứng nhận hết hạn trong 6 tháng tới");
        for (LocalDate d : List.of(LocalDate.of(2020, 12, 31), LocalDate.of(2021, 6, 30))) {
            Integer expected = jdbc.queryForObject(expiringWithin, Integer.class, d, d, d.plusMonths(6), d);
            assertThat(expiring.getCell(d.getYear() == 2020 ? 1 : 2).getNumericCellValue()).as("expiring after " + d)
                    .isEqualTo(expected.doubleValue());
        }
        assertThat(expiring.getCell(1).getNumericCellValue() + expiring.getCell(2).getNumericCellValue()).isPositive();
        Row onTime = labelled(sheet, "Báo cáo của kỳ nộp đúng hạn");
        assertThat(onTime.getCell(1).getNumericCellValue()).isEqualTo(6);
        assertThat(onTime.getCell(2).getNumericCellValue()).isEqualTo(1);
        List<XSSFChart> charts = ((XSSFSheet) sheet).getDrawingPatriarch().getCharts();
        assertThat(charts).hasSize(2);
        assertThat(charts.get(0).getCTChart().getPlotArea().getBarChartArray(0).getGrouping().getVal().toString())
                .isEqualTo("clustered");
        assertThat(charts.get(1).getCTChart().getPlotArea().getBarChartArray(0).getSerArray(0).getCat().getStrRef().getF())
                .startsWith("'Theo huyện'!$B$");
        assertThat(sheet.getPrintSetup().getFitHeight()).isEqualTo((short) 1);
    }

    @Test
    void staffSheetsShowVietnameseNamesAndDatesWithTheCodesInTheLastColumn() {
        List<Row> quality = rowsBelow(progress.getSheet("Chất lượng dữ liệu"), "Huyện, thành phố");
        Row baBe = quality.stream().filter(r -> r.getCell(2) != null && r.getCell(2).getStringCellValue().equals("061-ba-be-2020.xlsx")
                && r.getCell(3).getStringCellValue().equals("Sản phẩm")).findFirst().orElseThrow();
        assertThat(baBe.getCell(1).getStringCellValue()).isEqualTo("Năm 2020");
        assertThat(baBe.getCell(8).getStringCellValue()).contains("Xã thuộc huyện khác (").doesNotContain("COMMUNE_OTHER_DISTRICT");
        assertThat(baBe.getCell(9).getStringCellValue()).contains("COMMUNE_OTHER_DISTRICT").doesNotContain("(");
        List<Row> changes = rowsBelow(progress.getSheet("Thay đổi"), "Bảng");
        assertThat(changes).hasSizeGreaterThan(100);
        for (Row row : changes) {
            for (int c = 0; c < 8; c++) {
                String text = row.getCell(c) == null ? "" : row.getCell(c).toString();
                assertThat(text).as("Thay đổi!" + row.getCell(0).getAddress()).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}")
                        .doesNotContain("TINH").doesNotContain("HUYEN");
            }
        }
        assertThat(changes).anySatisfy(r -> assertThat(r.getCell(5).getStringCellValue()).contains("Cấp công nhận: Tỉnh")
                .containsPattern("Ngày công nhận: \\d{2}/\\d{2}/\\d{4}"));
        assertThat(changes.get(0).getCell(8).getStringCellValue()).startsWith("fct_rating ");
    }

    @Test
    void everyFormulaHoldsTheValueARecalculationGives() {
        FormulaEvaluator evaluator = progress.getCreationHelper().createFormulaEvaluator();
        int formulas = 0;
        for (Sheet sheet : progress) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.FORMULA) {
                        assertThat(cell.getCachedFormulaResultType()).isEqualTo(CellType.NUMERIC);
                        double cached = cell.getNumericCellValue();
                        assertThat(evaluator.evaluate(cell).getNumberValue()).as(sheet.getSheetName() + "!" + cell.getAddress())
                                .isCloseTo(cached, within(1e-9));
                        assertThat(cell.getCellFormula()).doesNotContain("[");
                        formulas++;
                    }
                }
            }
        }
        assertThat(formulas).isGreaterThan(60);
    }

    @Test
    void theDistrictsCountTheProductListAndTheSummaryShowsTheirTotal() {
        Map<String, int[]> counted = new HashMap<>();
        List<Row> products = rowsBelow(progress.getSheet("Sản phẩm"), "Huyện, thành phố");
        for (Row row : products) {
            counted.computeIfAbsent(row.getCell(0).getStringCellValue(), k -> new int[6])[(int) row.getCell(8).getNumericCellValue()]++;
        }
        List<Row> districts = rowsBelow(progress.getSheet("Theo huyện"), "Mã");
        assertThat(districts).hasSize(9);
        int total = 0;
        for (Row row : districts.subList(0, 8)) {
            int[] stars = counted.getOrDefault(row.getCell(1).getStringCellValue(), new int[6]);
            for (int s = 3; s <= 5; s++) {
                assertThat(row.getCell(2 + s - 3).getCellFormula()).startsWith("COUNTIFS('Sản phẩm'!$A$");
                assertThat(row.getCell(2 + s - 3).getNumericCellValue()).isEqualTo(stars[s]);
            }
            assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(stars[3] + stars[4] + stars[5]);
            total += stars[3] + stars[4] + stars[5];
        }
        assertThat(total).isEqualTo(products.size()).isEqualTo(131);
        Row province = districts.get(8);
        assertThat(province.getCell(5).getNumericCellValue()).isEqualTo(131);
        Row summary = labelled(progress.getSheet("Tổng hợp"), "Sản phẩm OCOP còn hiệu lực");
        assertThat(summary.getCell(1).getCellFormula()).isEqualTo("'Theo huyện'!$F$" + (province.getRowNum() + 1));
        assertThat(summary.getCell(1).getNumericCellValue()).isEqualTo(131);
        List<Row> groups = rowsBelow(progress.getSheet("Theo bộ sản phẩm"), "Ngành");
        assertThat(groups.get(groups.size() - 1).getCell(7).getNumericCellValue()).isEqualTo(131);
    }

    @Test
    void starsByDistrictAreStackedColumnsAndTheYearsAColumnAndLineChart() {
        List<XSSFChart> districtCharts = ((XSSFSheet) progress.getSheet("Theo huyện")).getDrawingPatriarch().getCharts();
        assertThat(districtCharts).hasSize(1);
        CTPlotArea plot = districtCharts.get(0).getCTChart().getPlotArea();
        CTBarChart bars = plot.getBarChartArray(0);
        assertThat(bars.getGrouping().getVal().toString()).isEqualTo("stacked");
        assertThat(bars.getSerList()).hasSize(3);
        assertThat(bars.getSerArray(0).getCat().getStrRef().getF()).isEqualTo("'Theo huyện'!$B$7:$B$14");
        assertThat(bars.getSerArray(0).getCat().getStrRef().getStrCache().getPtCount().getVal()).isEqualTo(8);
        assertThat(bars.xmlText()).contains("<c:overlap val=\"100\"/>");
        double plotted = 0;
        for (var series : bars.getSerList()) {
            for (var point : series.getVal().getNumRef().getNumCache().getPtList()) {
                plotted += Double.parseDouble(point.getV());
            }
        }
        assertThat(plotted).isEqualTo(131);

        List<XSSFChart> yearCharts = ((XSSFSheet) progress.getSheet("Theo năm")).getDrawingPatriarch().getCharts();
        assertThat(yearCharts).hasSize(1);
        assertThat(yearCharts.get(0).getCTChart().getPlotArea().getBarChartList()).hasSize(1);
        assertThat(yearCharts.get(0).getCTChart().getPlotArea().getLineChartList()).hasSize(1);
    }

    @Test
    void theWorkbooksLinkToNothingOutside() throws Exception {
        for (PackagePart part : progress.getPackage().getParts()) {
            assertThat(part.getPartName().getName()).doesNotContain("externalLink");
        }
        try (XSSFWorkbook copy = new XSSFWorkbook(feedback.resolve("061-ba-be-2020.xlsx").toFile())) {
            for (PackagePart part : copy.getPackage().getParts()) {
                assertThat(part.getPartName().getName()).doesNotContain("externalLink");
            }
            // The district's formulas stay formulas (a total computes), but none reaches another workbook or the web.
            for (Sheet sheet : copy) {
                sheet.forEach(row -> row.forEach(cell -> {
                    if (cell.getCellType() == CellType.FORMULA) {
                        assertThat(cell.getCellFormula()).as(sheet.getSheetName() + "!" + cell.getAddress())
                                .doesNotContain("[").doesNotContainIgnoringCase("HYPERLINK");
                    }
                }));
            }
        }
    }

    @Test
    void theFeedbackCopiesTheDistrictsSheetsAndMarksTheProblemCells() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(feedback.resolve("061-ba-be-2020.xlsx").toFile())) {
            assertThat(sheetNames(book)).containsExactly("Tóm tắt", "Lỗi", "Thông tin", "Sản phẩm", "Chủ thể", "Xã", "Hỗ trợ");
            Sheet products = book.getSheet("Sản phẩm");
            Cell date = cell(products, "I29");
            assertThat(date.getStringCellValue()).isEqualTo("chưa rõ");
            assertThat(date.getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.ROSE.getIndex());
            assertThat(date.getCellComment().getString().getString()).contains("DATE_INVALID").contains("“chưa rõ” không phải là ngày hợp lệ")
                    .contains("Cách sửa: Nhập ngày");
            Cell missingName = cell(products, "C17");
            assertThat(missingName.getCellType()).isEqualTo(CellType.BLANK);
            assertThat(missingName.getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.ROSE.getIndex());
            assertThat(missingName.getCellComment().getString().getString()).contains("Thiếu Tên sản phẩm");
            Cell fine = cell(products, "C16");
            assertThat(fine.getCellStyle().getFillPattern().getCode()).isZero();
            assertThat(fine.getCellComment()).isNull();
            Comment other = cell(products, "F21").getCellComment();
            assertThat(other.getString().getString()).contains("COMMUNE_OTHER_DISTRICT");

            Row problem = rowsBelow(book.getSheet("Lỗi"), "Mức độ").stream()
                    .filter(r -> r.getCell(2).getStringCellValue().equals("I29")).findFirst().orElseThrow();
            assertThat(problem.getCell(2).getHyperlink().getAddress()).isEqualTo("'Sản phẩm'!I29");
            Row copies = labelled(book.getSheet("Tóm tắt"), "Bản sao các sheet của huyện");
            assertThat(copies.getCell(1).getStringCellValue()).isEqualTo("Sau sheet Lỗi: Thông tin, Sản phẩm, Chủ thể, Xã, Hỗ trợ.");
        }
    }

    @Test
    void theCopiesHoldTheValuesAsTheyWereTyped() throws Exception {
        // The .xlsx is annotated in place, its text as typed in its own fonts; the .xls is copied cell by cell, legacy
        // TCVN3/VNI text decoded since the copy does not carry the old fonts.
        for (String[] pair : new String[][] {{"061-ba-be-2020.xlsx", "2020/061-ba-be-2020.xlsx", "kept"},
                {"060-pac-nam-2020.xlsx", "2020/060-pac-nam-2020.xls", "decoded"}}) {
            int compared = 0;
            try (XSSFWorkbook book = new XSSFWorkbook(feedback.resolve(pair[0]).toFile());
                 WorkbookReader original = WorkbookReader.open(SAMPLE.resolve(pair[1]))) {
                DataFormatter formatter = new DataFormatter();
                for (SheetInfo info : original.sheets()) {
                    Sheet copy = book.getSheet(info.name());
                    assertThat(copy).as(info.name()).isNotNull();
                    try (RowCursor rows = original.rows(info)) {
                        for (SheetRow row; (row = rows.next()) != null; ) {
                            for (RawCell raw : row.cells()) {
                                Cell cell = copy.getRow(row.rowNumber() - 1).getCell(raw.column());
                                String where = pair[0] + " " + info.name() + "!" + cell.getAddress();
                                switch (raw.kind()) {
                                    case TEXT -> assertThat(cell.getStringCellValue()).as(where).isEqualTo(pair[2].equals("decoded")
                                            && raw.runs().stream().anyMatch(r -> LegacyEncoding.forFont(r.fontName()) != LegacyEncoding.UNICODE)
                                                    ? LegacyText.toUnicode(raw.runs()) : raw.text());
                                    case NUMBER -> assertThat(cell.getNumericCellValue()).as(where).isEqualTo(raw.number());
                                    case DATE -> {
                                        assertThat(cell.getLocalDateTimeCellValue()).as(where).isEqualTo(raw.date());
                                        assertThat(formatter.formatCellValue(cell)).as(where).isEqualTo(raw.text());
                                    }
                                    default -> assertThat(formatter.formatCellValue(cell)).as(where).isEqualTo(raw.text());
                                }
                                if (raw.kind() == CellKind.TEXT) {
                                    assertThat(cell.getCellType()).as(where).isEqualTo(CellType.STRING);
                                }
                                compared++;
                            }
                        }
                    }
                }
            }
            assertThat(compared).as(pair[0]).isGreaterThan(300);
        }
    }

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    /** The rows below the header row whose first cell reads {@code firstHeader}. */
    @Test
    void theSubmissionsSheetShowsEachDistrictAndPeriodInAMatrixColouredByStatus() {
        Sheet sheet = progress.getSheet("Nộp báo cáo");
        Row header = labelled(sheet, "Kỳ báo cáo");
        assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Đã nhận");
        assertThat(header.getCell(5).getStringCellValue()).isEqualTo("Huyện Ba Bể");
        assertThat(header.getCell(10).getStringCellValue()).isEqualTo("Huyện Na Rì");
        Row y2020 = labelled(sheet, "2020");
        Row h2021 = labelled(sheet, "2021-H1");
        assertThat(y2020.getRowNum()).isEqualTo(header.getRowNum() + 1);
        assertThat(h2021.getRowNum()).isEqualTo(header.getRowNum() + 2);
        // Ba Bể 2020 has rejected rows: received, with problems, yellow; Pác Nặm's cover is dated 25/01/2021, late.
        Cell baBe = y2020.getCell(5);
        assertThat(baBe.getStringCellValue()).startsWith("Đã nhận, có lỗi/cảnh báo\n").contains("81 dòng nạp, 3 từ chối");
        assertThat(baBe.getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.LIGHT_YELLOW.getIndex());
        assertThat(y2020.getCell(4).getStringCellValue()).contains("25/01/2021 (trễ hạn)");
        assertThat(y2020.getCell(4).getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.LIGHT_GREEN.getIndex());
        assertThat(y2020.getCell(1).getNumericCellValue()).isEqualTo(8);
        assertThat(y2020.getCell(2).getNumericCellValue()).isEqualTo(6);
        // For 2021-H1 only Na Rì has sent its report; the seven others are missing, in grey.
        for (int district = 3; district <= 9; district++) {
            assertThat(h2021.getCell(district).getStringCellValue()).isEqualTo("Chưa nộp");
            assertThat(h2021.getCell(district).getCellStyle().getFillForegroundColor())
                    .isEqualTo(IndexedColors.GREY_25_PERCENT.getIndex());
        }
        assertThat(h2021.getCell(10).getStringCellValue()).startsWith("Đã nhận\n09/07/2021 (đúng hạn)");
        assertThat(h2021.getCell(1).getNumericCellValue()).isEqualTo(1);
        // The same reports one per line below, with their files: 2 periods × 8 districts.
        List<Row> lines = rowsBelow(sheet, "Chi tiết từng kỳ, từng huyện");
        assertThat(lines).hasSize(1 + 16);
        assertThat(lines.get(3).getCell(9).getStringCellValue()).isEqualTo("061-ba-be-2020.xlsx");
    }

    /** The analyst view v_progress_by_district and the workbook's Theo huyện count the same, district by district. */
    @Test
    void theAnalystViewAgreesWithTheDistrictSheet() {
        Map<String, Row> sheet = new HashMap<>();
        List<Row> districts = rowsBelow(progress.getSheet("Theo huyện"), "Mã");
        for (Row row : districts.subList(0, 8)) {
            sheet.put(row.getCell(0).getStringCellValue(), row);
        }
        List<Map<String, Object>> view = jdbc.queryForList("""
                select district_code, as_of, products_3_stars, products_4_stars, products_5_stars, products_valid,
                       ocop_entities, households, poor_households
                from v_progress_by_district order by district_code""");
        assertThat(view).hasSize(8);
        long valid = 0;
        for (Map<String, Object> v : view) {
            String district = (String) v.get("district_code");
            Row row = sheet.get(district);
            assertThat(row).as(district).isNotNull();
            assertThat(v.get("as_of").toString()).isEqualTo("2021-06-30");
            String[] columns = {"products_3_stars", "products_4_stars", "products_5_stars", "products_valid", "ocop_entities"};
            for (int i = 0; i < columns.length; i++) {
                assertThat(((Number) v.get(columns[i])).doubleValue()).as(district + " " + columns[i])
                        .isEqualTo(row.getCell(2 + i).getNumericCellValue());
            }
            assertThat(number(v.get("households"))).as(district + " households").isEqualTo(row.getCell(11).getNumericCellValue());
            assertThat(number(v.get("poor_households"))).as(district + " poor").isEqualTo(row.getCell(12).getNumericCellValue());
            valid += ((Number) v.get("products_valid")).longValue();
        }
        assertThat(valid).isEqualTo(131);
    }

    private static double number(Object value) {
        return value == null ? 0 : ((Number) value).doubleValue();
    }

    /**
     * The rule of v_rating_span (newest rating on a day, valid certificate then) against a recalculation
     * from the raw fct_rating rows, on days across the programme; and the report's Java comparison
     * ({@code RatingRow.validOn}) against the counts of the spans by the database ({@code Recognitions.validOn}).
     */
    @Test
    void javaSqlAndTheRawRatingsAgreeOnWhatIsValid() {
        record Raw(String product, LocalDate recognised, int stars, LocalDate expires) {
        }
        List<Raw> raw = jdbc.query("""
                select district_code, product_key, recognised_on, stars, expires_on from fct_rating where valid_to_run is null""",
                (rs, n) -> new Raw(rs.getString(1) + "|" + rs.getString(2), rs.getDate(3).toLocalDate(), rs.getInt(4),
                        rs.getDate(5).toLocalDate()));
        boolean someExpired = false;
        Recognitions recognitions = ratings.recognitions(LocalDate.of(2024, 12, 31), List.of());
        Map<LocalDate, Long> expectedOn = new HashMap<>();
        for (LocalDate day = LocalDate.of(2018, 3, 31); !day.isAfter(LocalDate.of(2024, 12, 31)); day = day.plusMonths(3)) {
            LocalDate d = day;
            Map<String, Raw> newest = new HashMap<>();
            raw.stream().filter(r -> !r.recognised().isAfter(d))
                    .forEach(r -> newest.merge(r.product(), r, (a, b) -> a.recognised().isAfter(b.recognised()) ? a : b));
            long expected = newest.values().stream().filter(r -> r.stars() >= 3 && r.expires().isAfter(d)).count();
            int[] java = new int[2];
            ratings.newestOn(d, d.minusMonths(6), r -> java[r.validOn(d) ? 0 : 1]++);
            assertThat(recognitions.validOn(d)).as("SQL on " + d).isEqualTo(expected);
            expectedOn.put(d, expected);
            assertThat(java[0]).as("Java on " + d).isEqualTo(expected);
            someExpired |= java[1] > 0;
        }
        assertThat(someExpired).as("a certificate expired within 6 months of some day, read but not valid").isTrue();
        assertThat(new HashSet<>(expectedOn.values())).as("the days differ in what is valid").hasSizeGreaterThan(3);
        Integer status = jdbc.queryForObject("select count(*) from v_product_status where valid_certified", Integer.class);
        assertThat(status).isEqualTo(recognitions.validOn(LocalDate.of(2021, 6, 30))).isEqualTo(131);
    }

    /**
     * Within a transaction (the report step's) H2 reads the newest ratings lazily, and the connection is
     * left as it was: a pooled connection keeping the setting would change how later statements run.
     */
    @Test
    void newestRatingsAreReadLazilyOnH2AndTheConnectionIsLeftAsItWas() {
        // H2 shows the setting in no table: ask the session of the connection the statements run on.
        ConnectionCallback<String> lazy = c -> Boolean.toString(
                ((SessionLocal) c.unwrap(JdbcConnection.class).getSession()).isLazyQueryExecution());
        List<String> outside = new ArrayList<>();
        ratings.newestOn(LocalDate.of(2021, 6, 30), LocalDate.of(2020, 12, 31), r -> outside.add(r.productKey()));
        List<String> inside = new ArrayList<>();
        List<String> during = new ArrayList<>();
        String after = new TransactionTemplate(transactions).execute(status -> {
            ratings.newestOn(LocalDate.of(2021, 6, 30), LocalDate.of(2020, 12, 31), r -> {
                inside.add(r.productKey());
                if (during.isEmpty()) {
                    during.add(jdbc.execute(lazy));
                }
            });
            return jdbc.execute(lazy);
        });
        assertThat(during).containsExactly("true");
        assertThat(after).isEqualTo("false");
        assertThat(inside).hasSizeGreaterThan(100).containsExactlyInAnyOrderElementsOf(outside);
    }

    /** The bands the warehouse stored agree with {@link Programme}: certified from 3 stars, valid for 36 months. */
    @Test
    void theWarehouseKeepsTheProgrammesBands() {
        List<Map<String, Object>> ratings = jdbc.queryForList("""
                select stars, certified, recognised_on, expires_on from fct_rating where valid_to_run is null""");
        assertThat(ratings).hasSizeGreaterThan(100);
        assertThat(ratings).extracting(r -> ((Number) r.get("stars")).intValue()).contains(3, 4, 5);
        for (Map<String, Object> r : ratings) {
            int stars = ((Number) r.get("stars")).intValue();
            assertThat(r.get("certified")).as("stars " + stars).isEqualTo(Programme.certified(stars));
            LocalDate recognised = ((java.sql.Date) r.get("recognised_on")).toLocalDate();
            assertThat(((java.sql.Date) r.get("expires_on")).toLocalDate())
                    .isEqualTo(recognised.plusMonths(Programme.CERTIFICATE_MONTHS));
        }
    }

    static List<Row> rowsBelow(Sheet sheet, String firstHeader) {
        List<Row> rows = new ArrayList<>();
        boolean below = false;
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            String text = first == null || first.getCellType() != CellType.STRING ? "" : first.getStringCellValue();
            if (below) {
                rows.add(row);
            } else if (text.equals(firstHeader)) {
                below = true;
            }
        }
        return rows;
    }

    static Row labelled(Sheet sheet, String label) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(label)) {
                return row;
            }
        }
        throw new AssertionError("No row " + label + " in " + sheet.getSheetName());
    }

    static Cell cell(Sheet sheet, String ref) {
        CellAddress address = new CellAddress(ref);
        Cell cell = sheet.getRow(address.getRow()).getCell(address.getColumn());
        assertThat(cell).as(ref).isNotNull();
        return cell;
    }
}
