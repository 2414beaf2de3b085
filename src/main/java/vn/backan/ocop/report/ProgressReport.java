package vn.backan.ocop.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;

import vn.backan.ocop.OcopProperties;
import vn.backan.ocop.reference.ReferenceData;
import vn.backan.ocop.submission.Period;
import vn.backan.ocop.submission.Programme;
import vn.backan.ocop.warehouse.Submission;
import vn.backan.ocop.warehouse.SubmissionRegistry;
import vn.backan.ocop.warehouse.SubmissionSheets;
import vn.backan.ocop.warehouse.read.CommuneIndicators;
import vn.backan.ocop.warehouse.read.IssueCounts;
import vn.backan.ocop.warehouse.read.ProgrammeTargets;
import vn.backan.ocop.warehouse.read.Ratings;
import vn.backan.ocop.warehouse.read.Recognitions;
import vn.backan.ocop.warehouse.read.SubmissionsInForce;
import vn.backan.ocop.warehouse.read.SupportCounts;

/** Writes {@code ocop-progress-<as-of>.xlsx} from the warehouse. */
@Service
public class ProgressReport {

    private static final Logger log = LoggerFactory.getLogger(ProgressReport.class);
    /** Where each run's workbook is kept under its own name, below the output folder. */
    static final String HISTORY_DIR = "history";
    /** Runs listed in {@code Lịch sử}: more than a year of nightly runs. */
    private static final int HISTORY_RUNS = 500;

    /** What the workbook reads from the warehouse. */
    record Reads(Ratings ratings, CommuneIndicators indicators, SupportCounts support, SubmissionsInForce inForce,
                 IssueCounts issues, ProgrammeTargets targets) {
    }

    private final Reads reads;
    private final ChangeQueries changes;
    private final SubmissionRegistry registry;
    private final SubmissionSheets sheets;
    private final ProgressCalculator calculator;
    private final OcopProperties properties;
    private final ReportHistory history;
    private final PlatformTransactionManager transactions;

    ProgressReport(Ratings ratings, CommuneIndicators indicators, SupportCounts support, SubmissionsInForce inForce,
                   IssueCounts issues, ProgrammeTargets targets, ChangeQueries changes, SubmissionRegistry registry,
                   SubmissionSheets sheets, ReferenceData reference, OcopProperties properties, ReportHistory history,
                   PlatformTransactionManager transactions) {
        this.history = history;
        this.transactions = transactions;
        this.reads = new Reads(ratings, indicators, support, inForce, issues, targets);
        this.changes = changes;
        this.registry = registry;
        this.sheets = sheets;
        this.calculator = new ProgressCalculator(reference.gazetteer(), reference.classification());
        this.properties = properties;
    }

    /**
     * The workbook as of a date, and whether this run wrote it.
     *
     * @param rewritten false where nothing changed since the workbook there was written, which stays as it was
     */
    public record Written(Path file, LocalDate asOf, boolean rewritten) {
    }

    /** The end of the newest period in force, the default report date; empty while nothing is in force. */
    public Optional<LocalDate> newestPeriodEnd() {
        return reads.inForce().newestPeriodEnd();
    }

    /** The report date: the one asked for, else the end of the newest period in force (never simply today). */
    public LocalDate asOf(LocalDate requested) {
        if (requested != null) {
            return requested;
        }
        return reads.inForce().newestPeriodEnd().orElse(LocalDate.now(ZoneId.systemDefault()));
    }

    /**
     * Writes the workbook as of {@code requested} (or the default date) under the run's own name in
     * {@code history/}, and the same under the stable name {@code ocop-progress-<as-of>.xlsx}; unless the
     * warehouse has not changed since the workbook last written there for that date, which then stays.
     * {@code Thay đổi} lists the changes since that workbook (or, for a new date, since the folder's last
     * workbook; for a folder's first, what the {@code runs} changed).
     */
    public Written write(Path outputDir, LocalDate requested, Instant now, RunSpan runs) {
        LocalDate asOf = asOf(requested);
        long run = runs.last();
        String folder = outputDir.toAbsolutePath().normalize().toString();
        Path stable = outputDir.resolve("ocop-progress-" + asOf + ".xlsx");
        Optional<Long> last = history.lastWritten(asOf, folder);
        if (last.isPresent() && Files.exists(stable) && !history.changed(last.get(), run)) {
            log.info("Nothing changed since run {} wrote the progress workbook as of {}: {} left as it is", last.get(), asOf, stable);
            return new Written(stable, asOf, false);
        }
        long first = last.or(() -> history.lastWrittenBefore(run, folder)).map(r -> r + 1).orElse(runs.first());
        RunSpan span = new RunSpan(Math.min(first, run), run);
        Path kept = outputDir.resolve(HISTORY_DIR).resolve("ocop-progress-" + asOf + "-lan-" + run + ".xlsx");
        String keptName = HISTORY_DIR + "/" + kept.getFileName();
        List<Submission> submissions = registry.identified();
        Period before = periodBefore(ProgressCalculator.currentPeriod(submissions, asOf), submissions);
        // Beside the pass over the date's newest ratings, on the side thread: the pass over every recognition (every
        // date the workbook counts recognitions up to is on or before asOf, and every count of distinct products
        // starts on one of these days), then the dashboard's earlier date, which needs it, then the runs the
        // history sheet lists with their changes (a count of every version by run).
        try (SideReads side = new SideReads(properties.reportThreads(), transactions)) {
            Future<Recognitions> recognitions = side.submit(
                    () -> reads.ratings().recognitions(asOf, List.of(Programme.START, Programme.PHASE_START)));
            Supplier<Recognitions> recognised = () -> SideReads.join(recognitions);
            Future<Progress> previous = side.submit(() -> before == null ? null
                    : calculator.compute(inputs(before.endsOn(), now, null, submissions, recognised)));
            Future<List<ReportHistory.Run>> runsListed = side.submit(() -> history.runs(folder, HISTORY_RUNS));
            // Both calculations stay open while the workbook is written: their long lists live in temporary files.
            Progress progress = null;
            Progress earlier = null;
            try {
                progress = calculator.compute(inputs(asOf, now, span, submissions, recognised));
                earlier = SideReads.join(previous);
                Dashboard dashboard = dashboard(progress, before, earlier, recognised.get());
                Progress shown = progress;
                HistorySheet sheet = new HistorySheet(SideReads.join(runsListed), run, keptName);
                AtomicFiles.write(kept, out -> new ProgressWorkbook(shown, dashboard, sheet).write(out));
            } finally {
                // Where this date's calculation failed, the earlier date's is still waited for, and closed.
                close(progress, earlier != null ? earlier : quietly(previous));
            }
        }
        AtomicFiles.write(stable, out -> Files.copy(kept, out));
        history.written(run, asOf, folder, keptName, now);
        return new Written(stable, asOf, true);
    }

    /**
     * The comparison on the dashboard is the same calculation as of the end of the period before the current one:
     * the newest period loaded that ends before the current one starts, else the year or half before; null without
     * a current period.
     */
    private static Period periodBefore(Period current, List<Submission> submissions) {
        if (current == null) {
            return null;
        }
        TreeSet<Period> loaded = new TreeSet<>();
        submissions.forEach(s -> loaded.add(Period.ofCode(s.periodCode())));
        return loaded.stream().filter(p -> p.endsOn().isBefore(current.startsOn())).max(Period::compareTo)
                .orElse(current.half() == 2 ? new Period(current.year(), 1) : new Period(current.year() - 1, 0));
    }

    /** The read's result, or null where it failed: another failure is being thrown. */
    private static Progress quietly(Future<Progress> read) {
        try {
            return SideReads.join(read);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static void close(Progress... calculations) {
        for (Progress p : calculations) {
            if (p != null) {
                p.close();
            }
        }
    }

    Dashboard dashboard(Progress progress, Period before, Progress previous, Recognitions recognitions) {
        Period current = progress.currentPeriod();
        if (current == null) {
            return new Dashboard(null, null, null, new int[6], new int[6], 0, 0, reads.targets().all());
        }
        LocalDate then = before.endsOn();
        return new Dashboard(current, before, previous, recognised(current, recognitions), recognised(before, recognitions),
                newSincePhaseStart(progress.asOf(), recognitions), newSincePhaseStart(then, recognitions), reads.targets().all());
    }

    /** Distinct products recognised 3 stars and up from the start of the 2021-2025 phase to {@code date}. */
    private static int newSincePhaseStart(LocalDate date, Recognitions recognitions) {
        return recognitions.products(Programme.PHASE_START, date);
    }

    /** Certified recognitions dated within a period, by stars. */
    private static int[] recognised(Period period, Recognitions recognitions) {
        int[] byStars = new int[6];
        recognitions.byYear(period.startsOn(), period.endsOn()).values().forEach(s -> {
            for (int i = Programme.CERTIFIED_STARS; i <= Programme.MAX_STARS; i++) {
                byStars[i] += s[i];
            }
        });
        return byStars;
    }

    /**
     * The inputs as of a date. With {@code runs} null (the dashboard's second date) the figures only
     * the dashboard's own date shows are left out: the change list, the products valid at each year's
     * end and each file's most frequent problems.
     */
    ProgressInputs inputs(LocalDate asOf, Instant now, RunSpan runs, List<Submission> submissions,
                          Supplier<Recognitions> recognitions) {
        boolean comparison = runs == null;
        Map<Integer, LocalDate> yearEnds = new TreeMap<>();
        for (int year = Programme.startYear(); !comparison && year <= asOf.getYear(); year++) {
            LocalDate end = LocalDate.of(year, 12, 31);
            yearEnds.put(year, end.isAfter(asOf) ? asOf : end);
        }
        Supplier<ProgressInputs.Recognised> recognised = () -> {
            Recognitions all = recognitions.get();
            Map<Integer, Integer> validAtYearEnd = new HashMap<>();
            yearEnds.forEach((year, end) -> validAtYearEnd.put(year, all.validOn(end)));
            return new ProgressInputs.Recognised(all.byYear(Programme.START, asOf), all.products(Programme.START, asOf),
                    validAtYearEnd);
        };
        Map<Long, List<SubmissionSheets.Counts>> counts = new HashMap<>();
        Map<Long, Map<String, String>> topRules = new HashMap<>();
        for (Submission s : submissions) {
            counts.put(s.id(), sheets.counts(s.id()));
            if (s.current() && !comparison) {
                topRules.put(s.id(), topRules(s.id()));
            }
        }
        // Streamed while the calculator runs: the ratings valid on the date or expiring within 6 months of it.
        Ratings ratings = reads.ratings();
        ProgressInputs.Ratings newest = each -> ratings.newestOn(asOf, asOf.minusMonths(6), each);
        return new ProgressInputs(asOf, now, newest, recognised, reads.indicators().latest(asOf),
                reads.indicators().earliest(), reads.support().byType(asOf), reads.support().byDistrict(asOf), submissions, counts, topRules, properties.deadlineDays(),
                runs, comparison ? List.of() : changes.of(runs));
    }

    /** Per sheet kind of a submission, its 3 most frequent rules broken: "DATE_INVALID (2), ...". */
    private Map<String, String> topRules(long submissionId) {
        Map<String, String> joined = new LinkedHashMap<>();
        reads.issues().topBySheet(submissionId, 3).forEach((sheet, rules) -> joined.put(sheet,
                String.join(", ", rules.stream().map(r -> "%s (%d)".formatted(r.issueCode(), r.count())).toList())));
        return joined;
    }
}
