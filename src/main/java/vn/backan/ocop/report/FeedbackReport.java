package vn.backan.ocop.report;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import vn.backan.ocop.reference.District;
import vn.backan.ocop.reference.ReferenceData;
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

    FeedbackReport(SubmissionRegistry registry, SubmissionSheets sheets, IssueStore issues, ReferenceData reference) {
        this.registry = registry;
        this.sheets = sheets;
        this.issues = issues;
        this.reference = reference;
    }

    public int writeAll(Path folder, long runId, Instant now) {
        List<Submission> processed = registry.registeredBy(runId);
        Set<String> names = new HashSet<>();
        for (Submission s : processed) {
            String name = fileName(s);
            if (!names.add(name)) {
                name = name.replaceFirst("\\.xlsx$", "-" + s.id() + ".xlsx");
                names.add(name);
            }
            Path file = folder.resolve(name);
            String district = s.districtCode() == null ? null
                    : reference.gazetteer().district(s.districtCode()).map(District::fullName).orElse(s.districtCode());
            FeedbackWorkbook workbook = new FeedbackWorkbook(s, district, sheets.counts(s.id()), issues.of(s.id()), now);
            ProgressReport.writeAtomically(file, workbook::write);
            log.info("{}: feedback {}", s.filePath(), file);
        }
        return processed.size();
    }

    /** {@code <district-code>-<period>.xlsx}; a file of unknown identity is named after itself, made safe. */
    static String fileName(Submission s) {
        if (s.districtCode() != null && s.periodCode() != null) {
            return s.districtCode() + "-" + s.periodCode() + ".xlsx";
        }
        String stem = s.fileName().replaceFirst("\\.[^.]*$", "");
        String safe = java.text.Normalizer.normalize(stem, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D')
                .replaceAll("[^A-Za-z0-9._-]+", "_");
        safe = safe.replaceAll("^[._]+", "");
        if (safe.length() > 80) {
            safe = safe.substring(0, 80);
        }
        return "unknown-" + (safe.isEmpty() ? "file" : safe) + ".xlsx";
    }
}
