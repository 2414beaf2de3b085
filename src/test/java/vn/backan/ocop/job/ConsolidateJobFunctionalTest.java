package vn.backan.ocop.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;

import vn.backan.ocop.fixtures.JvmTempFolder;
import vn.backan.ocop.fixtures.TestDatabase;
import vn.backan.ocop.sheet.Sheets;

/**
 * The consolidate job on the sample in {@code input/}: the province's published figures for the
 * 2018-2020 round, the 5-star upgrade of 2021, and the deliberate errors in the feedback workbooks.
 * Run on each warehouse engine by a subclass that names the database.
 */
@SpringBootTest
@SpringBatchTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ConsolidateJobFunctionalTest {

    static void register(DynamicPropertyRegistry registry, TestDatabase.Kind kind) {
        TestDatabase.create(kind, JvmTempFolder.create("ocop-functional-")).springProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    static final Path SAMPLE = Path.of("input");

    @Autowired
    JobOperatorTestUtils jobs;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Sheets sheets;
    Path output;

    Path end2020;
    Path mid2021;

    @BeforeAll
    void runTheNightlyJobTwice(@TempDir Path dir) throws Exception {
        output = dir;
        JobExecution first = jobs.startJob(new RunParameters(SAMPLE, output.resolve("first"), LocalDateTime.now(),
                LocalDate.of(2020, 12, 31)).toJobParameters());
        assertThat(first.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        JobExecution second = jobs.startJob(new RunParameters(SAMPLE, output.resolve("second"), LocalDateTime.now().plusSeconds(1),
                null).toJobParameters());
        assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        end2020 = output.resolve("first/ocop-progress-2020-12-31.xlsx");
        mid2021 = output.resolve("second/ocop-progress-2021-06-30.xlsx");
    }

    @Test
    void summaryAsOfEnd2020ShowsThePublishedFigures() throws Exception {
        try (ReportReader report = new ReportReader(end2020)) {
            assertThat(report.sheetNames()).containsExactly("Tổng quan", "Tổng hợp", "Theo huyện", "Theo bộ sản phẩm", "Sản phẩm",
                    "Sắp hết hạn", "Xã", "Theo năm", "Nộp báo cáo", "Chất lượng dữ liệu", "Thay đổi", "Lịch sử");
            assertThat(report.value("Tổng hợp", "Sản phẩm OCOP còn hiệu lực")).isEqualTo(131);
            assertThat(report.value("Tổng hợp", "   trong đó 3 sao")).isEqualTo(118);
            assertThat(report.value("Tổng hợp", "   trong đó 4 sao")).isEqualTo(13);
            assertThat(report.value("Tổng hợp", "   trong đó 5 sao")).isZero();
            assertThat(report.value("Tổng hợp", "Xã đạt chuẩn nông thôn mới")).isEqualTo(23);
            assertThat(report.value("Tổng hợp", "   trong đó có sản phẩm OCOP")).isEqualTo(16);
            assertThat(report.value("Tổng hợp", "Xã đặc biệt khó khăn có sản phẩm OCOP")).isEqualTo(29);
            assertThat(report.value("Tổng hợp", "Tỷ lệ hộ nghèo")).isCloseTo(0.1851, within(0.00005));
            assertThat(report.value("Tổng hợp", "Hỗ trợ: Thành lập chủ thể mới")).isEqualTo(25);
            assertThat(report.value("Tổng hợp", "Hỗ trợ: Tái cơ cấu HTX")).isEqualTo(13);
            assertThat(report.value("Tổng hợp", "Hỗ trợ: Hỗ trợ nhân lực")).isEqualTo(43);
            assertThat(report.value("Tổng hợp", "Hỗ trợ: Chuỗi giá trị")).isEqualTo(20);
            assertThat(report.value("Tổng hợp", "Hỗ trợ: Dự án")).isEqualTo(43);
            assertThat(report.value("Tổng hợp", "Hỗ trợ: Trung tâm bán hàng")).isEqualTo(2);
        }
    }

    @Test
    void districtTotalsEqualTheSummaryAndTheProductList() throws Exception {
        try (ReportReader report = new ReportReader(end2020)) {
            List<List<String>> districts = report.table("Theo huyện", "Mã");
            assertThat(districts).hasSize(9);
            List<String> totals = districts.get(8);
            assertThat(totals.get(1)).isEqualTo("Toàn tỉnh");
            assertThat(totals.subList(2, 6)).containsExactly("118", "13", "0", "131");
            assertThat(districts.subList(0, 8).stream().mapToInt(r -> Integer.parseInt(r.get(5))).sum()).isEqualTo(131);
            assertThat(districts.subList(0, 8)).allSatisfy(r -> assertThat(Integer.parseInt(r.get(5))).isPositive());
            assertThat(totals.get(8)).isEqualTo("23");
            assertThat(totals.get(9)).isEqualTo("16");
            assertThat(totals.get(10)).isEqualTo("29");
            assertThat(report.table("Sản phẩm", "Huyện, thành phố")).hasSize(131);
        }
    }

    @Test
    void theSixteenNtmCommunesWithProductsAreTheNamedOnes() throws Exception {
        try (ReportReader report = new ReportReader(end2020)) {
            List<String> named = report.table("Xã", "Huyện, thành phố").stream()
                    .filter(r -> !r.get(3).isEmpty() && Integer.parseInt(r.get(3)) <= 2020 && Integer.parseInt(r.get(8)) > 0)
                    .map(r -> r.get(1)).sorted().toList();
            assertThat(named).containsExactlyInAnyOrder("Vân Tùng", "Kim Lư", "Cường Lợi", "Như Cố", "Bình Văn", "Nghĩa Tá",
                    "Yên Thượng", "Địa Linh", "Khang Ninh", "Quang Thuận", "Dương Quang", "Nông Thượng", "Trần Phú",
                    "Đồng Thắng", "Thượng Giáo", "Quân Hà");
        }
    }

    @Test
    void yearlyTrendCountsEachRound() throws Exception {
        try (ReportReader report = new ReportReader(end2020)) {
            Map<String, List<String>> years = report.table("Theo năm", "Năm").stream()
                    .collect(Collectors.toMap(r -> r.get(0), r -> r));
            assertThat(years.get("2018").subList(1, 5)).containsExactly("32", "5", "0", "37");
            assertThat(years.get("2018").get(5)).isEqualTo("37");
            assertThat(years.get("2020").get(5)).isEqualTo("131");
        }
    }

    @Test
    void theDefaultReportDateIsTheNewestPeriodAndShowsTheFiveStar() throws Exception {
        assertThat(mid2021).exists();
        try (ReportReader report = new ReportReader(mid2021)) {
            assertThat(report.value("Tổng hợp", "Sản phẩm OCOP còn hiệu lực")).isEqualTo(131);
            assertThat(report.value("Tổng hợp", "   trong đó 3 sao")).isEqualTo(118);
            assertThat(report.value("Tổng hợp", "   trong đó 4 sao")).isEqualTo(12);
            assertThat(report.value("Tổng hợp", "   trong đó 5 sao")).isEqualTo(1);
            List<List<String>> fiveStars = report.table("Sản phẩm", "Huyện, thành phố").stream()
                    .filter(r -> r.get(8).equals("5")).toList();
            assertThat(fiveStars).singleElement().satisfies(r -> {
                assertThat(r.get(2)).isEqualTo("Miến dong Tài Hoan");
                assertThat(r.get(1)).isEqualTo("Xã Côn Minh");
                assertThat(r.get(0)).isEqualTo("Huyện Na Rì");
            });
        }
    }

    @Test
    void theSecondRunFoundEveryFileAlreadyLoaded() {
        assertThat(jdbc.queryForObject("select count(*) from audit_submission", Integer.class)).isEqualTo(9);
        Integer unchanged = jdbc.queryForObject("select count(*) from audit_run_file where action = 'unchanged'", Integer.class);
        assertThat(unchanged).isEqualTo(9);
    }

    /** Publishing's work tables hold rows only within a publish: emptied after it, outside its transaction. */
    @Test
    void thePublishWorkTablesAreEmptyAfterTheRun() {
        assertThat(jdbc.queryForObject("select count(*) from fct_rating where valid_to_run is null", Integer.class))
                .isGreaterThan(100);
        assertThat(sheets.all()).hasSize(4).allSatisfy(d -> assertThat(
                jdbc.queryForObject("select count(*) from %s".formatted(d.warehouse().work()), Integer.class))
                .as(d.warehouse().work()).isZero());
    }

    @Test
    void everyRowReadIsLoadedOrRejected() {
        List<Map<String, Object>> sheets = jdbc.queryForList("select submission_id, sheet_kind, rows_read, rows_loaded, "
                + "rows_warning, rows_rejected from audit_submission_sheet");
        assertThat(sheets).isNotEmpty().allSatisfy(s -> assertThat(((Number) s.get("rows_read")).intValue())
                .isEqualTo(((Number) s.get("rows_loaded")).intValue() + ((Number) s.get("rows_warning")).intValue()
                        + ((Number) s.get("rows_rejected")).intValue()));
    }

    @Test
    void oneFeedbackWorkbookPerSubmission() throws Exception {
        try (var files = Files.list(output.resolve("first/feedback"))) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly(
                    "058-bac-kan-2020.xlsx", "060-pac-nam-2020.xlsx", "061-ba-be-2020.xlsx", "062-ngan-son-2020.xlsx",
                    "063-bach-thong-2020.xlsx", "064-cho-don-2020.xlsx", "065-cho-moi-2020.xlsx", "066-na-ri-2020.xlsx",
                    "066-na-ri-2021-H1.xlsx");
        }
    }

    @Test
    void feedbackListsTheDeliberateErrorsWithTheirCells() throws Exception {
        assertThat(errors("061-ba-be-2020.xlsx")).containsExactly("Sản phẩm!C17 REQUIRED_MISSING",
                "Sản phẩm!F21 COMMUNE_OTHER_DISTRICT", "Sản phẩm!I29 DATE_INVALID");
        assertThat(errors("065-cho-moi-2020.xlsx")).containsExactly("Sản phẩm!I13 DATE_INVALID",
                "Sản phẩm!H21 SCORE_OUTSIDE_STAR_BAND");
        for (String clean : List.of("058-bac-kan-2020.xlsx", "060-pac-nam-2020.xlsx", "062-ngan-son-2020.xlsx",
                "063-bach-thong-2020.xlsx", "064-cho-don-2020.xlsx", "066-na-ri-2020.xlsx", "066-na-ri-2021-H1.xlsx")) {
            assertThat(errors(clean)).as(clean).isEmpty();
        }
    }

    /** The rejected-row problems of a feedback workbook's Lỗi sheet, as "sheet!cell CODE" (the code is the last column). */
    private List<String> errors(String feedback) throws Exception {
        try (ReportReader report = new ReportReader(output.resolve("first/feedback").resolve(feedback))) {
            return report.table("Lỗi", "Mức độ").stream()
                    .filter(r -> r.get(0).startsWith("Lỗi"))
                    .map(r -> r.get(1) + "!" + r.get(2) + " " + r.get(8)).toList();
        }
    }
}
