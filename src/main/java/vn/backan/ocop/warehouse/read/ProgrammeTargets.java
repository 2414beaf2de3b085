package vn.backan.ocop.warehouse.read;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The province's targets for the programme ({@code ref_ocop_target}), which staff keep. */
@Repository
public class ProgrammeTargets {

    /**
     * One target.
     *
     * @param code the dashboard figure it applies to (see V30__create_ref_ocop_target.sql)
     */
    public record Target(String code, int year, int value, String description, String source) {
    }

    private final JdbcTemplate jdbc;

    public ProgrammeTargets(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Target> all() {
        return jdbc.query("""
                select target_code, target_year, target_value, description, source from ref_ocop_target
                order by target_code""",
                (rs, n) -> new Target(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getString(5)));
    }
}
