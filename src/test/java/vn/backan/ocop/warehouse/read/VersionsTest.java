package vn.backan.ocop.warehouse.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.backan.ocop.fixtures.TestDatabase;
import vn.backan.ocop.warehouse.read.Versions.Side;
import vn.backan.ocop.warehouse.read.Versions.Table;

/**
 * A side of a span of runs is counted whole and listed from its first version in key order, whether it holds
 * most of the table (read in key order until the limit) or a few of its versions (found by run, then sorted),
 * in a table with an index on valid_to_run (fct_rating: opened versions counted by run, less those closed) and
 * in one without.
 */
class VersionsTest {

    private static final Timestamp NIGHT = Timestamp.from(Instant.parse("2024-01-10T01:00:00Z"));

    @TempDir
    Path home;

    static Stream<Arguments> databasesAndTables() {
        return Stream.of(TestDatabase.Kind.values())
                .flatMap(kind -> Stream.of(Table.ENTITY, Table.RATING).map(table -> Arguments.of(kind, table)));
    }

    @ParameterizedTest
    @MethodSource("databasesAndTables")
    void aSideIsListedFromItsFirstKeyHoweverMuchOfTheTableItHolds(TestDatabase.Kind kind, Table table) {
        JdbcTemplate jdbc = TestDatabase.create(kind, home).migrated();
        jdbc.update("""
                insert into audit_submission (submission_id, sha256, file_name, file_path, size_bytes, received_at, status,
                                              is_current, run_id)
                values (7, 'x', '061-2023.xlsx', '/in/061-2023.xlsx', 1, ?, 'accepted', true, 1)""", NIGHT);
        // Run 1 opens 60 entities of two districts, inserted out of key order; run 2 closes three of them
        // and opens their new versions, with a fourth of its own.
        for (int i = 59; i >= 0; i--) {
            version(jdbc, table, i % 2 == 0 ? "062" : "061", "e%02d".formatted(i), 1);
        }
        for (String key : List.of("e41", "e07", "e23")) {
            jdbc.update("update %s set valid_to_run = 2 where %s = ?".formatted(table.tableName(), table.keys().get(1)), key);
            version(jdbc, table, "061", key, 2);
        }
        version(jdbc, table, "062", "e99", 2);
        Versions versions = new Versions(jdbc);

        Versions.Listing firstLoad = versions.listing(table, Side.OPENED, 1, 1, 5);
        assertThat(firstLoad.count()).as("run 1's versions still current after it: all 60").isEqualTo(60);
        assertThat(keys(table, firstLoad.rows())).containsExactly("061 e01", "061 e03", "061 e05", "061 e07", "061 e09");
        assertThat(firstLoad.rows().get(0)).containsEntry("file_name", "061-2023.xlsx").containsKey("row_hash");

        Versions.Listing bothRuns = versions.listing(table, Side.OPENED, 1, 2, 10);
        assertThat(bothRuns.count()).as("closed within the span: not a change").isEqualTo(61);
        assertThat(keys(table, bothRuns.rows())).containsExactly("061 e01", "061 e03", "061 e05", "061 e07", "061 e09", "061 e11",
                "061 e13", "061 e15", "061 e17", "061 e19");
        assertThat(bothRuns.rows().get(3)).as("the version run 2 opened").containsEntry("valid_from_run", 2L);

        Versions.Listing whole = versions.listing(table, Side.OPENED, 1, 2, 100);
        assertThat(keys(table, whole.rows())).hasSize(61).startsWith("061 e01", "061 e03").endsWith("062 e58", "062 e99");

        Versions.Listing correction = versions.listing(table, Side.OPENED, 2, 2, 3);
        assertThat(correction.count()).isEqualTo(4);
        assertThat(keys(table, correction.rows())).containsExactly("061 e07", "061 e23", "061 e41");

        Versions.Listing closed = versions.listing(table, Side.CLOSED, 2, 2, 2);
        assertThat(closed.count()).isEqualTo(3);
        assertThat(keys(table, closed.rows())).containsExactly("061 e07", "061 e23");
        assertThat(versions.listing(table, Side.CLOSED, 1, 1, 2)).isEqualTo(new Versions.Listing(0, List.of()));
    }

    private static void version(JdbcTemplate jdbc, Table table, String district, String key, long from) {
        if (table == Table.ENTITY) {
            jdbc.update("""
                    insert into dim_entity (district_code, entity_key, entity_name, period_code, row_hash, submission_id,
                                            sheet_name, excel_row, valid_from_run, valid_from)
                    values (?, ?, ?, '2023', 'h', 7, 'Chủ thể', 5, ?, ?)""", district, key, "HTX " + key, from, NIGHT);
        } else {
            jdbc.update("""
                    insert into fct_rating (district_code, product_key, recognised_on, product_name, entity_name, entity_key,
                                            commune_code, stars, certified, expires_on, value_chain, period_code, row_hash,
                                            submission_id, sheet_name, excel_row, valid_from_run, valid_from)
                    values (?, ?, date '2023-05-01', ?, 'HTX A', 'htx a', '01234', 3, true, date '2026-05-01', false, '2023',
                            'h', 7, 'Sản phẩm', 5, ?, ?)""", district, key, "Mật ong " + key, from, NIGHT);
        }
    }

    /** Each row's district and the table's own key ({@code entity_key}, {@code product_key}). */
    private static List<String> keys(Table table, List<Map<String, Object>> rows) {
        return rows.stream().map(row -> row.get("district_code") + " " + row.get(table.keys().get(1))).toList();
    }
}
