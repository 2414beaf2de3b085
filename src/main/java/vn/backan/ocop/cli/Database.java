package vn.backan.ocop.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which warehouse a command works on. The password comes from the option or the environment and is
 * passed to Spring as a property, never printed.
 */
record Database(String url, String user, String password, String schema) {

    static final String DEFAULT_URL = "jdbc:h2:file:./data/ocop";
    /**
     * H2 2.x's background and on-close file compaction has lost committed rows and corrupted files when
     * the process is killed (h2database issues 4123, 4247; seen here in the SIGKILL tests): the nightly
     * job must survive {@code kill -9}, so an H2 file database runs without it. The file then grows by
     * the space of deleted rows; {@code SHUTDOWN COMPACT} from the H2 shell reclaims it. And H2 writes
     * a commit to the file up to 500 ms later by default: killed in that window, a run loses what it
     * had committed, its own STARTED record included, so commits are written as they happen.
     */
    static final String H2_SAFETY = ";AUTO_COMPACT_FILL_RATE=0;MAX_COMPACT_TIME=0;WRITE_DELAY=0";
    static final String DEFAULT_SCHEMA = "ocop";

    static Database of(Options options) throws UsageException {
        String url = options.value("--db") != null ? options.value("--db") : DEFAULT_URL;
        if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
            throw new UsageException(options.command(), "--db must be a jdbc:postgresql:// or jdbc:h2: URL, not '" + url + "'");
        }
        if (url.startsWith("jdbc:h2:file:") && !url.toUpperCase(Locale.ROOT).contains("AUTO_COMPACT_FILL_RATE")) {
            url = url + H2_SAFETY;
        }
        String user = options.value("--db-user") != null ? options.value("--db-user") : System.getenv("OCOP_DB_USER");
        String password = options.value("--db-password") != null ? options.value("--db-password") : System.getenv("OCOP_DB_PASSWORD");
        if (user == null && url.startsWith("jdbc:h2:")) {
            user = "sa";
        }
        String schema = options.value("--db-schema") != null ? options.value("--db-schema") : DEFAULT_SCHEMA;
        if (!schema.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new UsageException(options.command(), "--db-schema must be a lower-case SQL name, not '" + schema + "'");
        }
        return new Database(url, user, password == null ? "" : password, schema);
    }

    /**
     * The same database, only if it already exists: looking at a mistyped H2 path must say so, not
     * create an empty warehouse there and report that nothing has ever run.
     */
    Database existing() {
        if (url.startsWith("jdbc:h2:file:") && !url.toUpperCase(Locale.ROOT).contains("IFEXISTS")) {
            return new Database(url + ";IFEXISTS=TRUE", user, password, schema);
        }
        return this;
    }

    /** The folder of an H2 file database, which the run must be able to write. */
    Optional<Path> h2Folder() {
        String prefix = "jdbc:h2:file:";
        if (!url.startsWith(prefix)) {
            return Optional.empty();
        }
        Path file = Path.of(url.substring(prefix.length()).split(";")[0]).toAbsolutePath().normalize();
        return Optional.ofNullable(file.getParent());
    }

    /** The file of an H2 file database ({@code .mv.db}). */
    Optional<Path> h2File() {
        String prefix = "jdbc:h2:file:";
        if (!url.startsWith(prefix)) {
            return Optional.empty();
        }
        String name = url.substring(prefix.length()).split(";")[0];
        if (name.startsWith("~")) {
            name = System.getProperty("user.home") + name.substring(1); // H2's own shorthand for the home folder
        }
        return Optional.of(Path.of(name + ".mv.db").toAbsolutePath().normalize());
    }

    /** For {@link #existing()}: an H2 file that is not there fails here, in one line, before Spring starts. */
    void checkExists() throws SQLException {
        String prefix = "jdbc:h2:file:";
        if (url.startsWith(prefix) && url.toUpperCase(Locale.ROOT).contains("IFEXISTS=TRUE")) {
            String file = url.substring(prefix.length()).split(";")[0];
            if (!Files.exists(Path.of(file + ".mv.db"))) {
                throw new SQLException("Database \"" + file + "\" not found", "90146", 90146);
            }
        }
    }

    boolean postgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    Map<String, Object> springProperties() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", url);
        if (user != null) {
            properties.put("spring.datasource.username", user);
        }
        properties.put("spring.datasource.password", password);
        if (postgres()) {
            // The warehouse lives in its own schema of a database shared with other reporting tools;
            // Flyway creates it, every pooled connection works in it (Spring Batch's tables too).
            properties.put("spring.flyway.schemas", schema);
            properties.put("spring.flyway.default-schema", schema);
            properties.put("spring.datasource.hikari.schema", schema);
            properties.put("spring.datasource.hikari.data-source-properties.reWriteBatchedInserts", "true");
        }
        return properties;
    }

    @Override
    public String toString() {
        return "Database[" + url + ", user " + user + ", schema " + schema + "]";
    }
}
