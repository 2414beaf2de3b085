package vn.backan.ocop.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the operator types and what comes back: dates as staff write them, clear refusals, one line per failure. */
class CommandLineCareTest {

    @TempDir
    Path dir;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... args) {
        out.reset();
        err.reset();
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void asOfIsReadAsIsoOrDayFirstAndAnImpossibleDateIsRefused() throws Exception {
        assertThat(Options.parse(new String[] {"consolidate", "--as-of", "30/06/2021"}).date("--as-of")).isEqualTo(LocalDate.of(2021, 6, 30));
        assertThat(Options.parse(new String[] {"consolidate", "--as-of", "5/1/2021"}).date("--as-of")).isEqualTo(LocalDate.of(2021, 1, 5));
        assertThat(Options.parse(new String[] {"consolidate", "--as-of=2021-06-30"}).date("--as-of")).isEqualTo(LocalDate.of(2021, 6, 30));
        assertThatThrownBy(() -> Options.parse(new String[] {"consolidate", "--as-of", "31/02/2021"}).date("--as-of"))
                .hasMessageContaining("dd/mm/yyyy");
    }

    @Test
    void templateRefusesAPeriodThatIsNotAYearOrAHalfYear() {
        for (String period : new String[] {"2021-Q3", "2021-13", "Q1 2021", "2021-H3"}) {
            assertThat(run("template", "--district", "066", "--period", period, "--output", dir.toString())).as(period).isEqualTo(Cli.USAGE);
            assertThat(err()).as(period).contains("--period must be a year (2021) or a half year").contains("Usage: java -jar ocop-pipeline.jar template");
        }
        assertThat(run("template", "--district", "066", "--period", "2021-h1", "--output", dir.toString())).isEqualTo(Cli.OK);
    }

    @Test
    void templateOutputNamingAMissingFolderCreatesItNeverAFileWithoutExtension() throws Exception {
        Path folder = dir.resolve("mau/2021");
        assertThat(run("template", "--district", "066", "--period", "2021", "--output", folder.toString())).isEqualTo(Cli.OK);
        assertThat(folder).isDirectory();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).singleElement().asString().endsWith(".xlsx");
        }
    }

    @Test
    void eachCommandsHelpDescribesThatCommand() {
        assertThat(run("consolidate", "--help")).isEqualTo(Cli.OK);
        assertThat(out()).startsWith("Usage: java -jar ocop-pipeline.jar consolidate").contains("--dry-run").doesNotContain("--district");
        assertThat(run("status", "--help")).isEqualTo(Cli.OK);
        assertThat(out()).startsWith("Usage: java -jar ocop-pipeline.jar status").doesNotContain("--input");
        assertThat(run("template", "--help")).isEqualTo(Cli.OK);
        assertThat(out()).contains("--district").doesNotContain("--dry-run");
        assertThat(run("restart", "--help")).isEqualTo(Cli.OK);
        assertThat(out()).startsWith("Usage: java -jar ocop-pipeline.jar restart");
    }

    @Test
    void aMissingInputFolderIsAFailureInOneLine() {
        assertThat(run("consolidate", "--input", dir.resolve("khong-co").toString(), "--output", dir.resolve("out").toString(),
                "--db", "jdbc:h2:file:" + dir.resolve("data/ocop"))).isEqualTo(Cli.FAILED);
        assertThat(err().lines()).singleElement().asString()
                .contains("không có thư mục đầu vào", "the input folder", "khong-co", "does not exist");
    }

    @Test
    void anOutputThatCannotBeAFolderStopsTheRunBeforeAnythingIsPublished() throws Exception {
        Files.createDirectories(dir.resolve("input"));
        Path notAFolder = Files.writeString(dir.resolve("output.txt"), "x");
        assertThat(run("consolidate", "--input", dir.resolve("input").toString(), "--output", notAFolder.toString(),
                "--db", "jdbc:h2:file:" + dir.resolve("data/ocop"))).isEqualTo(Cli.FAILED);
        assertThat(err().lines()).singleElement().asString().contains(notAFolder.toString(), "a file, not a folder", " | ")
                .doesNotContain("restart", "Exception");
        assertThat(dir.resolve("data/ocop.mv.db")).doesNotExist();
    }

    @Test
    void withNothingLoadedNoProgressWorkbookIsDatedToday() throws Exception {
        Files.createDirectories(dir.resolve("input"));
        assertThat(run("consolidate", "--input", dir.resolve("input").toString(), "--output", dir.resolve("out").toString(),
                "--db", "jdbc:h2:file:" + dir.resolve("data/ocop"))).isEqualTo(Cli.OK);
        try (Stream<Path> files = Files.list(dir.resolve("out"))) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("ocop-progress-"));
        }
    }

    @Test
    void aRunThatCouldNotWriteItsWorkbooksSaysSoAndTheNextRunWritesThem() throws Exception {
        Path input = Files.createDirectories(dir.resolve("input"));
        Files.copy(Path.of("input/2020/066-na-ri-2020.xlsx"), input.resolve("066-na-ri-2020.xlsx"));
        String db = "jdbc:h2:file:" + dir.resolve("data/ocop");
        // The progress workbook's place is taken by a folder: publishing succeeds, writing the workbook fails.
        Path progress = dir.resolve("out/ocop-progress-2020-12-31.xlsx");
        Files.createDirectories(progress.resolve("in-the-way"));
        assertThat(run("consolidate", "--input", input.toString(), "--output", dir.resolve("out").toString(), "--db", db))
                .isEqualTo(Cli.FAILED);
        assertThat(err().lines()).singleElement().asString().contains("ocop-progress-2020-12-31.xlsx", "restart");
        assertThat(run("status", "--db", db)).isEqualTo(Cli.OK);
        assertThat(out()).contains("NOT WRITTEN").contains("Run 1 did not complete");

        Files.delete(progress.resolve("in-the-way"));
        Files.delete(progress);
        assertThat(run("consolidate", "--input", input.toString(), "--output", dir.resolve("out").toString(), "--db", db))
                .isEqualTo(Cli.OK);
        assertThat(progress).isRegularFile();
        assertThat(dir.resolve("out/feedback/066-na-ri-2020.xlsx")).isRegularFile();
        assertThat(run("status", "--db", db)).isEqualTo(Cli.OK);
        assertThat(out()).doesNotContain("NOT WRITTEN");
        try (Stream<Path> files = Files.list(dir.resolve("out"))) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".writing-"));
        }
    }
}
