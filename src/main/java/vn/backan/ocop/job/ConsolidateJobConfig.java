package vn.backan.ocop.job;

import java.time.Instant;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.FlowExecutionStatus;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import vn.backan.ocop.OcopProperties;
import vn.backan.ocop.intake.SourceRow;
import vn.backan.ocop.reference.ReferenceData;
import vn.backan.ocop.sheet.Sheets;
import vn.backan.ocop.report.FeedbackReport;
import vn.backan.ocop.report.ProgressReport;
import vn.backan.ocop.report.WorkbookWarmUp;
import vn.backan.ocop.validation.StagedRow;
import vn.backan.ocop.warehouse.ImportSummary;
import vn.backan.ocop.warehouse.IssueStore;
import vn.backan.ocop.warehouse.Publisher;
import vn.backan.ocop.warehouse.ReferenceTables;
import vn.backan.ocop.warehouse.RunLog;
import vn.backan.ocop.warehouse.StagingRetention;
import vn.backan.ocop.warehouse.StagingWriter;
import vn.backan.ocop.warehouse.SubmissionIntake;
import vn.backan.ocop.warehouse.SubmissionRegistry;
import vn.backan.ocop.warehouse.SubmissionReview;

/**
 * The nightly {@code consolidate} job: reference → discover → stage → review → publish → report → feedback;
 * a dry run goes from review straight to feedback.
 * Every step's writes share the job repository's transaction manager, so a chunk's rows and the
 * reader's saved position commit together.
 */
@Configuration
class ConsolidateJobConfig {

    static final String JOB = "consolidate";
    private static final Logger log = LoggerFactory.getLogger(ConsolidateJobConfig.class);

    private final JobRepository repository;
    private final PlatformTransactionManager transactions;

    ConsolidateJobConfig(JobRepository repository, PlatformTransactionManager transactions) {
        this.repository = repository;
        this.transactions = transactions;
    }

    @Bean
    Job consolidateJob(Step referenceStep, Step discoverStep, Step stageStep, Step reviewStep, Step publishStep,
                       Step reportStep, Step feedbackStep, RunLog runLog, ImportSummary summary) {
        JobExecutionDecider dryRun = (execution, step) ->
                new FlowExecutionStatus(RunParameters.of(execution.getJobParameters()).dryRun() ? "DRY_RUN" : "PUBLISH");
        return new JobBuilder(JOB, repository)
                .listener(new RunListener(runLog, summary))
                .start(referenceStep)
                .next(discoverStep)
                .next(stageStep)
                .next(reviewStep)
                .next(dryRun)
                .on("DRY_RUN").to(feedbackStep)
                .from(dryRun).on("PUBLISH").to(publishStep).next(reportStep).next(feedbackStep)
                .end()
                .build();
    }

    @Bean
    Step referenceStep(ReferenceTables tables, ReferenceData reference) {
        return new StepBuilder("reference", repository).tasklet((contribution, chunk) -> {
            if (tables.sync(reference, Instant.now())) {
                log.info("Reference tables loaded: {}", reference.gazetteer());
            }
            return RepeatStatus.FINISHED;
        }, transactions).allowStartIfComplete(true).build();
    }

    @Bean
    Step discoverStep(SubmissionIntake intake, RunLog runLog) {
        return new StepBuilder("discover", repository).tasklet((contribution, chunk) -> {
            RunParameters run = RunId.parameters(chunk);
            long runId = RunId.of(chunk);
            SubmissionIntake.Tally tally = intake.discover(run.input(), runId, Instant.now());
            runLog.discovered(runId, tally);
            log.info("Found {} files in {}: {} new, {} already loaded, {} left alone, {} rejected as files",
                    tally.found(), run.input(), tally.fresh(), tally.unchanged(), tally.ignored(), tally.rejected());
            return RepeatStatus.FINISHED;
        }, transactions).build();
    }

    /**
     * Workbooks are staged in parallel, one partition each, on {@code ocop.stage-threads} threads: reading
     * and validating (CPU) overlaps with the other file's inserts and commits.
     */
    @Bean
    Step stageStep(Step stageFileStep, StagePartitioner stagePartitioner, OcopProperties properties) {
        TaskExecutor threads = new SyncTaskExecutor();
        if (properties.stageThreads() > 1) {
            SimpleAsyncTaskExecutor pool = new SimpleAsyncTaskExecutor("stage-");
            pool.setConcurrencyLimit(properties.stageThreads());
            threads = pool;
        }
        return new StepBuilder("stage", repository)
                .partitioner("stage-file", stagePartitioner)
                .step(stageFileStep)
                .taskExecutor(threads)
                .build();
    }

    @Bean
    Step stageFileStep(SubmissionItemReader submissionReader, Sheets sheets, ReferenceData reference, StagingWriter staging,
                       OcopProperties properties) {
        return new StepBuilder("stage-file", repository).<SourceRow, StagedRow>chunk(properties.chunkSize())
                .transactionManager(transactions)
                .reader(submissionReader)
                .processor(new RowProcessor(sheets, reference))
                .writer(chunk -> staging.write(chunk.getItems()))
                .build();
    }

    /** Step-scoped: the run is the manager step's. The concrete type, as for every step-scoped bean. */
    @Bean
    @StepScope
    StagePartitioner stagePartitioner(SubmissionRegistry registry, @Value("#{stepExecution}") StepExecution step) {
        return new StagePartitioner(registry, RunId.of(step));
    }

    /** Step-scoped so that each partition reads its own submission; the concrete type, or open() is never called. */
    @Bean
    @StepScope
    SubmissionItemReader submissionReader(SubmissionRegistry registry, IssueStore issues,
                                          @Value("#{stepExecution}") StepExecution step) {
        return new SubmissionItemReader(registry, issues, RunParameters.of(step.getJobParameters()).input(), RunId.of(step),
                step.getExecutionContext().getLong(StagePartitioner.SUBMISSION));
    }

    @Bean
    Step reviewStep(SubmissionReview review) {
        return new StepBuilder("review", repository).tasklet((contribution, chunk) -> {
            Set<String> districts = review.review(RunId.of(chunk), Instant.now());
            if (!districts.isEmpty()) {
                // Workbooks will be written once publishing, on one core, is done: meanwhile the other core prepares
                // the writer (started earlier, it slowed the stage step of a corrected file by as much as it saved).
                WorkbookWarmUp.start();
            }
            chunk.getStepContext().getStepExecution().getJobExecution().getExecutionContext()
                    .putString("districts", String.join(",", districts));
            return RepeatStatus.FINISHED;
        }, transactions).build();
    }

    @Bean
    Step publishStep(Publisher publisher, StagingRetention retention, OcopProperties properties) {
        return new StepBuilder("publish", repository).tasklet((contribution, chunk) -> {
            String districts = chunk.getStepContext().getStepExecution().getJobExecution().getExecutionContext()
                    .getString("districts", "");
            publisher.publish(RunId.of(chunk), districts.isEmpty() ? Set.of() : Set.of(districts.split(",")), Instant.now());
            retention.purge(properties.supersededRowsKept(), Instant.now());
            return RepeatStatus.FINISHED;
        }, transactions).listener(new StepExecutionListener() {
            @Override
            public ExitStatus afterStep(StepExecution step) {
                // After the step's transaction, committed or rolled back: see Publisher.clearWork.
                try {
                    publisher.clearWork();
                } catch (RuntimeException e) {
                    log.warn("Publish work tables not emptied (the next run empties them): {}", e.toString());
                }
                return null;
            }
        }).build();
    }

    @Bean
    Step reportStep(ProgressReport report, RunLog runLog) {
        return new StepBuilder("report", repository).tasklet((contribution, chunk) -> {
            RunParameters run = RunId.parameters(chunk);
            if (run.asOf() == null && report.newestPeriodEnd().isEmpty()) {
                // Its date would be the end of the newest period loaded; with none, a workbook dated today would
                // pass for figures as of today.
                log.info("No submission in force yet: no progress workbook (give --as-of for an empty one)");
                runLog.reported(RunId.of(chunk), null, Instant.now());
                return RepeatStatus.FINISHED;
            }
            ProgressReport.Written written = report.write(run.output(), run.asOf(), Instant.now(), RunId.changes(chunk));
            runLog.reported(RunId.of(chunk), written.asOf(), Instant.now());
            log.info("Progress workbook as of {}: {}", written.asOf(), written.file());
            return RepeatStatus.FINISHED;
        }, transactions).allowStartIfComplete(true).build();
    }

    @Bean
    Step feedbackStep(FeedbackReport feedback, RunLog runLog) {
        return new StepBuilder("feedback", repository).tasklet((contribution, chunk) -> {
            RunParameters run = RunId.parameters(chunk);
            int written = feedback.writeAll(run.output().resolve("feedback"), run.input(), RunId.of(chunk), Instant.now());
            runLog.feedbackWritten(RunId.of(chunk), Instant.now());
            log.info("{} feedback workbooks written to {}", written, run.output().resolve("feedback"));
            return RepeatStatus.FINISHED;
        }, transactions).build();
    }
}
