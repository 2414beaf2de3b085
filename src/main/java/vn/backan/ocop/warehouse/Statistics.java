package vn.backan.ocop.warehouse;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Planner statistics after bulk loads. PostgreSQL plans on what it last measured: right after a
 * night's staging it takes a million rows for a handful and picks nested loops that run for minutes.
 * Other engines are left alone.
 */
@Component
class Statistics {

    private final JdbcTemplate jdbc;
    private final RowSinks.Engine engine;

    Statistics(JdbcTemplate jdbc, RowSinks.Engine engine) {
        this.jdbc = jdbc;
        this.engine = engine;
    }

    void refresh(String... tables) {
        if (engine == RowSinks.Engine.POSTGRESQL) {
            jdbc.execute("analyze " + String.join(", ", tables));
        }
    }
}
