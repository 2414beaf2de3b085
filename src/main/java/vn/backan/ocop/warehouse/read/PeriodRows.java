package vn.backan.ocop.warehouse.read;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rows in force that one district's submission of one period carried, in the order of its sheets:
 * what a template for the next period is prefilled with. Values keyed by lowercase column name.
 */
public final class PeriodRows {

    private static final String RATINGS = """
            select product_code, product_name, set_no, entity_name, commune_code, stars, score, recognised_on,
                   decision_no, recognition_level, value_chain
            from fct_rating
            where district_code = ? and period_code = ? and valid_to_run is null
            order by excel_row, rating_sk
            """;
    private static final String ENTITIES = """
            select entity_name, entity_type, commune_code, tax_code, founded_year, members, workers
            from dim_entity
            where district_code = ? and period_code = ? and valid_to_run is null
            order by excel_row, entity_sk
            """;
    private static final String COMMUNES = """
            select commune_code, ntm_year, especially_difficult, households, poor_households
            from fct_commune_indicator
            where district_code = ? and period_code = ? and valid_to_run is null
            order by excel_row, indicator_sk
            """;

    private final JdbcTemplate jdbc;

    public PeriodRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every rating the period's list carried (a list is cumulative: older ratings of a product too). */
    public List<Map<String, Object>> ratings(String districtCode, String periodCode) {
        return jdbc.queryForList(RATINGS, districtCode, periodCode);
    }

    public List<Map<String, Object>> entities(String districtCode, String periodCode) {
        return jdbc.queryForList(ENTITIES, districtCode, periodCode);
    }

    public List<Map<String, Object>> communes(String districtCode, String periodCode) {
        return jdbc.queryForList(COMMUNES, districtCode, periodCode);
    }
}
