package vn.backan.ocop.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import vn.backan.ocop.OcopProperties;
import vn.backan.ocop.reference.ReferenceData;
import vn.backan.ocop.warehouse.Submission;
import vn.backan.ocop.warehouse.SubmissionRegistry;
import vn.backan.ocop.warehouse.SubmissionSheets;

/** Writes {@code ocop-progress-<as-of>.xlsx} from the warehouse. */
@Service
public class ProgressReport {

    private final ProgressQueries queries;
    private final ChangeQueries changes;
    private final SubmissionRegistry registry;
    private final SubmissionSheets sheets;
    private final ProgressCalculator calculator;
    private final OcopProperties properties;

    ProgressReport(ProgressQueries queries, ChangeQueries changes, SubmissionRegistry registry, SubmissionSheets sheets, ReferenceData reference,
                   OcopProperties properties) {
        this.queries = queries;
        this.changes = changes;
        this.registry = registry;
        this.sheets = sheets;
        this.calculator = new ProgressCalculator(reference.gazetteer(), reference.classification());
        this.properties = properties;
    }

    /** The workbook written and the date it reports on. */
    public record Written(Path file, LocalDate asOf) {
    }

    /** The end of the newest period in force, the default report date; empty while nothing is in force. */
    public Optional<LocalDate> newestPeriodEnd() {
        return queries.newestPeriodEnd();
    }

    /** The report date: the one asked for, else the end of the newest period in force (never simply today). */
    public LocalDate asOf(LocalDate requested) {
        if (requested != null) {
            return requested;
        }
        return queries.newestPeriodEnd().orElse(LocalDate.now(ZoneId.systemDefault()));
    }

    /** Writes the workbook as of {@code requested} (or the default date), listing what the {@code runs} changed. */
    public Written write(Path outputDir, LocalDate requested, Instant now, RunSpan runs) {
        LocalDate asOf = asOf(requested);
        Progress progress = calculator.compute(inputs(asOf, now, runs));
        Path file = outputDir.resolve("ocop-progress-" + asOf + ".xlsx");
        AtomicFiles.write(file, out -> new ProgressWorkbook(progress).write(out));
        return new Written(file, asOf);
    }

    ProgressInputs inputs(LocalDate asOf, Instant now, RunSpan runs) {
        Map<Integer, Integer> validAtYearEnd = new HashMap<>();
        for (int year = 2018; year <= asOf.getYear(); year++) {
            LocalDate end = LocalDate.of(year, 12, 31);
            validAtYearEnd.put(year, queries.validCount(end.isAfter(asOf) ? asOf : end));
        }
        LocalDate programmeStart = LocalDate.of(2018, 1, 1);
        List<Submission> submissions = registry.identified();
        Map<Long, List<SubmissionSheets.Counts>> counts = new HashMap<>();
        Map<Long, Map<String, String>> topRules = new HashMap<>();
        for (Submission s : submissions) {
            counts.put(s.id(), sheets.counts(s.id()));
            if (s.current()) {
                topRules.put(s.id(), queries.topIssuesBySheet(s.id(), 3));
            }
        }
        return new ProgressInputs(asOf, now, queries.newestRatings(asOf), queries.recognitionsByYear(programmeStart, asOf),
                queries.recognisedProducts(programmeStart, asOf), validAtYearEnd, queries.latestIndicators(asOf), queries.earliestIndicators(), queries.supportCounts(asOf),
                queries.supportCountsByDistrict(asOf), submissions, counts, topRules, properties.deadlineDays(),
                runs, changes.of(runs));
    }
}
