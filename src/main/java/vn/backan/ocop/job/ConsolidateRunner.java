package vn.backan.ocop.job;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Component;

/** Starts a consolidation run; the command line's entry into Spring Batch. */
@Component
public class ConsolidateRunner {

    private final JobOperator operator;
    private final Job consolidateJob;

    ConsolidateRunner(JobOperator operator, Job consolidateJob) {
        this.operator = operator;
        this.consolidateJob = consolidateJob;
    }

    public JobExecution run(RunParameters parameters) throws Exception {
        return operator.start(consolidateJob, parameters.toJobParameters());
    }
}
