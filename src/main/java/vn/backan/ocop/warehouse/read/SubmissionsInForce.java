package vn.backan.ocop.warehouse.read;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The submissions in force ({@code audit_submission.is_current}: one per district and period). */
@Repository
public class SubmissionsInForce {

    /** A district's period in force and the file it came from. */
    public record PeriodFile(String periodCode, String fileName) {
    }

    private final JdbcTemplate jdbc;

    public SubmissionsInForce(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The end of the newest period in force: the default report date. */
    public Optional<LocalDate> newestPeriodEnd() {
        return Optional.ofNullable(jdbc.queryForObject("""
                select max(period_ends_on) from audit_submission where is_current
                """, LocalDate.class));
    }

    /** A district's periods in force, each with its file. */
    public List<PeriodFile> periods(String districtCode) {
        return jdbc.query("""
                select period_code, file_name
                from audit_submission
                where district_code = ? and is_current
                """, (rs, n) -> new PeriodFile(rs.getString(1), rs.getString(2)), districtCode);
    }
}
