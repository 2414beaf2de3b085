package vn.backan.ocop.job;

import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

import vn.backan.ocop.warehouse.ImportSummary;
import vn.backan.ocop.warehouse.RunLog;

/** Keeps audit_run in step with the job execution, and ends every run with its import summary in the log. */
class RunListener implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(RunListener.class);

    private final RunLog runLog;
    private final ImportSummary summary;

    RunListener(RunLog runLog, ImportSummary summary) {
        this.runLog = runLog;
        this.summary = summary;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        RunParameters run = RunParameters.of(execution.getJobParameters());
        runLog.started(execution.getJobInstance().getInstanceId(), execution.getId(), run.input().toString(),
                run.output().toString(), Instant.now());
    }

    @Override
    public void afterJob(JobExecution execution) {
        long runId = execution.getJobInstance().getInstanceId();
        runLog.finished(runId, execution.getStatus().name(), Instant.now());
        try {
            logSummary(runId, execution.getStatus().name(), summary.of(runId));
        } catch (RuntimeException e) {
            log.warn("Import summary of run {} not available: {}", runId, e.toString());
        }
    }

    /** The counts are those of {@code status} and of the workbooks' row tables: one source, audit_submission_sheet. */
    static void logSummary(long runId, String status, List<ImportSummary.FileCounts> files) {
        log.info("Import summary of run {} ({}): per file read / imported / updated / unchanged / rejected / warnings", runId, status);
        long read = 0;
        long imported = 0;
        long updated = 0;
        long unchanged = 0;
        long rejected = 0;
        long warnings = 0;
        int rejectedFiles = 0;
        for (ImportSummary.FileCounts f : files) {
            log.info("  {} [{}{}]: read {}, imported {}, updated {}, unchanged {}, rejected {}, warnings {}", f.filePath(),
                    f.status(), f.current() ? ", in force" : "", f.read(), f.imported(), f.updated(), f.unchanged(),
                    f.rejected(), f.warnings());
            read += f.read();
            imported += f.imported();
            updated += f.updated();
            unchanged += f.unchanged();
            rejected += f.rejected();
            warnings += f.warnings();
            rejectedFiles += "rejected".equals(f.status()) ? 1 : 0;
        }
        log.info("  Total, {} new files ({} rejected as a whole): read {}, imported {}, updated {}, unchanged {}, rejected {}, "
                + "warnings {}", files.size(), rejectedFiles, read, imported, updated, unchanged, rejected, warnings);
    }
}
