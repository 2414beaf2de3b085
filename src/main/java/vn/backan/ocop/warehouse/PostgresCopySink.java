package vn.backan.ocop.warehouse;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.jdbc.support.SQLStateSQLExceptionTranslator;

/**
 * PostgreSQL's COPY: a chunk of staging rows in one round trip, streamed as CSV, on the connection of
 * the chunk's transaction (so the rows commit or roll back with the reader's saved position).
 */
final class PostgresCopySink implements RowSink {

    private static final SQLExceptionTranslator TRANSLATOR = new SQLStateSQLExceptionTranslator();

    private final DataSource dataSource;

    PostgresCopySink(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void insert(String table, List<String> columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        StringBuilder csv = new StringBuilder(rows.size() * 128);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    csv.append(',');
                }
                append(csv, row[i]);
            }
            csv.append('\n');
        }
        String sql = "copy %s (%s) from stdin with (format csv)".formatted(table, String.join(", ", columns));
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            new CopyManager(connection.unwrap(BaseConnection.class)).copyIn(sql, new StringReader(csv.toString()));
        } catch (SQLException e) {
            throw TRANSLATOR.translate("COPY into " + table, sql, e);
        } catch (IOException e) {
            throw new UncheckedIOException("COPY into " + table, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** CSV as COPY reads it: an unquoted empty field is NULL, a quoted one is the empty string. */
    private static void append(StringBuilder csv, Object value) {
        if (value == null) {
            return;
        }
        String text = value.toString();
        if (value instanceof Number || value instanceof Boolean) {
            csv.append(text);
            return;
        }
        csv.append('"').append(text.replace("\"", "\"\"")).append('"');
    }
}
