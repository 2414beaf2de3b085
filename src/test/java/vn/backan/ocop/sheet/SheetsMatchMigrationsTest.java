package vn.backan.ocop.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import vn.backan.ocop.fixtures.TestDatabase;

/**
 * The sheet descriptions and the migrations say the same thing, on both engines: every column a
 * description stages or publishes exists with the declared type and size (a wrong size would cut text
 * the database could hold, or fail a load on text it cannot), and every column the migrations give a
 * sheet's staging or warehouse table is known to its description (a column added by a migration alone
 * would stay empty for ever).
 */
class SheetsMatchMigrationsTest {

    /** Warehouse columns that versioning owns, not the sheet. */
    private static final Set<String> VERSIONING = Set.of("valid_from_run", "valid_to_run", "valid_from", "valid_to");
    /** The work table's column telling which run materialized a row. */
    private static final String RUN = "run_id";

    @TempDir
    Path home;

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void everyDescriptionAgreesWithTheMigratedSchema(TestDatabase.Kind kind) {
        Map<String, Map<String, String>> schema = migrate(TestDatabase.create(kind, home));
        List<String> problems = new ArrayList<>();
        List<SheetDescription> descriptions = descriptions();
        assertThat(new Sheets(descriptions).all()).hasSize(4);
        for (SheetDescription sheet : descriptions) {
            StagingTable<?> staging = sheet.staging();
            compare(problems, schema, staging.name(), staging.allColumns(), Set.of());

            WarehouseTable warehouse = sheet.warehouse();
            List<SqlColumn> published = new ArrayList<>(warehouse.keys());
            published.addAll(warehouse.values());
            published.addAll(WarehouseTable.LINEAGE);
            Set<String> technical = new java.util.HashSet<>(VERSIONING);
            technical.add(warehouse.key());
            List<SqlColumn> stored = new ArrayList<>(published);
            warehouse.derived().forEach(d -> stored.add(d.column()));
            compare(problems, schema, warehouse.table(), stored, technical);
            compare(problems, schema, warehouse.offered(), published, Set.of());
            compare(problems, schema, warehouse.work(), published, Set.of(RUN));
            if (!schema.getOrDefault(warehouse.table(), Map.of()).containsKey(warehouse.key())) {
                problems.add("%s has no surrogate key %s".formatted(warehouse.table(), warehouse.key()));
            }

            for (String column : sheet.duplicates().columns()) {
                if (staging.allColumns().stream().noneMatch(c -> c.name().equals(column))) {
                    problems.add("%s: duplicate key column %s is not staged".formatted(sheet.kind(), column));
                }
            }
        }
        assertThat(problems).as("descriptions against the migrations on %s", kind).isEmpty();
    }

    /** Both ways: the declared columns with their types, and no column of the table that is not declared. */
    private static void compare(List<String> problems, Map<String, Map<String, String>> schema, String table,
                                List<SqlColumn> declared, Set<String> technical) {
        Map<String, String> actual = schema.get(table);
        if (actual == null) {
            problems.add("no table or view " + table);
            return;
        }
        Map<String, String> expected = new HashMap<>();
        for (SqlColumn column : declared) {
            expected.put(column.name(), column.type().toString());
            String found = actual.get(column.name());
            if (found == null) {
                problems.add("%s.%s is missing".formatted(table, column.name()));
            } else if (!found.equals(column.type().toString())) {
                problems.add("%s.%s is %s, declared %s".formatted(table, column.name(), found, column.type()));
            }
        }
        actual.keySet().stream().filter(c -> !expected.containsKey(c) && !technical.contains(c))
                .forEach(c -> problems.add("%s.%s is unknown to its sheet description".formatted(table, c)));
    }

    /** Table or view → column → type as {@link SqlType#toString()} writes it. */
    private static Map<String, Map<String, String>> migrate(TestDatabase db) {
        boolean postgres = db.kind() == TestDatabase.Kind.POSTGRESQL;
        db.flyway().load().migrate();
        SingleConnectionDataSource source = new SingleConnectionDataSource(db.queryUrl(), db.user(), db.password(), true);
        try {
            Map<String, Map<String, String>> tables = new TreeMap<>();
            new JdbcTemplate(source).query("""
                    select lower(table_name), lower(column_name), lower(data_type), character_maximum_length,
                           numeric_precision, numeric_scale
                    from information_schema.columns where lower(table_schema) = ?
                    """, rs -> {
                String type = rs.getString(3);
                SqlType declared = switch (type) {
                    case "character varying" -> SqlType.varchar(rs.getInt(4));
                    case "numeric" -> SqlType.numeric(rs.getInt(5), rs.getInt(6));
                    default -> new SqlType(type, 0, 0);
                };
                tables.computeIfAbsent(rs.getString(1), t -> new TreeMap<>()).put(rs.getString(2), declared.toString());
            }, postgres ? TestDatabase.SCHEMA : "public");
            return tables;
        } finally {
            source.destroy();
        }
    }

    /** Every description on the class path, as Spring's component scan finds them. */
    static List<SheetDescription> descriptions() {
        var scan = new ClassPathScanningCandidateComponentProvider(false);
        scan.addIncludeFilter(new AssignableTypeFilter(SheetDescription.class));
        List<SheetDescription> found = new ArrayList<>();
        for (var candidate : scan.findCandidateComponents("vn.backan.ocop")) {
            try {
                found.add((SheetDescription) Class.forName(candidate.getBeanClassName()).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(candidate.getBeanClassName(), e);
            }
        }
        return found;
    }
}
