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
import java.util.Random;

import org.h2.mvstore.MVStoreTool;
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
    void theCopyIsDeflatedSmallerThanH2sOwnLzfCopyWithTheSameRows() throws Exception {
        Database database = new Database("jdbc:h2:file:" + home.resolve("ocop") + Database.H2_SAFETY, "sa", "", null);
        String[] words = {"Miến", "dong", "Bắc", "Kạn", "hợp", "tác", "xã", "chè", "Shan", "tuyết", "mật", "ong", "Ba", "Bể"};
        try (Connection c = DriverManager.getConnection(database.url(), "sa", "")) {
            c.createStatement().execute("create table t (id int primary key, v varchar(400))");
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("insert into t values (?, ?)")) {
                Random random = new Random(14);
                for (int i = 0; i < 20_000; i++) {
                    StringBuilder v = new StringBuilder();
                    for (int w = 0; w < 12; w++) {
                        v.append(words[random.nextInt(words.length)]).append(' ').append(random.nextInt(1000)).append(' ');
                    }
                    insert.setInt(1, i);
                    insert.setString(2, v.toString());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            c.commit();
        }
        Path file = database.h2File().orElseThrow();
        Path lzf = home.resolve("lzf.mv.db");
        Files.copy(file, lzf);

        H2Compaction.rewrite(file.toString());
        MVStoreTool.compact(lzf.toString(), true);

        assertThat(Files.size(file)).isLessThan(Files.size(lzf) * 9 / 10);
        assertThat(home.resolve("ocop.mv.db.tempFile")).doesNotExist();
        assertThat(count(database.url(), "select count(*) from t")).isEqualTo(20_000);
        long length = count(database.url(), "select sum(length(v)) from t");
        assertThat(length).isGreaterThan(20_000L * 60)
                .isEqualTo(count("jdbc:h2:file:" + home.resolve("lzf"), "select sum(length(v)) from t")); // H2's own copy's rows
    }

    private static long count(String url, String query) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "sa", ""); ResultSet rs = c.createStatement().executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
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
