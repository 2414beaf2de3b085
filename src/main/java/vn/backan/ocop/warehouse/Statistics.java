package vn.backan.ocop.warehouse;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.backan.ocop.sheet.Sheets;

/**
 * Planner statistics after bulk loads. PostgreSQL plans on what it last measured: right after a
 * night's staging it takes a million rows for a handful and picks nested loops that run for minutes.
 * Other engines are left alone.
 */
@Component
class Statistics {

    private final JdbcTemplate jdbc;
    private final RowSinks.Engine engine;
    private final Sheets sheets;

    Statistics(JdbcTemplate jdbc, RowSinks.Engine engine, Sheets sheets) {
        this.jdbc = jdbc;
        this.engine = engine;
        this.sheets = sheets;
    }

    /** After staging: every sheet's staging table, and the other tables named. */
    void refreshStaging(String... others) {
        List<String> tables = new ArrayList<>(sheets.stagingTables());
        tables.addAll(List.of(others));
        refresh(tables);
    }

    /** One table that is filling up, such as a work table between the statements that read it. */
    void refresh(String table) {
        refresh(List.of(table));
    }

    /** After publishing: every sheet's warehouse table. */
    void refreshWarehouse() {
        refresh(sheets.warehouseTables());
    }

    private void refresh(List<String> tables) {
        if (engine == RowSinks.Engine.POSTGRESQL) {
            jdbc.execute("analyze %s".formatted(String.join(", ", tables)));
        }
    }
}
