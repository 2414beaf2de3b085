package vn.backan.ocop.reruns;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.backan.ocop.cli.Cli;
import vn.backan.ocop.fixtures.SyntheticSubmissions;
import vn.backan.ocop.fixtures.TestDatabase;
import vn.backan.ocop.reference.District;
import vn.backan.ocop.reference.Gazetteer;
import vn.backan.ocop.submission.Period;

/**
 * A dry run stages into a throwaway database on disk, not in the heap: 180,000 rows under {@code -Xmx128m}.
 * With the in-memory database it had before, the same run spent ten minutes collecting garbage and died of
 * {@code OutOfMemoryError} (measured on 2026-12-07; 41 workbooks, 400,000 rows, died so under {@code -Xmx256m}).
 * And where that database cannot be made, the operator is told where, and that there is nothing to restart.
 */
class DryRunMemoryTest {

    private static final int PRODUCTS = 7_000;

    @TempDir
    Path home;

    @Test
    void aDryRunOfAHundredAndEightyThousandRowsFitsIn128MegabytesAndLeavesNothingBehind() throws Exception {
        Pipeline pipeline = new Pipeline(home, TestDatabase.Kind.H2);
        List<District> districts = Gazetteer.load().districts();
        List<Period> periods = List.of(new Period(2020, 1), new Period(2020, 2), new Period(2020, 0));
        int rows = 0;
        for (Period period : periods) {
            for (District district : districts) {
                rows += SyntheticSubmissions.writeCumulative(pipeline.input.resolve(district.code() + "-" + period.code() + ".xlsx"),
                        district, PRODUCTS, period);
            }
        }
        assertThat(rows).isGreaterThanOrEqualTo(180_000);
        Path temp = Files.createDirectories(home.resolve("tmp"));

        try (ChildRun run = ChildRun.consolidate(List.of("-Xmx128m", "-Djava.io.tmpdir=" + temp), pipeline, "--dry-run")) {
            assertThat(run.await(Duration.ofMinutes(4))).as(run.log()).isEqualTo(Cli.OK);
            assertThat(run.log()).contains("24 feedback workbooks written").doesNotContain("OutOfMemoryError");
        }
        try (var left = Files.list(temp)) {
            assertThat(left).as("the scratch database and POI's buffers are removed").isEmpty();
        }
        if (Files.exists(home.resolve("data"))) {
            try (var data = Files.list(home.resolve("data"))) {
                assertThat(data).as("the warehouse is not created by a dry run (its log is)")
                        .noneMatch(f -> f.getFileName().toString().endsWith(".mv.db"));
            }
        }
    }

    @Test
    void aDryRunThatCannotMakeItsScratchDatabaseSaysWhereAndToRunItAgain() throws Exception {
        Pipeline pipeline = new Pipeline(home, TestDatabase.Kind.H2);
        pipeline.copySample2020();
        Path missing = home.resolve("no-such-temp-folder");
        try (ChildRun run = ChildRun.consolidate(List.of("-Xmx256m", "-Djava.io.tmpdir=" + missing), pipeline, "--dry-run")) {
            assertThat(run.await(Duration.ofMinutes(2))).as(run.log()).isEqualTo(Cli.FAILED);
            assertThat(run.log()).contains(missing.resolve("ocop-dry-run-").toString()).contains("run the command again")
                    .doesNotContain("'restart'");
        }
    }
}
