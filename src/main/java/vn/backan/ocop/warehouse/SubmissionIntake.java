package vn.backan.ocop.warehouse;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import vn.backan.ocop.intake.InputFile;
import vn.backan.ocop.intake.InputScanner;
import vn.backan.ocop.intake.Inspection;
import vn.backan.ocop.submission.SheetKind;
import vn.backan.ocop.intake.SheetPlan;
import vn.backan.ocop.intake.WorkbookInspector;
import vn.backan.ocop.validation.Issue;
import vn.backan.ocop.validation.Messages;

/**
 * Registers what arrived: every file of the input folder is either left alone (not a workbook), already
 * known (same SHA-256: nothing to do), or a new submission, inspected and registered as pending or as
 * rejected with its file error.
 */
@Service
public class SubmissionIntake {

    private static final Logger log = LoggerFactory.getLogger(SubmissionIntake.class);

    private final SubmissionRegistry registry;
    private final SubmissionSheets sheets;
    private final IssueStore issues;
    private final WorkbookInspector inspector;

    public SubmissionIntake(SubmissionRegistry registry, SubmissionSheets sheets, IssueStore issues, WorkbookInspector inspector) {
        this.registry = registry;
        this.sheets = sheets;
        this.issues = issues;
        this.inspector = inspector;
    }

    /** What discovery did with the files of one run. */
    public record Tally(int found, int fresh, int unchanged, int ignored, int rejected) {
    }

    public Tally discover(Path input, long runId, Instant now) {
        int fresh = 0;
        int unchanged = 0;
        int ignored = 0;
        int rejected = 0;
        List<InputFile> files = InputScanner.scan(input);
        for (InputFile file : files) {
            if (!file.candidate()) {
                log.info("{}: not a workbook (.xlsx, .xlsm, .xls), left alone", file.relative());
                registry.recordFile(runId, file.relative(), null, null, "ignored", now);
                ignored++;
                continue;
            }
            if (!InputScanner.nameReadable(file.path())) {
                log.warn("{}: the file name is not in UTF-8 (written in another encoding) and cannot be opened by name; "
                        + "left alone: rename the file (e.g. on the district's computer) and it will be read", file.relative());
                registry.recordFile(runId, file.relative(), null, null, "ignored", now);
                ignored++;
                continue;
            }
            String sha = InputScanner.sha256(file.path());
            Optional<Submission> known = registry.findBySha(sha);
            if (known.isPresent()) {
                Submission s = known.get();
                log.info("{}: {}, nothing to do", file.relative(), sameContent(s, runId));
                registry.recordFile(runId, file.relative(), sha, s.id(), "unchanged", now);
                unchanged++;
                continue;
            }
            if (register(file, sha, runId, now).status() == SubmissionStatus.REJECTED) {
                rejected++;
            }
            fresh++;
        }
        return new Tally(files.size(), fresh, unchanged, ignored, rejected);
    }

    /** Why a file is not read again: same bytes as a submission of this run or an earlier one, in force or not. */
    private static String sameContent(Submission s, long runId) {
        String as = s.runId() == runId ? "the same content as " + s.filePath() + " (submission " + s.id() + ") of this run"
                : "already received as submission " + s.id() + " (" + s.filePath() + ")";
        if (s.status() == SubmissionStatus.REJECTED) {
            return as + ", rejected";
        }
        if (s.status() == SubmissionStatus.PENDING) {
            return as;
        }
        return as + ", " + s.districtCode() + " " + s.periodCode() + ", " + s.status().code() + (s.current() ? ", in force" : ", superseded");
    }

    private Submission register(InputFile file, String sha, long runId, Instant now) {
        Inspection inspection = inspector.inspect(file.path());
        SubmissionStatus status = inspection.rejected() ? SubmissionStatus.REJECTED : SubmissionStatus.PENDING;
        var cover = inspection.cover();
        var identity = inspection.identity();
        long id = registry.register(new NewSubmission(sha, file.path().getFileName().toString(), file.relative(), file.size(),
                file.modified(), identity == null ? null : identity.district().code(),
                identity == null ? null : identity.period().code(), identity == null ? null : identity.period().endsOn(),
                cover.preparedOn(), cover.preparer(), cover.phone(), cover.email(),
                inspection.format() == null ? null : inspection.format().name(), status), runId, now);
        registry.recordFile(runId, file.relative(), sha, id, "new", now);
        Map<SheetKind, SheetPlan> plans = inspection.plans();
        plans.values().forEach(plan -> {
            Map<String, Integer> columns = new LinkedHashMap<>();
            Integer headerFirstRow = null;
            Integer headerRow = null;
            if (plan.header() != null) {
                plan.header().columns().forEach((index, column) -> columns.put(column.name(), index));
                headerFirstRow = plan.header().firstRow();
                headerRow = plan.header().lastRow();
            }
            sheets.recordLayout(id, plan.kind().name(), plan.sheet().name(), headerFirstRow, headerRow, columns);
        });
        issues.add(id, null, inspection.issues());
        for (Issue issue : inspection.issues()) {
            log.info("{}: {}", file.relative(), Messages.english().logLine(file.path().getFileName().toString(), issue));
        }
        log.info("{}: registered as submission {} ({} {}), {}", file.relative(), id,
                identity == null ? "?" : identity.district().code(), identity == null ? "?" : identity.period().code(), status.code());
        return registry.get(id);
    }

}
