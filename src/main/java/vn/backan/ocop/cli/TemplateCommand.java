package vn.backan.ocop.cli;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import vn.backan.ocop.reference.District;
import vn.backan.ocop.reference.Gazetteer;
import vn.backan.ocop.reference.ReferenceData;
import vn.backan.ocop.report.AtomicFiles;
import vn.backan.ocop.submission.Period;
import vn.backan.ocop.template.Prefill;
import vn.backan.ocop.template.PreviousPeriod;
import vn.backan.ocop.template.SubmissionTemplate;

/**
 * {@code template --district 066 --period 2021 [--output FILE] [--prefill]}: writes the submission
 * workbook. Blank, it needs only the reference data, so neither Spring nor the database is started;
 * with {@code --prefill} it reads the previous period's rows in force from the warehouse over one
 * plain JDBC connection, without Flyway or the run lock (it only reads).
 */
final class TemplateCommand {

    static final Path DEFAULT_FOLDER = Path.of("output", "template");

    private TemplateCommand() {
    }

    static int run(Options options, PrintStream out, PrintStream err) throws UsageException {
        String districtText = required(options, "--district");
        String periodText = required(options, "--period");
        ReferenceData reference = ReferenceData.load();
        District district = reference.gazetteer().findDistrict(districtText).orElseThrow(() -> new UsageException("template",
                "unknown district '" + districtText + "'; give its 3-digit code (058, 060 ... 066) or its name"));
        // Strict here: Period.parse reads the periods clerks write in file names and titles, and would take
        // the year out of '2021-Q3' or '2021-13'.
        if (!periodText.strip().matches("(?i)\\d{4}(-H[12])?")) {
            throw new UsageException("template", "--period must be a year (2021) or a half year (2021-H1, 2021-H2), not '"
                    + periodText + "'");
        }
        Period period = Period.ofCode(periodText.strip().toUpperCase(Locale.ROOT));
        if (period.year() < 2018 || period.endsOn().isAfter(Gazetteer.LAST_DAY)) {
            throw new UsageException("template", "period " + period.code() + " is outside the programme (2018 to " + Gazetteer.LAST_DAY + ")");
        }
        Path target = target(options.value("--output"), SubmissionTemplate.fileName(district, period));
        Prefill prefill = Prefill.NONE;
        if (options.flags().contains("--prefill")) {
            try {
                prefill = prefill(Database.of(options).existing(), reference, district, period);
            } catch (RuntimeException e) {
                err.println("ocop-pipeline: cannot read the warehouse for --prefill: " + e.getMessage());
                return Cli.FAILED;
            }
            if (prefill.fromPeriod() == null) {
                out.println("No earlier period of " + district.fullName() + " in force in the warehouse: the template is blank.");
            } else {
                out.println("Prefilled from " + prefill.fromPeriod() + " (" + prefill.fromFile() + "): " + prefill.products().size()
                        + " products, " + prefill.entities().size() + " entities, " + prefill.communes().size() + " communes.");
            }
        }
        try {
            write(target, new SubmissionTemplate(reference), district, period, prefill);
        } catch (UncheckedIOException e) {
            err.println("ocop-pipeline: không ghi được " + target + " | cannot write " + target + ": " + e.getCause());
            return Cli.FAILED;
        }
        out.println("Template for " + district.fullName() + ", " + period.label() + ": " + target);
        return Cli.OK;
    }

    /**
     * The file asked for when it is named as a workbook ({@code .xlsx}); anything else is a folder
     * (created if missing) that gets the default name: never a workbook without an extension.
     */
    static Path target(String output, String defaultName) {
        if (output == null) {
            return DEFAULT_FOLDER.resolve(defaultName);
        }
        Path path = Path.of(output);
        Path name = path.getFileName();
        if (Files.isDirectory(path) || name == null || !name.toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            return path.resolve(defaultName);
        }
        return path;
    }

    /** Reads the version in force of the period before, through one plain connection: no Spring, no lock, nothing written. */
    private static Prefill prefill(Database database, ReferenceData reference, District district, Period period) {
        SingleConnectionDataSource source = new SingleConnectionDataSource(database.url(), database.user(), database.password(), true);
        try {
            JdbcTemplate jdbc = new JdbcTemplate(source);
            if (database.postgres()) {
                jdbc.queryForObject("select set_config('search_path', ?, false)", String.class, database.schema());
            }
            return new PreviousPeriod(jdbc, reference).of(district, period);
        } finally {
            source.destroy();
        }
    }

    private static void write(Path target, SubmissionTemplate template, District district, Period period, Prefill prefill) {
        AtomicFiles.write(target, out -> template.write(district, period, prefill, Instant.now(), out));
    }

    private static String required(Options options, String name) throws UsageException {
        String value = options.value(name);
        if (value == null || value.isBlank()) {
            throw new UsageException("template", "template needs " + name);
        }
        return value;
    }
}
