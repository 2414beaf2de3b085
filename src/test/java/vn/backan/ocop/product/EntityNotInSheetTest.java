package vn.backan.ocop.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.backan.ocop.fixtures.TestDatabase;
import vn.backan.ocop.sheet.CrossRowRule;
import vn.backan.ocop.submission.SheetKind;

/**
 * A product whose entity the file's entity sheet lacks is flagged; rejected products, products without an
 * entity and other files' entities do not count.
 */
class EntityNotInSheetTest {

    @TempDir
    Path home;

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void productsWithoutTheirEntityAreFlagged(TestDatabase.Kind kind) {
        JdbcTemplate jdbc = TestDatabase.create(kind, home).migrated();
        entities(jdbc, 1, "htx a", "htx b", "htx c");
        entities(jdbc, 2, "htx d");
        // Row 2 has its entity, row 3 has none in the sheet (htx d is another file's), row 4 is rejected,
        // row 5 has no entity at all, row 6 has its entity, row 7 lacks it too.
        products(jdbc, 1, "htx a", "htx d", "-htx x", null, "htx c", "htx z");

        List<String> found = new ArrayList<>();
        new EntityNotInSheet().check(new Scope(jdbc), (code, column, row, sheet, value, args) -> found.add(row + " " + value + " " + args[0]));
        assertThat(found).containsExactlyInAnyOrder("3 htx d Cơ sở", "7 htx z Cơ sở");
    }

    private static void entities(JdbcTemplate jdbc, long file, String... keys) {
        int row = 2;
        for (String key : keys) {
            jdbc.update("""
                    insert into stg_entity (submission_id, excel_row, sheet_name, outcome, entity_name, entity_key, row_hash)
                    values (?, ?, 'Cơ sở', 'loaded', ?, ?, 'h')
                    """, file, row++, key, key);
        }
    }

    /** An entity starting with '-' is on a rejected row. */
    private static void products(JdbcTemplate jdbc, long file, String... entities) {
        int row = 2;
        for (String entity : entities) {
            boolean rejected = entity != null && entity.startsWith("-");
            String key = entity == null ? null : entity.substring(rejected ? 1 : 0);
            jdbc.update("""
                    insert into stg_product (submission_id, excel_row, sheet_name, outcome, name_key, entity_name, entity_key,
                                             value_chain, row_hash)
                    values (?, ?, 'Sản phẩm', ?, 'sp', ?, ?, false, 'h')
                    """, file, row++, rejected ? "rejected" : "loaded", key, key);
        }
    }

    /** File 1, whose entity sheet was read as "Cơ sở". */
    private record Scope(JdbcTemplate jdbc) implements CrossRowRule.Scope {
        @Override
        public long id() {
            return 1;
        }

        @Override
        public long runId() {
            return 1;
        }

        @Override
        public String districtCode() {
            return "058";
        }

        @Override
        public JdbcTemplate cursor() {
            return jdbc;
        }

        @Override
        public String stagingTable(SheetKind kind) {
            return kind == SheetKind.PRODUCT ? "stg_product" : "stg_entity";
        }

        @Override
        public Optional<String> sheetRead(SheetKind kind) {
            return Optional.of("Cơ sở");
        }

        @Override
        public Map<Integer, Object[]> rows(SheetKind kind, long submissionId, List<String> columns, Collection<Integer> excelRows) {
            throw new UnsupportedOperationException("not asked by this rule");
        }
    }
}
