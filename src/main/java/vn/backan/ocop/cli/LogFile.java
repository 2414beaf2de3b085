package vn.backan.ocop.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the operator's log goes: {@code --log FILE}, else beside the H2 database
 * ({@code data/ocop.log} for {@code jdbc:h2:file:./data/ocop}), else {@code logs/ocop-pipeline.log}.
 * Set before the first line is logged: logback.xml reads it as {@code ocop.log.file}.
 */
record LogFile(Path path) {

    static final String PROPERTY = "ocop.log.file";

    static LogFile of(Options options, String databaseUrl) {
        if (options.value("--log") != null) {
            return new LogFile(Path.of(options.value("--log")));
        }
        String prefix = "jdbc:h2:file:";
        if (databaseUrl.startsWith(prefix)) {
            Path beside = Path.of(databaseUrl.substring(prefix.length()).split(";")[0] + ".log").toAbsolutePath().normalize();
            // status or restart on a mistyped path: no folder is made there for the log of the mistake
            if (beside.getParent() == null || Files.isDirectory(beside.getParent())
                    || !databaseUrl.toUpperCase(Locale.ROOT).contains("IFEXISTS=TRUE")) {
                return new LogFile(beside);
            }
            return new LogFile(Path.of(System.getProperty("java.io.tmpdir"), "ocop-pipeline-" + System.getProperty("user.name") + ".log"));
        }
        return new LogFile(Path.of("logs", "ocop-pipeline.log"));
    }

    void install() {
        System.setProperty(PROPERTY, path.toAbsolutePath().normalize().toString());
    }
}
