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

    /** A versioned table, its natural key, and whether an index of it leads with valid_to_run. */
    public enum Table {
        RATING("fct_rating", true, "district_code", "product_key", "recognised_on"),
        ENTITY("dim_entity", false, "district_code", "entity_key"),
        COMMUNE_INDICATOR("fct_commune_indicator", false, "district_code", "period_code", "commune_code"),
        SUPPORT("fct_support", false, "district_code", "support_type", "target_key", "support_year");

        private final String tableName;
        /** fct_rating_date_ix (V5): the versions a span closed are found without the others. */
        private final boolean closedIndexed;
        private final List<String> keys;

        Table(String tableName, boolean closedIndexed, String... keys) {
            this.tableName = tableName;
            this.closedIndexed = closedIndexed;
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
        CLOSED("%2$s between ? and ? and %1$s < ?"),
        OPENED("%1$s between ? and ? and (v.valid_to_run is null or %2$s > ?)");

        private final String condition;
        /** The same condition, written so that no index serves it. */
        private final String unindexed;

        /** @param condition over valid_from_run ({@code %1$s}) and valid_to_run ({@code %2$s}) */
        Side(String condition) {
            this.condition = condition.formatted("v.valid_from_run", "v.valid_to_run");
            this.unindexed = condition.formatted("v.valid_from_run + 0", "v.valid_to_run + 0");
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

    /** How many versions a side holds, and the first of them in key order. */
    public record Listing(int count, List<Map<String, Object>> rows) {
    }

    /**
     * The versions of a side: how many, and the first {@code limit} in key order with every column of the
     * table (names in lowercase) and the {@code file_name} of the submission they came from.
     *
     * <p>Where the side holds more than {@code limit} versions and at least half the table (a first load
     * opens every row), the rows are read in key order through the table's current index until {@code limit}
     * are found: the side's condition is written so that no index serves it ({@code + 0}), which leaves the
     * order's index to both H2 and PostgreSQL. Through the run index, the 41-file benchmark's first load had
     * all of its 400,000 versions read and sorted for 2,000 of them (5.4 s against 0.12 s in key order, a
     * copy of its warehouse, H2, cold). Elsewhere (a correction opens a few thousand versions of a million)
     * the run index finds the side's rows and they are sorted: read in key order, the rows of every district
     * before theirs would be read too. At half the table, a key-order read passes over no more rows than the
     * run index would have found.
     */
    public Listing listing(Table table, Side side, long first, long last, int limit) {
        // Where the table has an index that leads with valid_to_run, the versions a span opened are counted as
        // those whose run is in the span (from the run index alone) less those the span also closed (a version is
        // closed by a run after the one that opened it), found through that index with the run index kept out
        // (+ 0). Under the side's one condition, the run index looked up the row of every version it found for
        // its valid_to_run: 2.7-2.8 s for the 400,000 ratings of the 41-file benchmark's first load against
        // 0.34-0.43 s (a copy of its warehouse, H2, cold). The other tables have no such index: the versions
        // they closed would be a scan of the table.
        int count = side == Side.OPENED && table.closedIndexed
                ? count(table, "v.valid_from_run between ? and ?", first, last)
                        - count(table, "v.valid_to_run between ? and ? and v.valid_from_run + 0 between ? and ?", first, last, first, last)
                : count(table, side.condition, side.args(first, last));
        if (count == 0) {
            return new Listing(0, List.of());
        }
        // The table's size only matters when some of the side will not be listed (a count that PostgreSQL scans for).
        Integer all = count <= limit ? null
                : jdbc.queryForObject("select count(*) from %s".formatted(table.tableName()), Integer.class);
        boolean dense = all != null && 2L * count >= all;
        String sql = """
                select v.*, s.file_name from %s v
                join audit_submission s on s.submission_id = v.submission_id
                where %s
                order by %s
                fetch first %d rows only
                """.formatted(table.tableName(), dense ? side.unindexed : side.condition,
                String.join(", ", table.keys().stream().map("v."::concat).toList()), limit);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> row : jdbc.queryForList(sql, side.args(first, last))) {
            Map<String, Object> lower = new LinkedHashMap<>();
            row.forEach((column, value) -> lower.put(column.toLowerCase(Locale.ROOT), value));
            rows.add(lower);
        }
        return new Listing(count, rows);
    }

    /** Versions whose rows meet a condition. */
    private int count(Table table, String condition, Object... args) {
        Integer count = jdbc.queryForObject("select count(*) from %s v where %s".formatted(table.tableName(), condition),
                Integer.class, args);
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
