package vn.backan.ocop.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import vn.backan.ocop.warehouse.Submission;
import vn.backan.ocop.warehouse.SubmissionSheets;

/**
 * What the warehouse holds that the progress workbook needs, read once per report.
 *
 * @param topRules per submission in force, per sheet kind: its most frequent rules broken
 */
record ProgressInputs(LocalDate asOf, Instant generatedAt, List<RatingRow> newest, List<RatingRow> recognitions,
                      Map<Integer, List<RatingRow>> newestAtYearEnd, List<IndicatorRow> latestIndicators,
                      List<IndicatorRow> earliestIndicators, Map<String, Integer> support,
                      Map<String, Map<String, Integer>> supportByDistrict, List<Submission> submissions,
                      Map<Long, List<SubmissionSheets.Counts>> counts, Map<Long, Map<String, String>> topRules, int deadlineDays,
                      long runId, List<ChangeQueries.Change> changes) {
}
