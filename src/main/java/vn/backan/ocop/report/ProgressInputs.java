package vn.backan.ocop.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import vn.backan.ocop.warehouse.Submission;
import vn.backan.ocop.warehouse.SubmissionSheets;
import vn.backan.ocop.warehouse.read.IndicatorRow;
import vn.backan.ocop.warehouse.read.RatingRow;

/**
 * What the warehouse holds that the progress workbook needs, read once per report.
 *
 * @param newest             each product's newest rating on or before the report date (at least those valid on it
 *                           or expiring within 6 months of it), streamed: a country's do not fit in memory
 * @param recognised         the figures counted from every recognition, asked for once the ratings have passed:
 *                           they may still be being counted beside the pass ({@link ProgressReport})
 * @param topRules           per submission in force, per sheet kind: its most frequent rules broken
 * @param runs               the runs whose changes the workbook lists; null for the dashboard's second date
 */
record ProgressInputs(LocalDate asOf, Instant generatedAt, Ratings newest, Supplier<Recognised> recognised,
                      List<IndicatorRow> latestIndicators,
                      List<IndicatorRow> earliestIndicators, Map<String, Integer> support,
                      Map<String, Map<String, Integer>> supportByDistrict, List<Submission> submissions,
                      Map<Long, List<SubmissionSheets.Counts>> counts, Map<Long, Map<String, String>> topRules, int deadlineDays,
                      RunSpan runs, List<ChangeQueries.Change> changes) {

    /**
     * Inputs of the dashboard's second date: the dashboard counts its products but never lists them, so
     * the calculator leaves its product and expiring lists empty (sorting a country's products for nothing
     * took seconds).
     */
    boolean comparison() {
        return runs == null;
    }

    /**
     * @param byYear         year → certified recognitions of that year by stars (index 3-5), up to the report date
     * @param products       distinct products recognised 3 stars and up from 2018 to the report date
     * @param validAtYearEnd year → valid certified products at its end (or at the report date in its year)
     */
    record Recognised(Map<Integer, int[]> byYear, int products, Map<Integer, Integer> validAtYearEnd) {
    }

    /** Ratings read one at a time, from a database cursor or a list. */
    @FunctionalInterface
    interface Ratings {
        void forEach(Consumer<RatingRow> each);
    }
}
