package vn.backan.ocop.reruns;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.backan.ocop.cli.Cli;
import vn.backan.ocop.fixtures.TestDatabase;

/**
 * Apache POI's broken files, each named as a district's 2020 file, in one run: no file may fail the
 * run (60825.xlsx once failed the feedback step of every file), and each gets its feedback workbook.
 */
class PoiTestDataRunTest {

    @TempDir
    Path home;

    @Test
    void everyBrokenFileGetsItsFeedbackAndTheRunCompletes() throws Exception {
        Pipeline pipeline = new Pipeline(home, TestDatabase.Kind.H2);
        List<Path> files;
        try (Stream<Path> listed = Files.list(Path.of("src/test/resources/poi-testdata"))) {
            files = listed.filter(f -> f.getFileName().toString().matches(".*\\.xlsx?")).sorted().toList();
        }
        String[] districts = {"058", "060", "061", "062", "063", "064", "065", "066"};
        for (int i = 0; i < files.size(); i++) {
            String name = files.get(i).getFileName().toString();
            String extension = name.substring(name.lastIndexOf('.'));
            Files.copy(files.get(i), pipeline.input.resolve(districts[i % districts.length] + "-poi-" + i + "-2020" + extension));
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(10);

        assertThat(pipeline.run("consolidate", "--as-of", "2020-12-31")).isEqualTo(Cli.OK);

        try (Stream<Path> written = Files.list(pipeline.output("feedback"))) {
            assertThat(written.filter(f -> f.toString().endsWith(".xlsx")).count())
                    .as("one feedback workbook per file").isEqualTo(files.size());
        }
    }
}
