package vn.backan.ocop.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The training run of {@code bin/ocop prepare}: one JVM that runs every command the way the nightly
 * job and the operator do, so that {@code -XX:ArchiveClassesAtExit} (Java 17 to 24) or
 * {@code -XX:AOTCacheOutput} (Java 25 and later) records the classes all of them load (Spring, Spring
 * Batch, Flyway, H2, POI) in the archive the ready command starts with; the AOT cache also keeps them
 * linked, with the profiles of the methods the training ran. A JVM can write one archive only, hence
 * the commands in one process rather than one {@code java -jar} each.
 *
 * <p>Everything happens in a temporary folder: a copy of at most {@value #MAX_FILES} workbooks of
 * the input folder (the sample's {@code input/} in the repository), its own H2 database and output,
 * deleted at the end. Nothing of the real warehouse or output is read or written.
 */
final class CdsTraining {

    static final int MAX_FILES = 12;

    private CdsTraining() {
    }

    /** {@code CdsTraining [INPUT]}: exits 0 unless a command failed, so a broken archive is not kept silently. */
    public static void main(String[] args) throws IOException {
        Path input = Path.of(args.length > 0 ? args[0] : "input");
        Path home = Files.createTempDirectory("ocop-cds-training-");
        System.setProperty(LogFile.PROPERTY, home.resolve("training.log").toString());
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        int failed = 0;
        Utf8Relaunch.needed(); // what Cli.main asks first, so that its class is in the archive too
        try {
            Path in = Files.createDirectories(home.resolve("input"));
            copySome(input, in);
            String db = "jdbc:h2:file:" + home.resolve("data/ocop");
            String[] consolidate = {"consolidate", "--input", in.toString(), "--output", home.resolve("output").toString(), "--db", db};
            List<String[]> commands = List.of(
                    new String[] {"template", "--district", "066", "--period", "2021", "--output", home.resolve("template.xlsx").toString()},
                    consolidate,
                    consolidate,
                    new String[] {"status", "--db", db},
                    new String[] {"template", "--district", "066", "--period", "2021-H2", "--prefill", "--db", db,
                            "--output", home.resolve("prefilled.xlsx").toString()});
            for (String[] command : commands) {
                int status = Cli.run(command, quiet, System.err);
                System.out.println(String.join(" ", command) + ": exit " + status);
                failed += status == Cli.OK ? 0 : 1;
            }
        } finally {
            delete(home);
        }
        System.exit(failed == 0 ? Cli.OK : Cli.FAILED);
    }

    private static void copySome(Path input, Path target) throws IOException {
        if (!Files.isDirectory(input)) {
            return;
        }
        try (Stream<Path> files = Files.walk(input)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().limit(MAX_FILES).toList()) {
                Path copy = target.resolve(input.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
    }

    private static void delete(Path home) throws IOException {
        try (Stream<Path> paths = Files.walk(home)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
