package vn.backan.ocop.warehouse.read;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The communes' indicators in force ({@code fct_commune_indicator}), a period at a time. */
@Repository
public class CommuneIndicators {

    /** The indicators in force of the period that {@code %s} (a select of one ends_on) picks. */
    private static final String OF_PERIOD = """
            select c.district_code, c.period_code, p.ends_on, c.commune_code, c.ntm_year, c.especially_difficult,
                   c.households, c.poor_households
            from fct_commune_indicator c
            join dim_period p on p.period_code = c.period_code
            where c.valid_to_run is null and p.ends_on = (%s)
            """;

    private final JdbcTemplate jdbc;

    public CommuneIndicators(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Per district, the indicators of its latest period ending on or before {@code date}. */
    public List<IndicatorRow> latest(LocalDate date) {
        return jdbc.query(OF_PERIOD.formatted("""
                select max(p2.ends_on) from fct_commune_indicator c2 join dim_period p2 on p2.period_code = c2.period_code
                where c2.valid_to_run is null and c2.district_code = c.district_code and p2.ends_on <= ?"""),
                CommuneIndicators::indicator, Date.valueOf(date));
    }

    /** The indicators of the earliest period loaded, for the poverty baseline. */
    public List<IndicatorRow> earliest() {
        return jdbc.query(OF_PERIOD.formatted("""
                select min(p2.ends_on) from fct_commune_indicator c2 join dim_period p2 on p2.period_code = c2.period_code
                where c2.valid_to_run is null"""), CommuneIndicators::indicator);
    }

    private static IndicatorRow indicator(ResultSet rs, int n) throws SQLException {
        return new IndicatorRow(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(), rs.getString(4),
                (Integer) rs.getObject(5, Integer.class), rs.getBoolean(6), (Long) rs.getObject(7, Long.class),
                (Long) rs.getObject(8, Long.class));
    }
}
