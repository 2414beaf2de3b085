package vn.backan.ocop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2CompactionTest {

    @TempDir
    Path home;

    @Test
    void aFileMostlyDeadSpaceIsRewrittenSmallerWithEveryLiveRow() throws Exception {
        Database database = new Database("jdbc:h2:file:" + home.resolve("ocop") + Database.H2_SAFETY, "sa", "", null);
        try (Connection c = DriverManager.getConnection(database.url(), "sa", "")) {
            try (Statement s = c.createStatement()) {
                s.execute("create table t (id int primary key, v varchar(200))");
                s.execute("create index t_v on t (v)");
            }
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("insert into t values (?, ?)")) {
                for (int i = 0; i < 40_000; i++) {
                    insert.setInt(1, i);
                    insert.setString(2, "row %d %s".formatted(i * 7919 % 40_000, "x".repeat(100)));
                    insert.addBatch();
                    if (i % 500 == 499) { // small commits, as the staging chunks write: many rewritten pages
                        insert.executeBatch();
                        c.commit();
                    }
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("delete from t where id >= 1000");
            }
            c.commit();
        }
        Path file = database.h2File().orElseThrow();
        long before = Files.size(file);

        Optional<Long> after = H2Compaction.afterRun(database, 0);

        assertThat(after).hasValueSatisfying(size -> assertThat(size).isLessThan(before / 4).isEqualTo(file.toFile().length()));
        try (Connection c = DriverManager.getConnection(database.url(), "sa", "");
             ResultSet rs = c.createStatement().executeQuery("select count(*), sum(id) from t where v like 'row %'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1000);
            assertThat(rs.getLong(2)).isEqualTo(999L * 1000 / 2);
        }
    }

    @Test
    void aFileMostlyLiveOrSmallIsLeftAlone() throws Exception {
        Database database = new Database("jdbc:h2:file:" + home.resolve("ocop") + Database.H2_SAFETY, "sa", "", null);
        try (Connection c = DriverManager.getConnection(database.url(), "sa", "")) {
            c.createStatement().execute("create table t (id int primary key)");
        }
        assertThat(H2Compaction.afterRun(database)).isEmpty();
        assertThat(H2Compaction.afterRun(new Database("jdbc:postgresql://localhost/x", "u", "", "ocop"))).isEmpty();
    }
}
