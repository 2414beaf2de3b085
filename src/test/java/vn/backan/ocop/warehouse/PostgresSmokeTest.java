package vn.backan.ocop.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import vn.backan.ocop.fixtures.TestDatabase;

class PostgresSmokeTest {

    @Test
    void theEmbeddedServerAnswers(@TempDir Path dir) {
        TestDatabase db = TestDatabase.create(TestDatabase.Kind.POSTGRESQL, dir);
        SingleConnectionDataSource source = new SingleConnectionDataSource(db.url(), db.user(), db.password(), true);
        assertThat(new JdbcTemplate(source).queryForObject("select version()", String.class)).startsWith("PostgreSQL 17");
        source.destroy();
    }
}
