package vn.backan.ocop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the operator gets for a wrong {@code --db}: one line, never a stack trace, and no database made up. */
class CliDatabaseOptionTest {

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... args) {
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void aUrlOfNoSupportedDatabaseIsAUsageError(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("input"));
        assertThat(run("consolidate", "--input", dir.resolve("input").toString(), "--db", "jdbc:foo:bar")).isEqualTo(Cli.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8).lines().findFirst().orElseThrow())
                .isEqualTo("ocop-pipeline: --db must be a jdbc:postgresql:// or jdbc:h2: URL, not 'jdbc:foo:bar'");
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("Exception");
    }

    @Test
    void statusOnAMistypedH2PathFailsInsteadOfCreatingAnEmptyWarehouse(@TempDir Path dir) {
        Path typo = dir.resolve("dta/ocop");
        assertThat(run("status", "--db", "jdbc:h2:file:" + typo)).isEqualTo(Cli.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("not found");
        assertThat(dir.resolve("dta/ocop.mv.db")).doesNotExist();
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("Recent runs");
    }
}
