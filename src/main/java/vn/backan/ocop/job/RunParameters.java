package vn.backan.ocop.job;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The typed parameters of one consolidation run. The start time identifies the run (each nightly run
 * is a new job instance); a restart reuses the failed run's parameters.
 *
 * @param asOf   the report date, or null for the end of the newest period loaded
 * @param dryRun validate and write feedback only: no publishing, no progress workbook
 */
public record RunParameters(Path input, Path output, LocalDateTime startedAt, LocalDate asOf, boolean dryRun) {

    public RunParameters(Path input, Path output, LocalDateTime startedAt, LocalDate asOf) {
        this(input, output, startedAt, asOf, false);
    }

    static final String INPUT = "input";
    static final String OUTPUT = "output";
    static final String STARTED_AT = "started.at";
    static final String AS_OF = "as.of";
    static final String DRY_RUN = "dry.run";
    /**
     * Not part of a run's identity: the interrupted run this command completed before starting the new
     * one. The new run's progress workbook replaces the one the completed run wrote a moment before,
     * so it lists the changes of both.
     */
    static final String CHANGES_FROM = "changes.from";

    /** These parameters, noting the run whose changes the progress workbook lists together with this run's. */
    JobParameters withChangesFrom(long run) {
        return new JobParametersBuilder(toJobParameters()).addLong(CHANGES_FROM, run, false).toJobParameters();
    }

    public JobParameters toJobParameters() {
        JobParametersBuilder builder = new JobParametersBuilder()
                .addString(INPUT, input.toAbsolutePath().normalize().toString())
                .addString(OUTPUT, output.toAbsolutePath().normalize().toString())
                .addLocalDateTime(STARTED_AT, startedAt);
        if (asOf != null) {
            builder.addLocalDate(AS_OF, asOf);
        }
        if (dryRun) {
            builder.addString(DRY_RUN, "true");
        }
        return builder.toJobParameters();
    }

    public static RunParameters of(JobParameters parameters) {
        return new RunParameters(Path.of(parameters.getString(INPUT)), Path.of(parameters.getString(OUTPUT)),
                parameters.getLocalDateTime(STARTED_AT), parameters.getLocalDate(AS_OF),
                "true".equals(parameters.getString(DRY_RUN)));
    }
}
