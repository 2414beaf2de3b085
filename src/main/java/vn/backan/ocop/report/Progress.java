package vn.backan.ocop.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import vn.backan.ocop.intake.Period;

/** Everything the progress workbook shows, computed from the warehouse as of one date. */
record Progress(LocalDate asOf, Instant generatedAt, Tally province, Map<String, Tally> byDistrict,
                Map<String, String> districtNames,
                int recognisedSince2018, Map<String, Integer> support, Map<String, Map<String, Integer>> supportByDistrict,
                BigDecimal baselinePovertyRate, String baselinePeriod, Period currentPeriod,
                List<ProductLine> products, List<ExpiringLine> expiring, List<CommuneLine> communes,
                List<GroupLine> groups, List<YearLine> years, List<SubmissionLine> submissions, List<QualityLine> quality,
                int deadlineDays, RunSpan runs, List<ChangeQueries.Change> changes) {

    /**
     * A valid certified product, with the commune valid on D it now belongs to.
     *
     * @param set the name of its product set (Decision 148), or null where the file named only the group
     */
    record ProductLine(String district, String commune, String recordedCommune, String set, RatingRow rating) {
    }

    /** A certificate expiring within 6 months after D, or expired within 6 months before it (days negative). */
    record ExpiringLine(String district, String commune, RatingRow rating, long daysLeft) {
    }

    record CommuneLine(String district, String commune, String type, Integer ntmYear, Boolean difficult,
                       Long households, Long poorHouseholds, int validProducts) {
    }

    /** Valid certified products of a product set (or of a group where the set is unknown), by stars. */
    record GroupLine(String groupNumber, String groupName, Integer setNumber, String setName, int[] byStars) {
    }

    /** Recognitions made in a year by stars, and valid certified products at the year's end (or at D). */
    record YearLine(int year, int[] recognisedByStars, int validAtEnd) {
    }

    /** One (district, period) of the completeness matrix. */
    record SubmissionLine(String districtCode, String district, Period period, String status, LocalDate receivedOn,
                          Boolean onTime, int versions, Integer rowsLoaded, Integer rowsRejected, String fileName) {
    }

    /** Per sheet of a submission in force: rows read, loaded, with warnings, rejected; the top rules broken. */
    record QualityLine(String district, Period period, String fileName, String sheet, int read, int loaded,
                       int warning, int rejected, String topRules) {
    }
}
