package vn.backan.ocop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.backan.ocop.fixtures.TestDatabase;

/** When Flyway may be left out at start-up: only when its history is exactly the build's migrations. */
class SchemaCheckTest {

    @TempDir
    Path dir;

    private String url() {
        return "jdbc:h2:file:" + dir.resolve("ocop") + Database.H2_SAFETY;
    }

    private void migrate(String target) {
        var flyway = Flyway.configure().dataSource(url(), "sa", "").locations("classpath:db/migration");
        (target == null ? flyway : flyway.target(target)).load().migrate();
    }

    private boolean current() throws Exception {
        try (Connection connection = DriverManager.getConnection(url(), "sa", "")) {
            return SchemaCheck.current(connection);
        }
    }

    private void execute(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(url(), "sa", ""); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Test
    void theBuildsMigrationsAreFoundInTheJarsFolder() throws Exception {
        assertThat(SchemaCheck.bundled()).containsEntry("1", "V1__create_batch_tables.sql").hasSizeGreaterThan(10);
    }

    @Test
    void aWarehouseWithEveryMigrationIsCurrent() throws Exception {
        migrate(null);
        assertThat(current()).isTrue();
    }

    @Test
    void anEmptyDatabaseOrOneBehindIsNot() throws Exception {
        execute("select 1");
        assertThat(current()).isFalse();
        // Asked without a history table, H2 wrote its exception to a trace file beside the warehouse, which
        // the operator found after every first run.
        assertThat(dir.resolve("ocop.trace.db")).doesNotExist();
        migrate("60");
        assertThat(current()).isFalse();
    }

    @Test
    void aFailedMigrationOrAScriptOfAnotherNameIsNot() throws Exception {
        migrate(null);
        execute("update \"flyway_schema_history\" set \"success\" = false where \"version\" = '70'");
        assertThat(current()).isFalse();
        execute("update \"flyway_schema_history\" set \"success\" = true, \"script\" = 'V70__other.sql' where \"version\" = '70'");
        assertThat(current()).isFalse();
    }

    @Test
    void onPostgresqlTheHistoryIsLookedForInTheWarehousesSchemaOnly() throws Exception {
        TestDatabase postgres = TestDatabase.create(TestDatabase.Kind.POSTGRESQL, dir);
        try (Connection none = SchemaCheck.open(new Database(postgres.url(), postgres.user(), postgres.password(), TestDatabase.SCHEMA))) {
            assertThat(SchemaCheck.current(none)).isFalse(); // no such schema yet
        }
        postgres.migrated();
        try (Connection warehouse = SchemaCheck.open(new Database(postgres.url(), postgres.user(), postgres.password(), TestDatabase.SCHEMA));
             Connection other = SchemaCheck.open(new Database(postgres.url(), postgres.user(), postgres.password(), "public"))) {
            assertThat(SchemaCheck.current(warehouse)).isTrue();
            assertThat(SchemaCheck.current(other)).isFalse();
        }
    }

    @Test
    void statusOnAWarehouseBehindTheBuildMigratesItFirstAsBefore() throws Exception {
        migrate("60");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.run(new String[] {"status", "--db", "jdbc:h2:file:" + dir.resolve("ocop"), "--log", dir.resolve("ocop.log").toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(Cli.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Recent runs");
        assertThat(current()).isTrue();
    }
}
