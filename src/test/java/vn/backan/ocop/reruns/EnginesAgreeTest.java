package vn.backan.ocop.reruns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.backan.ocop.cli.Cli;
import vn.backan.ocop.fixtures.TestDatabase;

/**
 * The same input through an H2 warehouse and a PostgreSQL one gives the same workbooks, cell for
 * cell (only the generation time differs), and the same warehouse content.
 */
class EnginesAgreeTest {

    @Test
    void progressAndFeedbackWorkbooksAreEqualCellForCell(@TempDir Path home) throws Exception {
        Pipeline h2 = sample(home.resolve("h2"), TestDatabase.Kind.H2);
        Pipeline postgres = sample(home.resolve("pg"), TestDatabase.Kind.POSTGRESQL);
        for (String asOf : List.of("2020-12-31", "2021-06-30")) {
            for (Pipeline p : List.of(h2, postgres)) {
                assertThat(p.run("consolidate", "--as-of", asOf)).isEqualTo(Cli.OK);
            }
            String name = "ocop-progress-" + asOf + ".xlsx";
            List<String> expected = cells(h2.output(name));
            assertThat(expected).hasSizeGreaterThan(500);
            assertThat(differences(cells(postgres.output(name)), expected)).as(name).isEmpty();
        }
        try (Stream<Path> feedback = Files.list(h2.output("feedback"))) {
            List<Path> files = feedback.sorted().toList();
            assertThat(files).hasSize(9);
            for (Path file : files) {
                assertThat(differences(cells(postgres.output("feedback").resolve(file.getFileName())), cells(file)))
                        .as(file.getFileName().toString()).isEmpty();
            }
        }
        assertThat(postgres.snapshot()).isEqualTo(h2.snapshot());
    }

    private static Pipeline sample(Path home, TestDatabase.Kind kind) throws IOException {
        Pipeline pipeline = new Pipeline(home, kind);
        try (Stream<Path> files = Files.walk(Path.of("input"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xlsx") || f.toString().endsWith(".xls")).toList()) {
                Files.copy(file, pipeline.input.resolve(file.getFileName()));
            }
        }
        return pipeline;
    }

    /** The cells only one side has, marked "+" (PostgreSQL) or "-" (H2): readable when a few of thousands differ. */
    private static List<String> differences(List<String> postgres, List<String> h2) {
        List<String> differences = new ArrayList<>();
        postgres.stream().filter(c -> !h2.contains(c)).forEach(c -> differences.add("+ " + c));
        h2.stream().filter(c -> !postgres.contains(c)).forEach(c -> differences.add("- " + c));
        return differences;
    }

    private static final java.util.regex.Pattern TIMESTAMP = java.util.regex.Pattern.compile("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");

    /** Every cell as "Sheet!A1=type:value", formulas with their cached value; the generation-time line left out. */
    static List<String> cells(Path file) throws IOException {
        List<String> cells = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        String value = value(cell);
                        // When the workbook was made and when its file was received: the two pipelines ran one
                        // after the other, and under load a minute may turn between them.
                        if (value.contains("lập lúc") || value.contains("Lập lúc") || TIMESTAMP.matcher(value).find()) {
                            continue;
                        }
                        // When each run started: the two pipelines ran one after the other.
                        if (sheet.getSheetName().equals("Lịch sử") && cell.getColumnIndex() == 1 && cell.getCellType() == CellType.NUMERIC) {
                            continue;
                        }
                        cells.add(sheet.getSheetName() + "!" + cell.getAddress() + "=" + value);
                    }
                }
            }
        }
        return cells;
    }

    private static String value(Cell cell) {
        return switch (cell.getCellType()) {
            case FORMULA -> "f:" + cell.getCellFormula() + "=" + (cell.getCachedFormulaResultType() == CellType.NUMERIC
                    ? cell.getNumericCellValue() : cell.toString());
            case NUMERIC -> "n:" + cell.getNumericCellValue();
            case STRING -> "s:" + cell.getStringCellValue();
            case BOOLEAN -> "b:" + cell.getBooleanCellValue();
            default -> cell.getCellType().name();
        };
    }
}
