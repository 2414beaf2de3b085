package vn.backan.ocop.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.backan.ocop.OcopApplication;
import vn.backan.ocop.job.ConsolidateRunner;
import vn.backan.ocop.job.RunParameters;

/**
 * The command line. Options are checked before Spring starts, so a typo costs one line of error and
 * the usage, never a stack trace.
 */
public final class Cli {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    static final String USAGE_TEXT = """
            Usage: java -jar ocop-pipeline.jar <command> [options]

            Commands:
              consolidate   read the district workbooks, load the warehouse, write the reports

            Options of consolidate:
              --input DIR         folder of district workbooks, read recursively (default: input)
              --output DIR        where reports are written (default: output)
              --as-of yyyy-MM-dd  report date (default: end of the newest reporting period loaded)
              --db JDBC_URL       warehouse database (default: H2 file database in data/)
              --db-user USER      database user (or environment OCOP_DB_USER)
              --db-password PW    database password (or environment OCOP_DB_PASSWORD)
              --help              this text

            Exit status: 0 the run completed (even if rows or files were rejected), 1 the run failed,
            2 the command line was wrong.
            """;

    private Cli() {
    }

    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args);
            if (options.command().equals("help") || options.flags().contains("--help")) {
                out.print(USAGE_TEXT);
                return OK;
            }
            return consolidate(options, err);
        } catch (UsageException e) {
            err.println("ocop-pipeline: " + e.getMessage());
            err.print(USAGE_TEXT);
            return USAGE;
        }
    }

    private static int consolidate(Options options, PrintStream err) throws UsageException {
        Path input = options.path("--input", "input");
        Path output = options.path("--output", "output");
        LocalDate asOf = options.date("--as-of");
        if (!Files.isDirectory(input)) {
            throw new UsageException("input folder " + input + " does not exist");
        }
        try (ConfigurableApplicationContext context = start(options, input, output)) {
            JobExecution execution = context.getBean(ConsolidateRunner.class)
                    .run(new RunParameters(input, output, LocalDateTime.now(), asOf));
            if (execution.getStatus() == BatchStatus.COMPLETED) {
                return OK;
            }
            err.println("ocop-pipeline: the run ended " + execution.getStatus() + ": "
                    + execution.getExitStatus().getExitDescription().lines().findFirst().orElse(""));
            return FAILED;
        } catch (Exception e) {
            err.println("ocop-pipeline: the run failed: " + rootMessage(e));
            return FAILED;
        }
    }

    private static ConfigurableApplicationContext start(Options options, Path input, Path output) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("ocop.input", input.toString());
        properties.put("ocop.output", output.toString());
        if (options.value("--db") != null) {
            properties.put("spring.datasource.url", options.value("--db"));
        }
        String user = options.value("--db-user") != null ? options.value("--db-user") : System.getenv("OCOP_DB_USER");
        String password = options.value("--db-password") != null ? options.value("--db-password") : System.getenv("OCOP_DB_PASSWORD");
        if (user != null) {
            properties.put("spring.datasource.username", user);
        }
        if (password != null) {
            properties.put("spring.datasource.password", password);
        }
        return new SpringApplicationBuilder(OcopApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties(properties)
                .run();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
