package vn.backan.ocop.reruns;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;

import vn.backan.ocop.cli.Cli;
import vn.backan.ocop.fixtures.TestDatabase;
import vn.backan.ocop.fixtures.WarehouseSnapshot;
import vn.backan.ocop.job.RunCoordinator;
import vn.backan.ocop.job.RunParameters;
import vn.backan.ocop.sheet.Sheets;
import vn.backan.ocop.validation.StagedRow;
import vn.backan.ocop.warehouse.IssueStore;
import vn.backan.ocop.warehouse.RowSink;
import vn.backan.ocop.warehouse.StagingWriter;

/**
 * A run that fails half-way through staging (the database refusing a chunk) leaves only committed
 * chunks behind; the next consolidate restarts it from the saved reader position, and the warehouse
 * ends equal to a clean run's: no row lost, none doubled.
 */
@SpringBootTest(properties = "ocop.chunk-size=20")
@Import(RestartAfterFailureTest.FailingStaging.class)
abstract class RestartAfterFailureTest {

    @TempDir
    static Path home;

    /** Rows staged so far; the writer fails once the count would pass {@link #FAIL_AFTER}. */
    static final AtomicInteger written = new AtomicInteger();
    static final int FAIL_AFTER = 230;
    static volatile boolean failing = true;

    /** The database this variant runs on; the clean run for comparison uses the same engine. */
    abstract TestDatabase.Kind kind();

    static void register(DynamicPropertyRegistry registry, TestDatabase.Kind kind) {
        TestDatabase db = TestDatabase.create(kind, home.resolve("restart"));
        db.springProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    @TestConfiguration
    static class FailingStaging {
        @Bean
        @Primary
        StagingWriter failingStagingWriter(RowSink sink, IssueStore issues, Sheets sheets) {
            return new StagingWriter(sink, issues, sheets) {
                @Override
                public void write(List<? extends StagedRow> rows) {
                    // Two workbooks are staged at once: the check and the count must not interleave, or both
                    // partitions pass the check together and more than FAIL_AFTER rows are staged.
                    synchronized (written) {
                        if (failing && written.get() + rows.size() > FAIL_AFTER) {
                            throw new IllegalStateException("injected: the database refused the chunk");
                        }
                        super.write(rows);
                        written.addAndGet(rows.size());
                    }
                }
            };
        }
    }

    @Autowired
    RunCoordinator runs;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRunFailedMidFileIsCompletedWithoutLosingOrDoublingARow() throws Exception {
        written.set(0);
        failing = true;
        Pipeline clean = new Pipeline(home.resolve("clean"), kind());
        clean.copySample2020();
        assertThat(clean.run("consolidate")).isEqualTo(Cli.OK);

        Path input = clean.input;
        JobExecution failed = runs.consolidate(new RunParameters(input, home.resolve("out"), LocalDateTime.now(), null));
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        int staged = jdbc.queryForObject("select (select count(*) from stg_product) + (select count(*) from stg_entity) "
                + "+ (select count(*) from stg_commune_indicator) + (select count(*) from stg_support)", Integer.class);
        assertThat(staged).isEqualTo(written.get()).isLessThanOrEqualTo(FAIL_AFTER).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from fct_rating", Integer.class)).isZero();

        failing = false;
        JobExecution next = runs.consolidate(new RunParameters(input, home.resolve("out"), LocalDateTime.now().plusSeconds(1), null));
        assertThat(next.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(jdbc.queryForObject("select status from batch_job_execution where job_execution_id = ?", String.class,
                failed.getId())).isEqualTo("FAILED");
        assertThat(jdbc.queryForObject("select count(*) from batch_job_execution where job_instance_id = ? and status = 'COMPLETED'",
                Integer.class, failed.getJobInstance().getInstanceId())).isEqualTo(1);
        assertThat(WarehouseSnapshot.of(jdbc)).isEqualTo(clean.snapshot());
        Path report = home.resolve("out/ocop-progress-2020-12-31.xlsx");
        assertThat(Files.exists(report)).isTrue();
        // The completed run wrote its workbook, listing its additions; tonight's run changed nothing since,
        // so it left that workbook as it was (before workbooks were kept, it rewrote it listing both runs).
        long completedRun = failed.getJobInstance().getInstanceId();
        long tonight = next.getJobInstance().getInstanceId();
        assertThat(tonight).isGreaterThan(completedRun);
        List<List<String>> changes = Workbooks.table(report, "Thay đổi", "Bảng");
        assertThat(changes).filteredOn(r -> r.get(0).equals("Sản phẩm") && r.get(1).equals("Thêm")).hasSize(131);
        try (var workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(report.toFile(), null, true)) {
            assertThat(workbook.getSheet("Thay đổi").getRow(0).getCell(0).getStringCellValue())
                    .endsWith("#" + completedRun);
        }
    }
}
