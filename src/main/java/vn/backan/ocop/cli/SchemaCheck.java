package vn.backan.ocop.cli;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Whether the warehouse already has every migration of this build, so that a command can start
 * without Flyway: Flyway's classes, its scan of the migrations and its validation cost about a
 * second of the start-up, only to find nothing to do on every run but the first after an upgrade.
 *
 * <p>Current means: Flyway's history lists, as applied successfully, exactly the versioned scripts
 * in {@code db/migration} (version and file name), and no failed migration. Anything else (a new
 * migration, a database Flyway never saw, a failed or unknown row, an error reading the history)
 * is "not current", and the command starts Flyway as before, which migrates or says what is wrong.
 * Flyway's checksums are not compared: a migration edited after it was applied is a developer's
 * mistake the tests catch (they migrate fresh databases), not something the nightly run must find.
 */
final class SchemaCheck {

    static final String LOCATION = "classpath:db/migration/V*__*.sql";
    private static final Pattern VERSIONED = Pattern.compile("V([0-9][0-9._]*)__.+\\.sql");

    private SchemaCheck() {
    }

    /** A connection to the warehouse as the command will see it (the schema of a PostgreSQL warehouse searched first). */
    static Connection open(Database database) throws SQLException {
        Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password());
        try {
            if (database.postgres()) {
                try (PreparedStatement statement = connection.prepareStatement("select set_config('search_path', ?, false)")) {
                    statement.setString(1, database.schema());
                    statement.executeQuery().close();
                }
            }
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** True when nothing is left for Flyway to do on this connection's warehouse. */
    static boolean current(Connection connection) {
        try {
            return bundled().equals(applied(connection));
        } catch (SQLException | IOException | RuntimeException e) {
            return false;
        }
    }

    /** Version to file name of the migrations in this build. */
    static Map<String, String> bundled() throws IOException {
        Map<String, String> versions = new HashMap<>();
        for (Resource resource : new PathMatchingResourcePatternResolver(SchemaCheck.class.getClassLoader()).getResources(LOCATION)) {
            String name = resource.getFilename();
            Matcher matcher = VERSIONED.matcher(name == null ? "" : name);
            if (matcher.matches()) {
                versions.put(normalized(matcher.group(1)), name);
            }
        }
        return versions;
    }

    /**
     * Version to file name of the migrations applied, or null when the history holds something this
     * check does not vouch for (a failed migration, a repeatable or baseline row).
     */
    static Map<String, String> applied(Connection connection) throws SQLException {
        Map<String, String> versions = new HashMap<>();
        if (!historyExists(connection)) {
            return versions;
        }
        try (PreparedStatement statement = connection.prepareStatement("""
                select "version", "script", "type", "success" from "flyway_schema_history" where "installed_rank" > 0""");
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                String version = rs.getString(1);
                if (!rs.getBoolean(4) || version == null || !"SQL".equals(rs.getString(3))) {
                    return null;
                }
                versions.put(normalized(version), rs.getString(2));
            }
        }
        return versions;
    }

    /**
     * Asked first rather than caught: on a new warehouse H2 writes the failed query's exception to a trace file
     * beside it ({@code ocop.trace.db}), which the operator found after every first run.
     */
    private static boolean historyExists(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                select count(*) from information_schema.tables
                where table_name = 'flyway_schema_history' and table_schema = current_schema""");
             ResultSet rs = statement.executeQuery()) {
            return rs.next() && rs.getLong(1) > 0;
        }
    }

    /** {@code 1_1} and {@code 1.1} are the same version to Flyway; leading zeros do not count. */
    private static String normalized(String version) {
        String[] parts = version.replace('_', '.').split("\\.");
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            String digits = part.replaceFirst("^0+(?=.)", "");
            text.append(text.isEmpty() ? "" : ".").append(digits);
        }
        return text.toString().replaceFirst("(\\.0)+$", "");
    }
}
