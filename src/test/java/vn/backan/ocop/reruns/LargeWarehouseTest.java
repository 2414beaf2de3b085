package vn.backan.ocop.reruns;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.backan.ocop.cli.Cli;
import vn.backan.ocop.fixtures.TestDatabase;
import vn.backan.ocop.intake.excel.SheetInfo;
import vn.backan.ocop.intake.excel.SheetRow;
import vn.backan.ocop.intake.excel.WorkbookReader;

/**
 * {@code consolidate} under {@code -Xmx256m} (a separate JVM, as cron starts it) over a warehouse of
 * {@value #PRODUCTS} valid products and as many expired ones, which the sample's ratings are
 * multiplied into: the report step reads every one of them, and lists the valid ones. Until the progress report streamed its ratings, H2 ran
 * out of memory in this run and closed the database (issue 14, with 280,000 products). The full-size
 * set of files is the benchmark's ({@code ConsolidateBenchmark rounds 5000}).
 */
class LargeWarehouseTest {

    static final int PRODUCTS = 150_000;

    @TempDir
    Path home;

    @Test
    void aWarehouseOfAHundredAndFiftyThousandProductsIsReportedIn256Megabytes() throws Exception {
        Pipeline pipeline = new Pipeline(home, TestDatabase.Kind.H2);
        pipeline.copySample2020();
        assertThat(pipeline.run("consolidate", "--as-of", "2020-12-31")).isEqualTo(Cli.OK);
        int valid = pipeline.withDatabase(jdbc -> {
            int sample = jdbc.queryForObject("select count(*) from fct_rating where valid_to_run is null and stars >= 3", Integer.class);
            int copies = (PRODUCTS + sample - 1) / sample;
            // Each copy of a product is a product of its own, with a long name, as some districts write them.
            jdbc.update("""
                    insert into fct_rating (district_code, product_key, recognised_on, product_code, product_name, set_no,
                        group_no, entity_name, entity_key, commune_code, stars, score, certified, expires_on, decision_no,
                        recognition_level, value_chain, period_code, row_hash, submission_id, sheet_name, excel_row,
                        valid_from_run, valid_from)
                    select f.district_code, f.product_key || ' #' || c.x, f.recognised_on, f.product_code,
                        f.product_name || ' — lô sản xuất số ' || c.x || ' của hợp tác xã, đóng gói tại xã theo tiêu chuẩn',
                        f.set_no, f.group_no, f.entity_name, f.entity_key, f.commune_code, f.stars, f.score, f.certified,
                        f.expires_on, f.decision_no, f.recognition_level, f.value_chain, f.period_code, f.row_hash,
                        f.submission_id, f.sheet_name, f.excel_row, f.valid_from_run, f.valid_from
                    from fct_rating f cross join system_range(1, ?) c
                    where f.valid_to_run is null and f.stars >= 3
                    """, copies - 1);
            // And as many again of certificates that expired years ago: history the report reads past.
            jdbc.update("""
                    insert into fct_rating (district_code, product_key, recognised_on, product_code, product_name, set_no,
                        group_no, entity_name, entity_key, commune_code, stars, score, certified, expires_on, decision_no,
                        recognition_level, value_chain, period_code, row_hash, submission_id, sheet_name, excel_row,
                        valid_from_run, valid_from)
                    select f.district_code, f.product_key || ' cũ #' || c.x, dateadd(year, -5, f.recognised_on), f.product_code,
                        f.product_name || ' — sản phẩm cũ số ' || c.x || ' của hợp tác xã, chứng nhận đã hết hạn từ lâu',
                        f.set_no, f.group_no, f.entity_name, f.entity_key, f.commune_code, f.stars, f.score, f.certified,
                        dateadd(year, -5, f.expires_on), f.decision_no, f.recognition_level, f.value_chain, f.period_code,
                        f.row_hash, f.submission_id, f.sheet_name, f.excel_row, f.valid_from_run, f.valid_from
                    from fct_rating f cross join system_range(1, ?) c
                    where f.valid_to_run is null and f.stars >= 3 and f.product_key not like '% #%'
                    """, copies);
            return sample * copies;
        });
        assertThat(valid).isGreaterThanOrEqualTo(PRODUCTS);

        Files.createDirectories(pipeline.home.resolve("output"));
        // The products were seeded behind the runs' back: no run changed anything since the first run's
        // workbook, which a run would then leave as it is. Without it, the run writes a new one.
        Files.delete(pipeline.output("ocop-progress-2020-12-31.xlsx"));
        try (ChildRun run = ChildRun.consolidate(pipeline, "--as-of", "2020-12-31")) {
            assertThat(run.await(Duration.ofMinutes(6))).as(run.log()).isEqualTo(Cli.OK);
            assertThat(run.log()).contains("Progress workbook as of 2020-12-31").doesNotContain("OutOfMemoryError");
        }
        Map<String, Integer> products = countRows(pipeline.output("ocop-progress-2020-12-31.xlsx"));
        assertThat(products.get("Sản phẩm")).isEqualTo(valid);
        assertThat(products.get("Theo huyện")).isEqualTo(valid);
    }

    /** Data rows of {@code Sản phẩm}, and the province's valid products in {@code Theo huyện}, read streaming. */
    private static Map<String, Integer> countRows(Path file) throws Exception {
        Map<String, Integer> counts = new HashMap<>();
        try (WorkbookReader reader = WorkbookReader.open(file)) {
            for (SheetInfo sheet : reader.sheets()) {
                if (sheet.name().equals("Sản phẩm")) {
                    int rows = 0;
                    boolean below = false;
                    try (var cursor = reader.rows(sheet)) {
                        for (SheetRow row; (row = cursor.next()) != null; ) {
                            rows += below ? 1 : 0;
                            below |= row.cell(0) != null && row.cell(0).text().equals("Huyện, thành phố");
                        }
                    }
                    counts.put(sheet.name(), rows);
                } else if (sheet.name().equals("Theo huyện")) {
                    try (var cursor = reader.rows(sheet)) {
                        for (SheetRow row; (row = cursor.next()) != null; ) {
                            if (row.cell(1) != null && row.cell(1).text().equals("Toàn tỉnh")) {
                                counts.put(sheet.name(), row.cell(5).number().intValue());
                            }
                        }
                    }
                }
            }
        }
        return counts;
    }
}
