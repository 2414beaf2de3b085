package vn.backan.ocop.warehouse.read;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The versions of the warehouse's versioned tables that a span of runs closed or opened: what the
 * progress workbook's change list pairs into additions, removals and changes.
 */
@Repository
public class Versions {

    /** A versioned table and its natural key. */
    public enum Table {
        RATING("fct_rating", "district_code", "product_key", "recognised_on"),
        ENTITY("dim_entity", "district_code", "entity_key"),
        COMMUNE_INDICATOR("fct_commune_indicator", "district_code", "period_code", "commune_code"),
        SUPPORT("fct_support", "district_code", "support_type", "target_key", "support_year");

        private final String tableName;
        private final List<String> keys;

        Table(String tableName, String... keys) {
            this.tableName = tableName;
            this.keys = List.of(keys);
        }

        public String tableName() {
            return tableName;
        }

        public List<String> keys() {
            return keys;
        }
    }

    /**
     * Versions closed by the span that existed before it, and versions opened by it that outlive it: a
     * version one run of the span opened and the next closed never reached a workbook, and is not a change.
     */
    public enum Side {
        CLOSED("v.valid_to_run between ? and ? and v.valid_from_run < ?"),
        OPENED("v.valid_from_run between ? and ? and (v.valid_to_run is null or v.valid_to_run > ?)");

        private final String condition;

        Side(String condition) {
            this.condition = condition;
        }

        private Object[] args(long first, long last) {
            return new Object[] {first, last, this == CLOSED ? first : last};
        }
    }

    /** A product's current rating older than one the span opened. */
    public record EarlierRating(String districtCode, String productKey, int stars, LocalDate recognisedOn) {
    }

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    public Versions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /**
     * The first {@code limit} versions of a side, in key order, with every column of the table (names in
     * lowercase) and the {@code file_name} of the submission they came from.
     */
    public List<Map<String, Object>> listed(Table table, Side side, long first, long last, int limit) {
        String sql = """
                select v.*, s.file_name from %s v
                join audit_submission s on s.submission_id = v.submission_id
                where %s
                order by %s
                fetch first %d rows only
                """.formatted(table.tableName(), side.condition,
                String.join(", ", table.keys().stream().map("v."::concat).toList()), limit);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> row : jdbc.queryForList(sql, side.args(first, last))) {
            Map<String, Object> lower = new LinkedHashMap<>();
            row.forEach((column, value) -> lower.put(column.toLowerCase(Locale.ROOT), value));
            rows.add(lower);
        }
        return rows;
    }

    /** How many versions a side holds. */
    public int count(Table table, Side side, long first, long last) {
        Integer count = jdbc.queryForObject("""
                select count(*) from %s v where %s
                """.formatted(table.tableName(), side.condition), Integer.class, side.args(first, last));
        return count == null ? 0 : count;
    }

    /**
     * For each of the given ratings (by {@code rating_sk}), every current rating of the same product
     * recognised before it, oldest first. The change list asks for the ratings it lists (a few thousand at
     * most): joining every rating a first load opened took 6.9 s of the 41-file set's report step.
     */
    public void earlierRatings(Collection<Long> ratings, Consumer<EarlierRating> each) {
        if (ratings.isEmpty()) {
            return;
        }
        named.query("""
                select o.district_code, o.product_key, o.stars, o.recognised_on from fct_rating n
                join fct_rating o on o.district_code = n.district_code and o.product_key = n.product_key
                     and o.recognised_on < n.recognised_on and o.valid_to_run is null
                where n.rating_sk in (:ratings)
                order by o.recognised_on
                """, Map.of("ratings", ratings), rs -> {
                    each.accept(new EarlierRating(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getDate(4).toLocalDate()));
                });
    }
}
