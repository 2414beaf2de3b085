package vn.backan.ocop.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import vn.backan.ocop.intake.FileErrors;
import vn.backan.ocop.intake.InputScanner;
import vn.backan.ocop.intake.RowPosition;
import vn.backan.ocop.intake.SourceRow;
import vn.backan.ocop.intake.SubmissionRef;
import vn.backan.ocop.intake.SubmissionRows;
import vn.backan.ocop.intake.excel.WorkbookException;
import vn.backan.ocop.submission.Period;
import vn.backan.ocop.submission.SheetKind;
import vn.backan.ocop.validation.Issue;
import vn.backan.ocop.validation.IssueCode;
import vn.backan.ocop.warehouse.IssueStore;
import vn.backan.ocop.warehouse.Submission;
import vn.backan.ocop.warehouse.SubmissionRegistry;
import vn.backan.ocop.warehouse.SubmissionStatus;

/**
 * Reads the data rows of one submission the run registered (a partition of the stage step). Restartable:
 * the position (submission, sheet, Excel row of the last row handed out) is saved in the step's
 * execution context at each commit, and a restart skips to just after it.
 */
class SubmissionItemReader implements ItemStreamReader<SourceRow> {

    private static final Logger log = LoggerFactory.getLogger(SubmissionItemReader.class);
    private static final String SUBMISSION = "reader.submission";
    private static final String SHEET = "reader.sheet";
    private static final String ROW = "reader.row";

    private final SubmissionRegistry registry;
    private final IssueStore issues;
    private final Path input;
    private final long runId;
    private final long submissionId;
    private List<Submission> submissions;
    private int index;
    private SubmissionRows rows;
    private RowPosition restartAt;
    private int rowsOfSubmission;
    private int otherRowsOfSubmission;
    private final Progress progress = new Progress();

    SubmissionItemReader(SubmissionRegistry registry, IssueStore issues, Path input, long runId, long submissionId) {
        this.registry = registry;
        this.issues = issues;
        this.input = input;
        this.runId = runId;
        this.submissionId = submissionId;
    }

    @Override
    public void open(ExecutionContext context) throws ItemStreamException {
        // Still pending: a file rejected half-way before a restart is not read again.
        submissions = registry.pending(runId).stream().filter(s -> s.id() == submissionId).toList();
        index = 0;
        if (context.containsKey(SUBMISSION)) {
            long resumeId = context.getLong(SUBMISSION);
            // Submissions are read in id order; one rejected half-way is no longer pending, hence "<".
            while (index < submissions.size() && submissions.get(index).id() < resumeId) {
                index++;
            }
            if (context.containsKey(SHEET)) {
                restartAt = new RowPosition(SheetKind.valueOf(context.getString(SHEET)), context.getInt(ROW));
            }
            log.info("Restarting after submission {} {}", resumeId, restartAt == null ? "" : restartAt);
        }
    }

    @Override
    public SourceRow read() {
        while (index < submissions.size()) {
            Submission submission = submissions.get(index);
            try {
                if (rows == null) {
                    openRows(submission);
                }
                SourceRow row = rows == null ? null : rows.next();
                if (row != null) {
                    // Only data rows are staged and counted by status and the workbooks; totals, titles and
                    // signature blocks are read past (the 67 the log said against status's 66).
                    if (row.notData() == null) {
                        rowsOfSubmission++;
                    } else {
                        otherRowsOfSubmission++;
                    }
                    progress.row(submission);
                    return row;
                }
                if (rows != null) {
                    log.info("{}: {} rows read{}", submission.filePath(), rowsOfSubmission, otherRowsOfSubmission == 0 ? ""
                            : ", " + otherRowsOfSubmission + " other rows (totals, titles, signatures) passed over");
                }
            } catch (WorkbookException e) {
                reject(submission, FileErrors.issue(e), FileErrors.technical(e));
            }
            closeRows();
            index++;
        }
        return null;
    }

    private void openRows(Submission submission) throws WorkbookException {
        rowsOfSubmission = 0;
        otherRowsOfSubmission = 0;
        RowPosition skipTo = restartAt;
        restartAt = null;
        Path file = input.resolve(submission.filePath());
        // The file registered is the file loaded: a clerk may overwrite it between discovery and
        // staging, or before a failed run is restarted.
        if (!Files.isRegularFile(file) || !InputScanner.sha256(file).equals(submission.sha256())) {
            reject(submission, Issue.file(IssueCode.FILE_CHANGED_DURING_RUN), "changed or removed since it was registered");
            return;
        }
        rows = SubmissionRows.open(file,
                new SubmissionRef(submission.id(), submission.fileName(), submission.districtCode(), Period.ofCode(submission.periodCode())));
        if (skipTo != null) {
            rows.skipPast(skipTo);
        }
    }

    /**
     * A workbook that breaks half-way (a damaged sheet) or changed since it was registered is rejected
     * as a whole: half a file is not a submission. Rows it already staged are never published.
     */
    private void reject(Submission submission, Issue issue, String why) {
        log.warn("{}: {}; file rejected", submission.filePath(), why);
        issues.add(submission.id(), null, List.of(issue));
        registry.setStatus(submission.id(), SubmissionStatus.REJECTED, Instant.now());
    }

    /**
     * Saves where to resume: the submission in progress and the last row handed out in it, or, between
     * submissions, the next one to start (a finished submission is never read again).
     */
    @Override
    public void update(ExecutionContext context) throws ItemStreamException {
        if (submissions == null) {
            return;
        }
        RowPosition position = rows == null ? null : rows.position();
        long resumeId = index < submissions.size() ? submissions.get(index).id() : Long.MAX_VALUE;
        context.putLong(SUBMISSION, resumeId);
        if (position != null) {
            context.putString(SHEET, position.kind().name());
            context.putInt(ROW, position.rowNumber());
        } else {
            context.remove(SHEET);
            context.remove(ROW);
        }
    }

    /** A line every 15 seconds while a large file is read: rows so far, rows per second. */
    private static final class Progress {

        private static final long EVERY = TimeUnit.SECONDS.toNanos(15);
        private final long started = System.nanoTime();
        private long last = started;
        private long rows;

        void row(Submission submission) {
            rows++;
            long now = System.nanoTime();
            if (now - last >= EVERY) {
                last = now;
                double seconds = (now - started) / 1e9;
                log.info("Reading {}: {} rows, {} rows/s", submission.filePath(), rows, Math.round(rows / seconds));
            }
        }
    }

    @Override
    public void close() throws ItemStreamException {
        closeRows();
    }

    private void closeRows() {
        if (rows != null) {
            rows.close();
            rows = null;
        }
    }
}
