package vn.backan.ocop.reruns;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import vn.backan.ocop.cli.Cli;
import vn.backan.ocop.fixtures.SyntheticSubmissions;
import vn.backan.ocop.fixtures.TestDatabase;

/**
 * The pipeline killed with SIGKILL at several points of a run (a separate JVM, as cron starts it),
 * then run again: the rerun recovers the execution left STARTED, completes it, and the warehouse
 * equals a clean run's. Also: a second run while one is in progress is refused at once. On H2 and
 * on PostgreSQL (where the run lock is an advisory lock, not a file lock).
 */
class KillAndRerunTest {

    /** 8 district workbooks of 1,000 products each: a run long enough to be killed in every step. */
    static final int PRODUCTS_PER_FILE = 1000;

    /** While registering files, after the first file is staged, half-way through staging, while publishing, while writing feedback. */
    static final List<String> KILL_POINTS = List.of("registered as submission 3",
            "058-synthetic-2020.xlsx: " + SyntheticSubmissions.rowsPerFile(PRODUCTS_PER_FILE) + " rows read",
            "062-synthetic-2020.xlsx: " + SyntheticSubmissions.rowsPerFile(PRODUCTS_PER_FILE) + " rows read",
            "Published fct_rating", "Progress workbook as of");

    @TempDir
    static Path shared;
    static Path fixture;
    static final Map<TestDatabase.Kind, Map<String, List<String>>> CLEAN = new EnumMap<>(TestDatabase.Kind.class);

    @BeforeAll
    static void fixture() throws Exception {
        fixture = Files.createDirectories(shared.resolve("fixture"));
        SyntheticSubmissions.write(fixture, 8, PRODUCTS_PER_FILE);
    }

    static Stream<Arguments> killPoints() {
        return Stream.of(TestDatabase.Kind.values()).flatMap(kind -> KILL_POINTS.stream().map(point -> Arguments.of(kind, point)));
    }

    /** What a single uninterrupted run over the fixture leaves in the warehouse. */
    static synchronized Map<String, List<String>> clean(TestDatabase.Kind kind) throws Exception {
        if (!CLEAN.containsKey(kind)) {
            Pipeline pipeline = new Pipeline(shared.resolve("clean-" + kind), kind);
            copyFixture(pipeline);
            assertThat(pipeline.run("consolidate")).isEqualTo(Cli.OK);
            Map<String, List<String>> snapshot = pipeline.snapshot();
            assertThat(snapshot.get("fct_rating")).hasSize(8 * PRODUCTS_PER_FILE);
            CLEAN.put(kind, snapshot);
        }
        return CLEAN.get(kind);
    }

    static void copyFixture(Pipeline pipeline) throws Exception {
        try (var files = Files.list(fixture)) {
            for (Path file : files.toList()) {
                Files.copy(file, pipeline.input.resolve(file.getFileName()));
            }
        }
    }

    @ParameterizedTest(name = "{0}: killed at \"{1}\"")
    @MethodSource("killPoints")
    void killedAtAnyPointTheNextRunCompletesItExactly(TestDatabase.Kind kind, String killPoint, @TempDir Path home) throws Exception {
        Map<String, List<String>> clean = clean(kind);
        Pipeline pipeline = new Pipeline(home, kind);
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

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aSecondRunWhileOneIsInProgressIsRefusedAtOnce(TestDatabase.Kind kind, @TempDir Path home) throws Exception {
        Map<String, List<String>> clean = clean(kind);
        Pipeline pipeline = new Pipeline(home, kind);
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
