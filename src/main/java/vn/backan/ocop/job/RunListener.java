package vn.backan.ocop.job;

import java.time.Instant;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

import vn.backan.ocop.warehouse.RunLog;

/** Keeps audit_run in step with the job execution. */
class RunListener implements JobExecutionListener {

    private final RunLog runLog;

    RunListener(RunLog runLog) {
        this.runLog = runLog;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        RunParameters run = RunParameters.of(execution.getJobParameters());
        runLog.started(execution.getJobInstance().getInstanceId(), execution.getId(), run.input().toString(),
                run.output().toString(), Instant.now());
    }

    @Override
    public void afterJob(JobExecution execution) {
        runLog.finished(execution.getJobInstance().getInstanceId(), execution.getStatus().name(), Instant.now());
    }
}
