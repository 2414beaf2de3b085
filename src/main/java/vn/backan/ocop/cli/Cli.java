package vn.backan.ocop.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import vn.backan.ocop.OcopApplication;
import vn.backan.ocop.job.RunCoordinator;
import vn.backan.ocop.job.RunParameters;
import vn.backan.ocop.warehouse.RunHistory;
import vn.backan.ocop.warehouse.RunLog;

/**
 * The command line. Options are checked before Spring starts, so a typo costs one line of error and
 * the usage, never a stack trace; the run lock is taken before the database is opened.
 */
public final class Cli {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int BUSY = 3;

    static final String USAGE_TEXT = """
            Usage: java -jar ocop-pipeline.jar <command> [options]

            Commands:
              consolidate   read the district workbooks, load the warehouse, write the reports
                            (first completes a run that was interrupted)
              restart       complete the last interrupted run, if any
              status        print the recent runs and the submissions in force
              template      write the blank submission workbook of a district and period:
                            template --district 066 --period 2021 [--output FILE] [--prefill [--db URL]]

            Options:
              --input DIR         folder of district workbooks, read recursively (default: input)
              --output DIR        where reports are written (default: output);
                                  template: the file to write (default: output/template/<name>.xlsx)
              --as-of DATE        report date, yyyy-MM-dd or dd/mm/yyyy (default: end of the newest
                                  reporting period loaded)
              --district CODE     template: district code (058 ... 066) or name
              --period PERIOD     template: 2021 (a year) or 2021-H1 (a half year)
              --db JDBC_URL       warehouse database (default: H2 file database in data/)
              --db-user USER      database user (or environment OCOP_DB_USER)
              --db-password PW    database password (or environment OCOP_DB_PASSWORD)
              --db-schema NAME    PostgreSQL schema of the warehouse (default: ocop)
              --log FILE          log file (default: beside the H2 database, data/ocop.log)
              --dry-run           consolidate: validate and write the feedback workbooks only; the
                                  warehouse and the progress workbook are not touched
              --help              this text; '<command> --help' describes that command

            Exit status: 0 done (even if rows or files were rejected), 1 the run failed,
            2 the command line was wrong, 3 another run is in progress.
            """;

    /** Outside vn.backan.ocop: the log file gets the trace, the console only the one line of stderr. */
    private static final String TRACE = "ocop.failure";

    private Cli() {
    }

    /** The program's entry point (the jar's main class): the exit status is the command's. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String[] args) {
        if (Utf8Relaunch.needed()) {
            try {
                return Utf8Relaunch.run(args);
            } catch (IOException e) {
                System.err.println("ocop-pipeline: cannot start the JVM again with UTF-8 file names (" + e.getMessage()
                        + "); set LC_ALL=C.UTF-8 in the environment");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return FAILED;
            }
        }
        return run(Utf8Relaunch.arguments(args), System.out, System.err);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            Options options = Options.parse(args);
            if (options.command().equals("help") || options.flags().contains("--help")) {
                out.print(Help.of(options.command()));
                return OK;
            }
            return switch (options.command()) {
                case "consolidate" -> consolidate(options, err);
                case "restart" -> restart(options, out, err);
                case "status" -> status(options, out, err);
                case "template" -> TemplateCommand.run(options, out, err);
                default -> throw new UsageException("unknown command '" + options.command() + "'");
            };
        } catch (UsageException e) {
            err.println("ocop-pipeline: " + e.getMessage());
            err.print(e.command() == null ? USAGE_TEXT : Help.of(e.command()));
            return USAGE;
        }
    }

    private static int consolidate(Options options, PrintStream err) throws UsageException {
        Path input = options.path("--input", "input");
        Path output = options.path("--output", "output");
        LocalDate asOf = options.date("--as-of");
        Database database = Database.of(options);
        LogFile logFile = LogFile.of(options, database.url());
        logFile.install();
        if (!Files.isDirectory(input)) {
            err.println("ocop-pipeline: không có thư mục đầu vào " + input.toAbsolutePath().normalize() + " | the input folder "
                    + input.toAbsolutePath().normalize() + " does not exist; check --input");
            return FAILED;
        }
        try {
            Preflight.writableFolder(output);
            Preflight.writableFolder(output.resolve("feedback"));
            database.h2Folder().ifPresent(folder -> {
                try {
                    Preflight.writableFolder(folder);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            return failed(e, database, Failure.Stage.BEFORE_RUN, logFile, err);
        }
        boolean dryRun = options.flags().contains("--dry-run");
        RunParameters parameters = new RunParameters(input, output, LocalDateTime.now(), asOf, dryRun);
        if (dryRun) {
            // A throwaway database: nothing is registered, so tomorrow's real run still sees every file as new.
            // A failed dry run has nothing to restart (its database goes with it): the advice is to run it again.
            try (ScratchDatabase scratch = ScratchDatabase.create();
                 ConfigurableApplicationContext context = start(scratch.database())) {
                return finished(context.getBean(RunCoordinator.class).consolidate(parameters), Failure.Stage.BEFORE_RUN,
                        database, logFile, err);
            } catch (Exception e) {
                return failed(e, database, Failure.Stage.BEFORE_RUN, logFile, err);
            }
        }
        return locked(database, logFile, err, context ->
                finished(context.getBean(RunCoordinator.class).consolidate(parameters), database, logFile, err));
    }

    private static int restart(Options options, PrintStream out, PrintStream err) throws UsageException {
        Database database = Database.of(options).existing();
        LogFile logFile = LogFile.of(options, database.url());
        logFile.install();
        return locked(database, logFile, err, context -> {
            Optional<JobExecution> restarted = context.getBean(RunCoordinator.class).restart();
            if (restarted.isEmpty()) {
                out.println("Nothing to restart: the last run completed.");
                return OK;
            }
            return finished(restarted.get(), database, logFile, err);
        });
    }

    private static int status(Options options, PrintStream out, PrintStream err) throws UsageException {
        Database database = Database.of(options).existing();
        LogFile logFile = LogFile.of(options, database.url());
        logFile.install();
        try (RunLock lock = RunLock.tryAcquire(database.url(), database.user(), database.password())) {
            if (lock == null) {
                return busy(database, err);
            }
            database.checkExists();
            // A look changes nothing: when the schema is current, one plain connection reads it, without
            // Spring; otherwise Spring starts as for a run, and Flyway brings the schema up to date first.
            try (Connection connection = SchemaCheck.open(database)) {
                if (SchemaCheck.current(connection)) {
                    JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
                    RunHistory history = new RunHistory(jdbc);
                    StatusPrinter.print(new RunLog(jdbc).recent(10), history.current(), history.others(20), out);
                    return OK;
                }
            }
            try (ConfigurableApplicationContext context = start(database)) {
                RunHistory history = context.getBean(RunHistory.class);
                StatusPrinter.print(context.getBean(RunLog.class).recent(10), history.current(), history.others(20), out);
                return OK;
            }
        } catch (Exception e) {
            return failed(e, database, Failure.Stage.BEFORE_RUN, logFile, err);
        }
    }

    private static int finished(JobExecution execution, Database database, LogFile logFile, PrintStream err) {
        return finished(execution, Failure.Stage.DURING_RUN, database, logFile, err);
    }

    /** @param failing what a run that did not complete leaves: one to restart, or (a dry run) nothing */
    private static int finished(JobExecution execution, Failure.Stage failing, Database database, LogFile logFile,
                                PrintStream err) {
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            return OK;
        }
        Throwable cause = execution.getAllFailureExceptions().stream().findFirst()
                .orElseGet(() -> new IllegalStateException(execution.getExitStatus().getExitDescription().lines()
                        .findFirst().orElse("ended " + execution.getStatus())));
        return failed(cause, database, failing, logFile, err);
    }

    /** One line on stderr; the trace in the log file. */
    private static int failed(Throwable e, Database database, Failure.Stage stage, LogFile logFile, PrintStream err) {
        Failure failure = Failure.of(e, database.url(), stage);
        LoggerFactory.getLogger(TRACE).error("{} | {}; {}", failure.vietnamese(), failure.english(), failure.advice(), e);
        err.println(failure.line(logFile.path()));
        return FAILED;
    }

    /** What a command does once it holds the lock and Spring is up. */
    private interface Work {
        int run(ConfigurableApplicationContext context) throws Exception;
    }

    private static int locked(Database database, LogFile logFile, PrintStream err, Work work) {
        return locked(database, logFile, err, Failure.Stage.DURING_RUN, work);
    }

    /** @param working what a failure of the work itself means: a run to complete, or a look that changed nothing */
    private static int locked(Database database, LogFile logFile, PrintStream err, Failure.Stage working, Work work) {
        Failure.Stage stage = Failure.Stage.BEFORE_RUN;
        try (RunLock lock = RunLock.tryAcquire(database.url(), database.user(), database.password())) {
            if (lock == null) {
                return busy(database, err);
            }
            database.checkExists();
            int code;
            try (ConfigurableApplicationContext context = start(database)) {
                stage = working;
                code = work.run(context);
            }
            if (working == Failure.Stage.DURING_RUN) {
                H2Compaction.afterRun(database); // the pool is closed, so H2 has closed the file; the lock is still held
            }
            return code;
        } catch (Exception e) {
            return failed(e, database, stage, logFile, err);
        }
    }

    private static int busy(Database database, PrintStream err) {
        err.println("ocop-pipeline: một lần chạy khác đang diễn ra | another run is in progress on " + database.url()
                + "; try again when it ends");
        return BUSY;
    }

    private static TempFolder poiTemp;

    /** One folder for the JVM's life: POI's strategy is static, and tests run several commands in one JVM. */
    private static synchronized void poiTemp() throws IOException {
        if (poiTemp == null) {
            poiTemp = PoiTempFolder.install();
            Runtime.getRuntime().addShutdownHook(new Thread(poiTemp::close));
        }
    }

    /**
     * Passed as Spring command-line properties: they win over application.properties, default properties do not.
     * Flyway starts only when the schema is not current ({@link SchemaCheck}). The connection that looked stays
     * open while Spring starts, so an H2 file is opened once, not twice.
     */
    private static ConfigurableApplicationContext start(Database database) throws IOException, SQLException {
        poiTemp();
        Map<String, Object> settings = new HashMap<>(database.springProperties());
        try (Connection connection = SchemaCheck.open(database)) {
            if (SchemaCheck.current(connection)) {
                settings.put("spring.flyway.enabled", "false");
            }
            return start(settings);
        }
    }

    private static ConfigurableApplicationContext start(Map<String, Object> settings) {
        String[] properties = settings.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new SpringApplicationBuilder(OcopApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run(properties);
    }
}
