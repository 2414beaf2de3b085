package vn.backan.ocop.warehouse;

import java.util.Collections;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/** One batched prepared statement per chunk: what every JDBC database can do. */
final class JdbcBatchSink implements RowSink {

    private final JdbcTemplate jdbc;

    JdbcBatchSink(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(String table, List<String> columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("insert into %s (%s) values (%s)".formatted(table, String.join(", ", columns),
                String.join(", ", Collections.nCopies(columns.size(), "?"))), rows);
    }
}
