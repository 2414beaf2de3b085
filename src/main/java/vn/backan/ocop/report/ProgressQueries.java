package vn.backan.ocop.report;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads the current warehouse for the progress workbook. Every figure of the workbook comes from here. */
@Repository
class ProgressQueries {

    /** Rows fetched at a time by a cursor; PostgreSQL's driver otherwise reads a whole result into memory. */
    static final int FETCH_SIZE = 1000;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate cursor;

    ProgressQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        JdbcTemplate fetching = new JdbcTemplate(jdbc.getDataSource());
        fetching.setFetchSize(FETCH_SIZE);
        this.cursor = new NamedParameterJdbcTemplate(fetching);
    }

    /** The end of the newest period in force: the default report date. */
    Optional<LocalDate> newestPeriodEnd() {
        return Optional.ofNullable(jdbc.queryForObject("select max(period_ends_on) from audit_submission where is_current", LocalDate.class));
    }

    /**
     * Each product's newest current rating recognised on or before {@code date}, if it is certified (3
     * stars and up) and expires after {@code expiringAfter}: read through a cursor, one row at a time.
     * "Newest" is a NOT EXISTS over the rating index, not a window function: H2 holds a window's rows in
     * memory (280,000 ratings took more than a 256 MB heap).
     */
    void newestRatings(LocalDate date, LocalDate expiringAfter, Consumer<RatingRow> each) {
        String sql = """
                select r.district_code, r.product_key, r.product_code, r.product_name, r.set_no, r.group_no,
                       r.entity_name, r.entity_key, e.entity_type, r.commune_code, r.recognised_on, r.stars, r.score,
                       r.decision_no, r.recognition_level, r.value_chain, r.expires_on
                from fct_rating r
                left join dim_entity e on e.valid_to_run is null and e.district_code = r.district_code
                     and e.entity_key = r.entity_key
                where r.valid_to_run is null and r.recognised_on <= :date and r.stars >= 3 and r.expires_on > :after
                  and %s
                """.formatted(NEWEST);
        cursor.query(sql, Map.of("date", Date.valueOf(date), "after", Date.valueOf(expiringAfter)),
                rs -> {
                    each.accept(rating(rs));
                });
    }

    /**
     * {@code r} is its product's newest current rating recognised on or before {@code :date}: at most one
     * per product, as (district, product, recognition date) is the rating's key.
     */
    private static final String NEWEST = """
            not exists (select 1 from fct_rating n where n.valid_to_run is null and n.district_code = r.district_code
                        and n.product_key = r.product_key and n.recognised_on > r.recognised_on and n.recognised_on <= :date)""";

    /**
     * District → entity type ("?" where the entity is not listed) → entities with a valid certified product
     * on {@code date}. Distinct rows in a derived table, which the database can sort on disk, rather than
     * count(distinct), which H2 keeps in memory.
     */
    Map<String, Map<String, Integer>> entitiesByType(LocalDate date) {
        String sql = """
                select district_code, entity_type, count(*) from (
                    select distinct r.district_code, coalesce(e.entity_type, '?') as entity_type, r.entity_key
                    from fct_rating r
                    left join dim_entity e on e.valid_to_run is null and e.district_code = r.district_code
                         and e.entity_key = r.entity_key
                    where r.valid_to_run is null and r.recognised_on <= :date and r.stars >= 3 and r.expires_on > :date
                      and %s) v
                group by district_code, entity_type
                """.formatted(NEWEST);
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        cursor.query(sql, Map.of("date", Date.valueOf(date)), rs -> {
            counts.computeIfAbsent(rs.getString(1), k -> new java.util.TreeMap<>()).put(rs.getString(2), rs.getInt(3));
        });
        return counts;
    }

    /**
     * Certified recognitions per year and stars from {@code from} to {@code to}: counted by the database,
     * as every fact since 2018 would not fit in memory at a country's scale.
     */
    Map<Integer, int[]> recognitionsByYear(LocalDate from, LocalDate to) {
        Map<Integer, int[]> byYear = new java.util.TreeMap<>();
        jdbc.query("select extract(year from recognised_on), stars, count(*) from fct_rating "
                        + "where valid_to_run is null and certified and recognised_on between ? and ? "
                        + "group by extract(year from recognised_on), stars",
                rs -> {
                    byYear.computeIfAbsent(rs.getInt(1), y -> new int[6])[rs.getInt(2)] = rs.getInt(3);
                }, Date.valueOf(from), Date.valueOf(to));
        return byYear;
    }

    /** Distinct products recognised 3 stars and up from {@code from} to {@code to}. */
    int recognisedProducts(LocalDate from, LocalDate to) {
        Integer count = jdbc.queryForObject("select count(*) from (select distinct district_code, product_key from fct_rating "
                + "where valid_to_run is null and certified and recognised_on between ? and ?) p", Integer.class,
                Date.valueOf(from), Date.valueOf(to));
        return count == null ? 0 : count;
    }

    /** Products whose newest rating on or before {@code date} is a valid certificate on that date. */
    int validCount(LocalDate date) {
        String sql = """
                select count(*) from fct_rating r
                where r.valid_to_run is null and r.recognised_on <= :date and r.stars >= 3 and r.expires_on > :date and %s
                """.formatted(NEWEST);
        Integer count = cursor.queryForObject(sql, Map.of("date", Date.valueOf(date)), Integer.class);
        return count == null ? 0 : count;
    }

    /** Per district, the indicators of its latest period ending on or before {@code date}. */
    List<IndicatorRow> latestIndicators(LocalDate date) {
        return jdbc.query("select c.district_code, c.period_code, p.ends_on, c.commune_code, c.ntm_year, c.especially_difficult, "
                + "c.households, c.poor_households from fct_commune_indicator c "
                + "join dim_period p on p.period_code = c.period_code "
                + "where c.valid_to_run is null and p.ends_on = ("
                + "select max(p2.ends_on) from fct_commune_indicator c2 join dim_period p2 on p2.period_code = c2.period_code "
                + "where c2.valid_to_run is null and c2.district_code = c.district_code and p2.ends_on <= ?)",
                ProgressQueries::indicator, Date.valueOf(date));
    }

    /** The indicators of the earliest period loaded, for the poverty baseline. */
    List<IndicatorRow> earliestIndicators() {
        return jdbc.query("select c.district_code, c.period_code, p.ends_on, c.commune_code, c.ntm_year, c.especially_difficult, "
                + "c.households, c.poor_households from fct_commune_indicator c "
                + "join dim_period p on p.period_code = c.period_code "
                + "where c.valid_to_run is null and p.ends_on = (select min(p2.ends_on) from fct_commune_indicator c2 "
                + "join dim_period p2 on p2.period_code = c2.period_code where c2.valid_to_run is null)",
                ProgressQueries::indicator);
    }

    /** Support type → number of distinct (district, target) supported from 2018 to the year of {@code date}. */
    Map<String, Integer> supportCounts(LocalDate date) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        jdbc.query("select support_type, count(*) from (select distinct district_code, support_type, target_key from fct_support "
                        + "where valid_to_run is null and support_year between 2018 and ?) s group by support_type",
                rs -> {
                    counts.put(rs.getString(1), rs.getInt(2));
                }, date.getYear());
        return counts;
    }

    /** Support counts per district and type, for the district sheet. */
    Map<String, Map<String, Integer>> supportCountsByDistrict(LocalDate date) {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        // Distinct rows counted, not count(distinct): H2 keeps the values of a count(distinct) in memory.
        jdbc.query("""
                        select district_code, support_type, count(*) from (
                            select distinct district_code, support_type, target_key from fct_support
                            where valid_to_run is null and support_year between 2018 and ?) s
                        group by district_code, support_type
                        """,
                rs -> {
                    counts.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getInt(3));
                }, date.getYear());
        return counts;
    }

    /**
     * Per sheet kind of a submission, its most frequent rules broken: "DATE_INVALID (2), ..." with the
     * most frequent first. Problems of the file as a whole are under the key "".
     */
    Map<String, String> topIssuesBySheet(long submissionId, int limit) {
        Map<String, List<String>> bySheet = new LinkedHashMap<>();
        jdbc.query("select coalesce(sheet_kind, ''), issue_code, count(*) from stg_issue where submission_id = ? "
                        + "and severity <> 'INFO' group by coalesce(sheet_kind, ''), issue_code "
                        + "order by coalesce(sheet_kind, ''), count(*) desc, issue_code",
                rs -> {
                    List<String> rules = bySheet.computeIfAbsent(rs.getString(1), k -> new java.util.ArrayList<>());
                    if (rules.size() < limit) {
                        rules.add(rs.getString(2) + " (" + rs.getInt(3) + ")");
                    }
                }, submissionId);
        Map<String, String> joined = new LinkedHashMap<>();
        bySheet.forEach((sheet, rules) -> joined.put(sheet, String.join(", ", rules)));
        return joined;
    }

    private static RatingRow rating(ResultSet rs) throws SQLException {
        Integer setNo = (Integer) rs.getObject("set_no", Integer.class);
        return new RatingRow(rs.getString("district_code"), rs.getString("product_key"), rs.getString("product_code"),
                rs.getString("product_name"), setNo, rs.getString("group_no"), rs.getString("entity_name"),
                rs.getString("entity_key"), rs.getString("entity_type"), rs.getString("commune_code"),
                rs.getDate("recognised_on").toLocalDate(), rs.getInt("stars"), rs.getBigDecimal("score"),
                rs.getString("decision_no"), rs.getString("recognition_level"), rs.getBoolean("value_chain"),
                rs.getDate("expires_on").toLocalDate());
    }

    private static IndicatorRow indicator(ResultSet rs, int n) throws SQLException {
        return new IndicatorRow(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(), rs.getString(4),
                (Integer) rs.getObject(5, Integer.class), rs.getBoolean(6), (Long) rs.getObject(7, Long.class),
                (Long) rs.getObject(8, Long.class));
    }
}
