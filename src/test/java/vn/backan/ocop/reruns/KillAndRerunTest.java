package vn.backan.ocop.reruns;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.backan.ocop.cli.Cli;
import vn.backan.ocop.fixtures.SyntheticSubmissions;

/**
 * The pipeline killed with SIGKILL at several points of a run (a separate JVM, as cron starts it),
 * then run again: the rerun recovers the execution left STARTED, completes it, and the warehouse
 * equals a clean run's. Also: a second run while one is in progress is refused at once.
 */
class KillAndRerunTest {

    /** 8 district workbooks of 1,500 products each: a run long enough to be killed in every step. */
    static final int PRODUCTS_PER_FILE = 1500;

    @TempDir
    static Path shared;
    static Path fixture;
    static Map<String, List<String>> clean;

    @BeforeAll
    static void cleanRun() throws Exception {
        fixture = Files.createDirectories(shared.resolve("fixture"));
        SyntheticSubmissions.write(fixture, 8, PRODUCTS_PER_FILE);
        Pipeline pipeline = new Pipeline(shared.resolve("clean"));
        copyFixture(pipeline);
        assertThat(pipeline.run("consolidate")).isEqualTo(Cli.OK);
        clean = pipeline.snapshot();
        assertThat(clean.get("fct_rating")).hasSize(8 * PRODUCTS_PER_FILE);
    }

    static void copyFixture(Pipeline pipeline) throws Exception {
        try (var files = Files.list(fixture)) {
            for (Path file : files.toList()) {
                Files.copy(file, pipeline.input.resolve(file.getFileName()));
            }
        }
    }

    /** Kill points: while registering files, half-way through staging, while publishing, while writing feedback. */
    @ParameterizedTest
    @ValueSource(strings = {"registered as submission 3", "058-synthetic-2020.xlsx: 1500 rows read",
            "062-synthetic-2020.xlsx: 1500 rows read", "Published fct_rating", "Progress workbook as of"})
    void killedAtAnyPointTheNextRunCompletesItExactly(String killPoint, @TempDir Path home) throws Exception {
        Pipeline pipeline = new Pipeline(home);
        copyFixture(pipeline);
        try (ChildRun run = ChildRun.consolidate(pipeline)) {
            assertThat(run.awaitLine(killPoint, Duration.ofSeconds(120))).as(run.log()).isTrue();
            run.kill();
        }
        Integer left = pipeline.withDatabase(jdbc -> jdbc.queryForObject(
                "select count(*) from batch_job_execution where status = 'STARTED'", Integer.class));
        assertThat(left).as("the killed run is left STARTED").isEqualTo(1);

        assertThat(pipeline.run("consolidate")).isEqualTo(Cli.OK);
        assertThat(pipeline.snapshot()).isEqualTo(clean);
        List<String> statuses = pipeline.withDatabase(jdbc -> jdbc.queryForList(
                "select status from batch_job_execution order by job_execution_id", String.class));
        assertThat(statuses).containsExactly("FAILED", "COMPLETED", "COMPLETED");
    }

    @Test
    void aSecondRunWhileOneIsInProgressIsRefusedAtOnce(@TempDir Path home) throws Exception {
        Pipeline pipeline = new Pipeline(home);
        copyFixture(pipeline);
        try (ChildRun first = ChildRun.consolidate(pipeline)) {
            assertThat(first.awaitLine("registered as submission 1", Duration.ofSeconds(60))).as(first.log()).isTrue();
            long started = System.nanoTime();
            assertThat(pipeline.run("consolidate")).isEqualTo(Cli.BUSY);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
            assertThat(first.await(Duration.ofSeconds(180))).as(first.log()).isEqualTo(Cli.OK);
        }
        assertThat(pipeline.snapshot()).isEqualTo(clean);
    }
}
