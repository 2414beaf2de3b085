package vn.backan.ocop.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import vn.backan.ocop.OcopProperties;
import vn.backan.ocop.intake.InputScanner;
import vn.backan.ocop.submission.Period;
import vn.backan.ocop.reference.District;
import vn.backan.ocop.reference.Gazetteer;
import vn.backan.ocop.reference.ReferenceData;
import vn.backan.ocop.template.SubmissionTemplate;
import vn.backan.ocop.warehouse.IssueStore;
import vn.backan.ocop.warehouse.Submission;
import vn.backan.ocop.warehouse.SubmissionRegistry;
import vn.backan.ocop.warehouse.SubmissionSheets;

/** Writes one feedback workbook per submission a run processed, rejected files included. */
@Service
public class FeedbackReport {

    private static final Logger log = LoggerFactory.getLogger(FeedbackReport.class);

    private final SubmissionRegistry registry;
    private final SubmissionSheets sheets;
    private final IssueStore issues;
    private final ReferenceData reference;
    private final int threads;

    FeedbackReport(SubmissionRegistry registry, SubmissionSheets sheets, IssueStore issues, ReferenceData reference,
                   OcopProperties properties) {
        this.registry = registry;
        this.sheets = sheets;
        this.issues = issues;
        this.reference = reference;
        this.threads = properties.feedbackThreads();
    }

    /**
     * Writes the feedback workbooks, each with a copy of the submitted sheets read again from
     * {@code input}, the run's input folder (its job parameter, kept by a restart) that submissions'
     * file paths are relative to. Workbooks are written {@code ocop.feedback-threads} at a time: each reads
     * its own file and writes its own workbook, so their work overlaps on a machine with cores to spare.
     */
    public int writeAll(Path folder, Path input, long runId, Instant now) {
        List<Submission> processed = registry.registeredBy(runId);
        Map<Long, Path> files = fileNames(processed, folder);
        // The largest files first: a file of 200,000 rows started last would keep one thread busy long after the other's
        // queue ran dry.
        Workers.run(threads, "feedback-", processed.stream().sorted(Comparator.comparingLong(Submission::sizeBytes).reversed())
                .<Runnable>map(s -> () -> write(s, files.get(s.id()), input, runId, now)).toList());
        return processed.size();
    }

    private void write(Submission s, Path file, Path input, long runId, Instant now) {
        String district = s.districtCode() == null ? null
                : reference.gazetteer().district(s.districtCode()).map(District::fullName).orElse(s.districtCode());
        // Only the details a workbook lists are read (1,000 per rule), so a file with 100,000 broken
        // rows is reported in bounded memory; the counts per rule come uncapped from the database.
        FeedbackWorkbook workbook = new FeedbackWorkbook(s, district, sheets.counts(s.id()),
                issues.details(s.id(), FeedbackWorkbook.DETAILS_PER_RULE), issues.countsByRule(s.id()), now,
                source(input, s).withHeaders(sheets.headerRows(s.id()).orElse(null)), reference.gazetteer(), runId);
        AtomicFiles.write(file, workbook::write);
        log.info("{}: feedback {}", s.filePath(), file);
    }

    /** Each submission's workbook, named before any is written: a name taken twice gets the submission's id. */
    private Map<Long, Path> fileNames(List<Submission> processed, Path folder) {
        Set<String> inForce = new HashSet<>();
        registry.current().forEach(c -> inForce.add(fileName(c, reference.gazetteer())));
        Set<String> names = new HashSet<>();
        Map<Long, Path> files = new HashMap<>();
        for (Submission s : processed) {
            String name = fileName(s, reference.gazetteer());
            // <district>-<slug>-<period>.xlsx speaks for the version in force: a stale draft that arrives late,
            // or a broken file that changed nothing, is reported beside it, never over it.
            boolean besideTheVersionInForce = !s.current() && inForce.contains(name);
            if (besideTheVersionInForce || !names.add(name)) {
                name = name.replaceFirst("\\.xlsx$", "-" + s.id() + ".xlsx");
                names.add(name);
            }
            files.put(s.id(), folder.resolve(name));
        }
        return files;
    }

    /** The submitted file, if it is still in the input folder as it was read. */
    static FeedbackWorkbook.Source source(Path input, Submission s) {
        if (input == null || s.filePath() == null) {
            return FeedbackWorkbook.Source.none("thư mục nộp của lần chạy không được cho biết");
        }
        Path root = input.toAbsolutePath().normalize();
        Path file = root.resolve(s.filePath()).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            return FeedbackWorkbook.Source.none("tệp không còn trong thư mục nộp");
        }
        if (!InputScanner.sha256(file).equalsIgnoreCase(s.sha256())) {
            // Cells of another version would not match the rows and cells the problems name.
            return FeedbackWorkbook.Source.none("tệp trong thư mục nộp đã bị thay đổi sau khi được đọc");
        }
        return FeedbackWorkbook.Source.of(file);
    }

    /**
     * {@code 066-na-ri-2020.xlsx}, the name of the district's template for that period, so the clerk sees
     * whose it is; a district the gazetteer does not know gives {@code <code>-<period>.xlsx}, and a file of
     * unknown identity is named after itself, made safe.
     */
    static String fileName(Submission s, Gazetteer gazetteer) {
        if (s.districtCode() != null && s.periodCode() != null) {
            Optional<District> district = gazetteer.district(s.districtCode());
            Optional<Period> period = Period.parse(s.periodCode());
            if (district.isPresent() && period.isPresent()) {
                return SubmissionTemplate.fileName(district.get(), period.get());
            }
            return safe(s.districtCode() + "-" + s.periodCode()) + ".xlsx";
        }
        String stem = s.fileName().replaceFirst("\\.[^.]*$", "");
        String safe = safe(stem);
        return "unknown-" + (safe.isEmpty() ? "file" : safe) + ".xlsx";
    }

    /** ASCII letters, digits, dot, dash and underscore only; no leading dot; at most 80 characters. */
    static String safe(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D')
                .replaceAll("[^A-Za-z0-9._-]+", "_")
                .replaceAll("^[._]+", "");
        return ascii.length() > 80 ? ascii.substring(0, 80) : ascii;
    }
}
