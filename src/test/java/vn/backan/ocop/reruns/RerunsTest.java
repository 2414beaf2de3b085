package vn.backan.ocop.reruns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.backan.ocop.cli.Cli;
import vn.backan.ocop.fixtures.TestDatabase;

/**
 * Nightly reruns, on H2 and on PostgreSQL: the same files again change nothing; a corrected file changes exactly what it
 * corrects and the history says so; an older file arriving late does not displace a newer one.
 */
class RerunsTest {

    @TempDir
    Path home;

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void theSameInputTwiceLeavesTheWarehouseAndReportUnchanged(TestDatabase.Kind kind) throws Exception {
        Pipeline pipeline = new Pipeline(home, kind);
        pipeline.copySample2020();
        assertThat(pipeline.run("consolidate")).isEqualTo(Cli.OK);
        Map<String, List<String>> first = pipeline.snapshot();
        Path report = pipeline.output("ocop-progress-2020-12-31.xlsx");
        byte[] firstReport = Files.readAllBytes(report);
        assertThat(Files.readAllBytes(pipeline.output("history/ocop-progress-2020-12-31-lan-1.xlsx"))).isEqualTo(firstReport);

        assertThat(pipeline.run("consolidate")).isEqualTo(Cli.OK);
        assertThat(pipeline.snapshot()).isEqualTo(first);
        List<String> actions = pipeline.withDatabase(jdbc -> jdbc.queryForList(
                "select action from audit_run_file where run_id = (select max(run_id) from audit_run)", String.class));
        assertThat(actions).hasSize(8).containsOnly("unchanged");
        // Nothing changed: the workbook is not rewritten, and the morning after, Thay đổi still lists
        // what the first run loaded rather than "no changes".
        assertThat(Files.readAllBytes(report)).isEqualTo(firstReport);
        assertThat(Workbooks.table(report, "Thay đổi", "Bảng")).filteredOn(r -> r.get(0).equals("Sản phẩm") && r.get(1).equals("Thêm"))
                .hasSize(131);
        try (var files = Files.list(pipeline.output("history"))) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("ocop-progress-2020-12-31-lan-1.xlsx");
        }
    }

    /** A file refused as a whole changes no fact, but changes who has sent what: the workbook is written again. */
    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aRejectedFileAloneStillRewritesTheWorkbook(TestDatabase.Kind kind) throws Exception {
        Pipeline pipeline = new Pipeline(home, kind);
        pipeline.copySample2020();
        assertThat(pipeline.run("consolidate")).isEqualTo(Cli.OK);
        Map<String, List<String>> before = pipeline.snapshot();
        Files.write(pipeline.input.resolve("061-ba-be-2020-bo-sung.xlsx"), "không phải sổ tính".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(pipeline.run("consolidate")).isEqualTo(Cli.OK);

        for (String table : List.of("fct_rating", "dim_entity", "fct_commune_indicator", "fct_support")) {
            assertThat(pipeline.snapshot().get(table)).as(table).isEqualTo(before.get(table));
        }
        assertThat(pipeline.output("history/ocop-progress-2020-12-31-lan-2.xlsx")).exists();
        Path report = pipeline.output("ocop-progress-2020-12-31.xlsx");
        assertThat(Files.readAllBytes(report)).isEqualTo(Files.readAllBytes(pipeline.output("history/ocop-progress-2020-12-31-lan-2.xlsx")));
        assertThat(Workbooks.table(report, "Thay đổi", "Bảng")).isEmpty();
        List<List<String>> runs = Workbooks.table(report, "Lịch sử", "Lần chạy");
        assertThat(runs.get(0).get(12)).isEqualTo("0");
        assertThat(runs.get(0).get(13)).isEqualTo("history/ocop-progress-2020-12-31-lan-2.xlsx");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aCorrectedFileReplacesItsPredecessorAndTheHistoryShowsWhatChanged(TestDatabase.Kind kind) throws Exception {
        Pipeline pipeline = new Pipeline(home, kind);
        pipeline.copySample2020();
        assertThat(pipeline.run("consolidate")).isEqualTo(Cli.OK);

        // Na Rì corrects its 2020 file: Gạo nếp cẩm Kim Lư is 4 stars (75 points), Lạp sườn Na Rì is withdrawn.
        Path original = pipeline.input.resolve("066-na-ri-2020.xlsx");
        Path corrected = pipeline.input.resolve("066-na-ri-2020-sua.xlsx");
        correct(original, corrected, LocalDate.of(2021, 2, 1));
        Files.delete(original);
        assertThat(pipeline.run("consolidate")).isEqualTo(Cli.OK);

        Path report = pipeline.output("ocop-progress-2020-12-31.xlsx");
        // Each run that changed something keeps its own workbook; the stable name holds the newest.
        assertThat(Workbooks.value(pipeline.output("history/ocop-progress-2020-12-31-lan-1.xlsx"), "Tổng hợp",
                "Sản phẩm OCOP còn hiệu lực")).isEqualTo(131);
        assertThat(Files.readAllBytes(report)).isEqualTo(Files.readAllBytes(pipeline.output("history/ocop-progress-2020-12-31-lan-2.xlsx")));
        List<List<String>> runs = Workbooks.table(report, "Lịch sử", "Lần chạy");
        assertThat(runs).extracting(r -> r.get(0)).containsExactly("#2", "#1");
        // Run 2: one rating re-rated (a version closed, one opened), one withdrawn (closed); the workbook it wrote.
        assertThat(runs.get(0).subList(4, 6)).containsExactly("1", "2");
        assertThat(runs.get(0).get(13)).isEqualTo("history/ocop-progress-2020-12-31-lan-2.xlsx");
        assertThat(runs.get(1).get(4)).isEqualTo("131");
        assertThat(runs.get(1).get(13)).isEqualTo("history/ocop-progress-2020-12-31-lan-1.xlsx");
        assertThat(Workbooks.value(report, "Tổng hợp", "Sản phẩm OCOP còn hiệu lực")).isEqualTo(130);
        assertThat(Workbooks.value(report, "Tổng hợp", "   trong đó 3 sao")).isEqualTo(116);
        assertThat(Workbooks.value(report, "Tổng hợp", "   trong đó 4 sao")).isEqualTo(14);

        List<List<String>> changes = Workbooks.table(report, "Thay đổi", "Bảng");
        assertThat(changes).extracting(r -> r.get(0) + "|" + r.get(1) + "|" + r.get(3))
                .containsExactlyInAnyOrder("Sản phẩm|Sửa|Gạo nếp cẩm Kim Lư", "Sản phẩm|Bỏ|Lạp sườn Na Rì");
        assertThat(changes).filteredOn(r -> r.get(1).equals("Sửa")).singleElement().satisfies(r -> {
            assertThat(r.get(4)).contains("Số sao: 3").contains("Điểm: 64");
            assertThat(r.get(5)).contains("Số sao: 4").contains("Điểm: 75");
            assertThat(r.get(6)).isEqualTo("066-na-ri-2020-sua.xlsx");
        });

        pipeline.withDatabase(jdbc -> {
            assertThat(jdbc.queryForList("select stars from fct_rating where product_name = 'Gạo nếp cẩm Kim Lư' "
                    + "order by valid_from_run", Integer.class)).containsExactly(3, 4);
            assertThat(jdbc.queryForObject("select count(*) from fct_rating where product_name = 'Lạp sườn Na Rì' "
                    + "and valid_to_run is null", Integer.class)).isZero();
            assertThat(jdbc.queryForList("select file_name, is_current from audit_submission where district_code = '066' "
                    + "order by submission_id").stream().map(r -> r.get("file_name") + ":" + r.get("is_current")).toList())
                    .containsExactly("066-na-ri-2020.xlsx:false", "066-na-ri-2020-sua.xlsx:true");
            // The unchanged ratings keep their versions, now pointing at the corrected file's rows.
            assertThat(jdbc.queryForList("select distinct s.file_name from fct_rating f join audit_submission s "
                    + "on s.submission_id = f.submission_id where f.district_code = '066' and f.period_code = '2020' "
                    + "and f.valid_to_run is null", String.class)).containsExactly("066-na-ri-2020-sua.xlsx");
            assertThat(jdbc.queryForObject("select count(*) from fct_rating where district_code = '066' and period_code = '2020' "
                    + "and valid_from_run = 1 and valid_to_run is null", Integer.class)).isGreaterThan(10);
            return null;
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void anOlderFileArrivingLateDoesNotDisplaceTheNewerOne(TestDatabase.Kind kind) throws Exception {
        Pipeline pipeline = new Pipeline(home, kind);
        pipeline.copySample2020();
        Path original = pipeline.input.resolve("066-na-ri-2020.xlsx");
        Path corrected = pipeline.input.resolve("066-na-ri-2020-sua.xlsx");
        correct(original, corrected, LocalDate.of(2021, 2, 1));
        Files.move(original, home.resolve("draft.xlsx"));
        assertThat(pipeline.run("consolidate")).isEqualTo(Cli.OK);

        // The first draft (cover dated 10/01/2021) turns up on the next night, after the correction.
        Files.move(home.resolve("draft.xlsx"), original);
        Files.setLastModifiedTime(original, FileTime.from(Instant.now()));
        assertThat(pipeline.run("consolidate")).isEqualTo(Cli.OK);

        assertThat(Workbooks.value(pipeline.output("ocop-progress-2020-12-31.xlsx"), "Tổng hợp", "Sản phẩm OCOP còn hiệu lực"))
                .isEqualTo(130);
        List<String> current = pipeline.withDatabase(jdbc -> jdbc.queryForList("select file_name from audit_submission "
                + "where district_code = '066' and is_current", String.class));
        assertThat(current).containsExactly("066-na-ri-2020-sua.xlsx");
        // The clerk's feedback under the district's name still speaks for the file in force; the draft's is beside it.
        assertThat(Workbooks.table(pipeline.output("feedback/066-na-ri-2020.xlsx"), "Tóm tắt", "Mục"))
                .anySatisfy(r -> assertThat(r.subList(0, 2)).containsExactly("Tệp đã nộp", "066-na-ri-2020-sua.xlsx"));
        try (var files = Files.list(pipeline.output("feedback"))) {
            Path draft = files.filter(f -> f.getFileName().toString().matches("066-na-ri-2020-\\d+\\.xlsx")).findFirst().orElseThrow();
            assertThat(Workbooks.table(draft, "Tóm tắt", "Mục"))
                    .anySatisfy(r -> assertThat(r.subList(0, 2)).containsExactly("Tệp đã nộp", "066-na-ri-2020.xlsx"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aDryRunWritesFeedbackAndLeavesTheWarehouseAndProgressReportAlone(TestDatabase.Kind kind) throws Exception {
        Pipeline pipeline = new Pipeline(home, kind);
        pipeline.copySample2020();
        assertThat(pipeline.run("consolidate")).isEqualTo(Cli.OK);
        Map<String, List<String>> before = pipeline.snapshot();
        Path report = pipeline.output("ocop-progress-2020-12-31.xlsx");
        FileTime written = Files.getLastModifiedTime(report);
        Files.delete(pipeline.output("feedback/066-na-ri-2020.xlsx"));

        Path original = pipeline.input.resolve("066-na-ri-2020.xlsx");
        correct(original, pipeline.input.resolve("066-na-ri-2020-sua.xlsx"), LocalDate.of(2021, 2, 1));
        Files.delete(original);
        assertThat(pipeline.run("consolidate", "--dry-run")).isEqualTo(Cli.OK);

        assertThat(pipeline.output("feedback/066-na-ri-2020.xlsx")).exists();
        assertThat(Workbooks.table(pipeline.output("feedback/066-na-ri-2020.xlsx"), "Tóm tắt", "Mục"))
                .anySatisfy(r -> assertThat(r.subList(0, 2)).containsExactly("Tệp đã nộp", "066-na-ri-2020-sua.xlsx"));
        assertThat(pipeline.snapshot()).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(report)).isEqualTo(written);
        try (var files = Files.list(pipeline.output(""))) {
            assertThat(files.filter(f -> f.getFileName().toString().startsWith("ocop-progress"))).hasSize(1);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aCorrectionWhoseProductSheetCannotBeReadLeavesTheVersionInForce(TestDatabase.Kind kind) throws Exception {
        Pipeline pipeline = new Pipeline(home, kind);
        pipeline.copySample2020();
        assertThat(pipeline.run("consolidate")).isEqualTo(Cli.OK);
        Map<String, List<String>> before = pipeline.snapshot();

        // The "correction" has its stars column renamed: every product row would be rejected.
        Path original = pipeline.input.resolve("066-na-ri-2020.xlsx");
        Path corrected = pipeline.input.resolve("066-na-ri-2020-sua.xlsx");
        correct(original, corrected, LocalDate.of(2021, 2, 1));
        try (InputStream in = Files.newInputStream(corrected); Workbook workbook = WorkbookFactory.create(in)) {
            Sheet products = workbook.getSheet("Sản phẩm");
            products.forEach(row -> row.forEach(cell -> {
                if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && cell.getStringCellValue().equals("Số sao")) {
                    cell.setCellValue("Kết quả đánh giá");
                }
            }));
            Path renamed = home.resolve("renamed.xlsx");
            try (OutputStream out = Files.newOutputStream(renamed)) {
                workbook.write(out);
            }
            Files.move(renamed, corrected, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        assertThat(pipeline.run("consolidate")).isEqualTo(Cli.OK);

        Map<String, List<String>> after = pipeline.snapshot();
        for (String table : List.of("fct_rating", "dim_entity", "fct_commune_indicator", "fct_support")) {
            assertThat(after.get(table)).as(table).isEqualTo(before.get(table));
        }
        assertThat(Workbooks.value(pipeline.output("ocop-progress-2020-12-31.xlsx"), "Tổng hợp", "Sản phẩm OCOP còn hiệu lực"))
                .isEqualTo(131);
        pipeline.withDatabase(jdbc -> {
            assertThat(jdbc.queryForList("select file_name || ':' || status || ':' || case when is_current then 'in force' else '-' end from audit_submission "
                    + "where district_code = '066' order by submission_id", String.class))
                    .containsExactly("066-na-ri-2020.xlsx:accepted:in force", "066-na-ri-2020-sua.xlsx:rejected:-");
            assertThat(jdbc.queryForList("select i.issue_code from stg_issue i join audit_submission s on s.submission_id = i.submission_id "
                    + "where s.file_name = '066-na-ri-2020-sua.xlsx' and i.severity = 'FILE_ERROR'", String.class))
                    .containsExactly("FILE_CORRECTION_UNREADABLE");
            return null;
        });
        try (var files = Files.list(pipeline.output("feedback"))) {
            Path feedback = files.filter(f -> f.getFileName().toString().matches("066-na-ri-2020-\\d+\\.xlsx")).findFirst().orElseThrow();
            assertThat(Workbooks.table(feedback, "Lỗi", "Mức độ")).anySatisfy(r ->
                    assertThat(String.join("|", r)).contains("FILE_CORRECTION_UNREADABLE").contains("066-na-ri-2020.xlsx"));
        }
    }

    /** Writes Na Rì's corrected 2020 workbook: one product re-rated, one withdrawn, the cover dated {@code prepared}. */
    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aSupersededFilesStagedRowsGoAfterTheRetentionWhileItsHistoryStays(TestDatabase.Kind kind) throws Exception {
        Pipeline pipeline = new Pipeline(home, kind);
        pipeline.copySample2020();
        assertThat(pipeline.run("consolidate")).isEqualTo(Cli.OK);
        Path original = pipeline.input.resolve("066-na-ri-2020.xlsx");
        correct(original, pipeline.input.resolve("066-na-ri-2020-sua.xlsx"), LocalDate.of(2021, 2, 1));
        Files.delete(original);
        System.setProperty("ocop.superseded-rows-kept", "0d");
        try {
            assertThat(pipeline.run("consolidate")).isEqualTo(Cli.OK);
        } finally {
            System.clearProperty("ocop.superseded-rows-kept");
        }
        pipeline.withDatabase(jdbc -> {
            long superseded = jdbc.queryForObject("select submission_id from audit_submission where file_name = '066-na-ri-2020.xlsx'",
                    Long.class);
            assertThat(jdbc.queryForObject("select staged_rows_purged_at from audit_submission where submission_id = ?",
                    java.sql.Timestamp.class, superseded)).isNotNull();
            for (String table : List.of("stg_product", "stg_entity", "stg_support", "stg_commune_indicator")) {
                assertThat(jdbc.queryForObject("select count(*) from " + table + " where submission_id = ?", Integer.class,
                        superseded)).as(table).isZero();
            }
            // The file in force keeps its rows; the superseded file's issues and published history stay.
            assertThat(jdbc.queryForObject("select count(*) from stg_product p join audit_submission s "
                    + "on s.submission_id = p.submission_id where s.file_name = '066-na-ri-2020-sua.xlsx'", Integer.class)).isPositive();
            assertThat(jdbc.queryForObject("select count(*) from stg_issue where submission_id = ?", Integer.class, superseded))
                    .isPositive();
            assertThat(jdbc.queryForList("select stars from fct_rating where product_name = 'Gạo nếp cẩm Kim Lư' "
                    + "order by valid_from_run", Integer.class)).containsExactly(3, 4);
            assertThat(jdbc.queryForObject("select count(*) from fct_rating where submission_id = ?", Integer.class, superseded))
                    .isPositive();
            return null;
        });
        // A third run finds nothing more to delete and changes nothing.
        Map<String, List<String>> before = pipeline.snapshot();
        System.setProperty("ocop.superseded-rows-kept", "0d");
        try {
            assertThat(pipeline.run("consolidate")).isEqualTo(Cli.OK);
        } finally {
            System.clearProperty("ocop.superseded-rows-kept");
        }
        assertThat(pipeline.snapshot()).isEqualTo(before);
    }

    static void correct(Path original, Path corrected, LocalDate prepared) throws Exception {
        try (InputStream in = Files.newInputStream(original); Workbook workbook = WorkbookFactory.create(in)) {
            Sheet products = workbook.getSheet("Sản phẩm");
            Row rerated = Workbooks.rowNamed(products, "Gạo nếp cẩm Kim Lư");
            int stars = Workbooks.column(products, "Số sao");
            int score = Workbooks.column(products, "Điểm");
            rerated.getCell(stars).setCellValue(4);
            rerated.getCell(score).setCellValue(75);
            products.removeRow(Workbooks.rowNamed(products, "Lạp sườn Na Rì"));
            Sheet cover = workbook.getSheet("Thông tin");
            Workbooks.rowNamed(cover, "Ngày lập").getCell(1).setCellValue(prepared);
            try (OutputStream out = Files.newOutputStream(corrected)) {
                workbook.write(out);
            }
        }
    }
}
