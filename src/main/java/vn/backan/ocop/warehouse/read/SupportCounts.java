package vn.backan.ocop.warehouse.read;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.backan.ocop.submission.Programme;

/**
 * Who was supported ({@code fct_support}), counted as distinct (district, type, target) from the
 * programme's first year to a report date's year. Distinct rows are counted in a derived table, not
 * with count(distinct), whose values H2 keeps in memory.
 */
@Repository
public class SupportCounts {

    private static final String DISTINCT_TARGETS = """
            select distinct district_code, support_type, target_key from fct_support
            where valid_to_run is null and support_year between ? and ?""";

    private final JdbcTemplate jdbc;

    public SupportCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Support type → targets supported up to the year of {@code date}. */
    public Map<String, Integer> byType(LocalDate date) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        jdbc.query("""
                        select support_type, count(*) from (%s) s group by support_type
                        """.formatted(DISTINCT_TARGETS),
                rs -> {
                    counts.put(rs.getString(1), rs.getInt(2));
                }, Programme.startYear(), date.getYear());
        return counts;
    }

    /** District → support type → targets supported up to the year of {@code date}. */
    public Map<String, Map<String, Integer>> byDistrict(LocalDate date) {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        jdbc.query("""
                        select district_code, support_type, count(*) from (%s) s group by district_code, support_type
                        """.formatted(DISTINCT_TARGETS),
                rs -> {
                    counts.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getInt(3));
                }, Programme.startYear(), date.getYear());
        return counts;
    }
}
