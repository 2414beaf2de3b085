package vn.backan.ocop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code template} on the command line: the file written, and mistakes reported as usage errors. */
class TemplateCommandTest {

    @TempDir
    Path dir;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void writesTheNamedFile() throws Exception {
        Path file = dir.resolve("mau.xlsx");
        assertThat(run("template", "--district", "066", "--period", "2021-H1", "--output", file.toString())).isEqualTo(Cli.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Huyện Na Rì").contains(file.toString());
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            assertThat(workbook.getSheet("Thông tin").getRow(5).getCell(1).getStringCellValue()).isEqualTo("2021-H1");
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("mau.xlsx");
        }
    }

    @Test
    void aFolderGetsTheDefaultNameAndADistrictNameWorksLikeItsCode() {
        assertThat(run("template", "--district", "Chợ Mới", "--period", "2020", "--output", dir.toString())).isEqualTo(Cli.OK);
        assertThat(dir.resolve("065-cho-moi-2020.xlsx")).isRegularFile();
    }

    @Test
    void anUnknownDistrictOrAPeriodOutsideTheProgrammeIsAUsageError() {
        assertThat(run("template", "--district", "099", "--period", "2021", "--output", dir.toString())).isEqualTo(Cli.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown district '099'");
        assertThat(run("template", "--district", "066", "--period", "2026", "--output", dir.toString())).isEqualTo(Cli.USAGE);
        assertThat(run("template", "--district", "066", "--output", dir.toString())).isEqualTo(Cli.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("template needs --period");
        assertThat(dir).isEmptyDirectory();
    }
}
