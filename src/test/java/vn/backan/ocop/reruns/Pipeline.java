package vn.backan.ocop.reruns;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import vn.backan.ocop.cli.Cli;
import vn.backan.ocop.fixtures.TestDatabase;
import vn.backan.ocop.fixtures.WarehouseSnapshot;

/** Runs the command line in this JVM against a warehouse of its own, as an operator would. */
final class Pipeline {

    final Path home;
    final Path input;
    final TestDatabase db;

    Pipeline(Path home, TestDatabase.Kind kind) throws IOException {
        this.home = home;
        this.input = Files.createDirectories(home.resolve("input"));
        this.db = TestDatabase.create(kind, home);
    }

    int run(String command, String... extra) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of(db.options()));
        if (command.equals("consolidate")) {
            args.addAll(List.of("--input", input.toString(), "--output", home.resolve("output").toString()));
        }
        args.addAll(List.of(extra));
        return Cli.run(args.toArray(String[]::new));
    }

    <T> T withDatabase(java.util.function.Function<JdbcTemplate, T> work) {
        SingleConnectionDataSource source = new SingleConnectionDataSource(db.queryUrl(), db.user(), db.password(), true);
        try {
            return work.apply(new JdbcTemplate(source));
        } finally {
            source.destroy();
        }
    }

    Map<String, List<String>> snapshot() {
        return withDatabase(WarehouseSnapshot::of);
    }

    Path output(String name) {
        return home.resolve("output").resolve(name);
    }

    /** Copies the sample's 2020 workbooks (not the 2021-H1 one) into this pipeline's input folder. */
    void copySample2020() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("input/2020"))) {
            for (Path file : files.toList()) {
                Files.copy(file, input.resolve(file.getFileName()));
            }
        }
    }
}
