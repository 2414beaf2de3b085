package vn.backan.ocop.job;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * Starts, completes and restarts consolidation runs. Called with the run lock held, so any execution
 * still marked running belongs to a process that died: it is recovered (marked failed) first, then
 * restarted from where it stopped.
 */
@Component
public class RunCoordinator {

    private static final Logger log = LoggerFactory.getLogger(RunCoordinator.class);

    private final JobOperator operator;
    private final JobRepository repository;
    private final Job consolidateJob;

    RunCoordinator(JobOperator operator, JobRepository repository, Job consolidateJob) {
        this.operator = operator;
        this.repository = repository;
        this.consolidateJob = consolidateJob;
    }

    /**
     * Tonight's run: first completes an interrupted run (its files were registered; leaving them half
     * staged is not an option), then starts a new run over the input folder.
     *
     * @return the new run's execution, or the failed restart's if completing the old run failed
     */
    public JobExecution consolidate(RunParameters parameters) throws Exception {
        Optional<JobExecution> interrupted = interrupted();
        if (interrupted.isPresent()) {
            JobExecution completed = restart(interrupted.get());
            if (completed.getStatus() != BatchStatus.COMPLETED) {
                return completed;
            }
            return operator.start(consolidateJob, parameters.withChangesFrom(completed.getJobInstance().getInstanceId()));
        }
        return operator.start(consolidateJob, parameters.toJobParameters());
    }

    /** Restarts the last interrupted run, if there is one. */
    public Optional<JobExecution> restart() throws Exception {
        Optional<JobExecution> interrupted = interrupted();
        if (interrupted.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(restart(interrupted.get()));
    }

    private JobExecution restart(JobExecution execution) throws Exception {
        log.info("Completing the interrupted run {} started {} ({})", execution.getJobInstance().getInstanceId(),
                execution.getStartTime(), execution.getStatus());
        return operator.restart(execution);
    }

    /** The newest run's last execution, when it did not complete; executions left "running" by a dead process are recovered. */
    Optional<JobExecution> interrupted() {
        for (JobExecution stale : repository.findRunningJobExecutions(ConsolidateJobConfig.JOB)) {
            log.warn("Run {} was left {} by a process that stopped; recovering it", stale.getJobInstance().getInstanceId(),
                    stale.getStatus());
            operator.recover(stale);
        }
        JobInstance last = repository.getLastJobInstance(ConsolidateJobConfig.JOB);
        if (last == null) {
            return Optional.empty();
        }
        List<JobExecution> executions = repository.getJobExecutions(last);
        return executions.stream().max(Comparator.comparingLong(JobExecution::getId))
                .map(e -> repository.getJobExecution(e.getId()))
                .map(this::settleUnknown)
                .filter(e -> e.getStatus() == BatchStatus.FAILED || e.getStatus() == BatchStatus.STOPPED);
    }

    /**
     * Spring Batch marks a step UNKNOWN when saving its own metadata fails after a failure (the database
     * ran out of memory and closed, the disk filled up), and refuses to restart such a step, as it cannot
     * tell whether the step's work was committed. Here it can: every step commits its work in the same
     * transaction as its metadata (a chunk with the reader's position, a tasklet with its step
     * execution), so what the database holds is a whole transaction or none, and every step run again
     * from there ends the same. Such an execution is marked failed, to be restarted like any other.
     */
    private JobExecution settleUnknown(JobExecution execution) {
        boolean unknown = execution.getStatus() == BatchStatus.UNKNOWN
                || execution.getStepExecutions().stream().anyMatch(step -> step.getStatus() == BatchStatus.UNKNOWN);
        if (!unknown) {
            return execution;
        }
        // The step whose end could not be saved may still read STARTED: it is no more running than the run.
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStatus() == BatchStatus.UNKNOWN || step.getStatus().isRunning()) {
                log.warn("Step {} of run {} ended in an unknown state (its metadata could not be saved); marking it failed",
                        step.getStepName(), execution.getJobInstance().getInstanceId());
                step.setStatus(BatchStatus.FAILED);
                step.setExitStatus(ExitStatus.FAILED.addExitDescription("marked failed after an unknown end, to be restarted"));
                if (step.getEndTime() == null) {
                    step.setEndTime(LocalDateTime.now());
                }
                repository.update(step);
            }
        }
        if (execution.getStatus() == BatchStatus.UNKNOWN || execution.getStatus().isRunning()) {
            execution.setStatus(BatchStatus.FAILED);
            execution.setExitStatus(ExitStatus.FAILED.addExitDescription("marked failed after an unknown end, to be restarted"));
            if (execution.getEndTime() == null) {
                execution.setEndTime(LocalDateTime.now());
            }
            repository.update(execution);
        }
        return repository.getJobExecution(execution.getId());
    }
}
