package vn.backan.ocop.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

import vn.backan.ocop.intake.Period;
import vn.backan.ocop.reference.District;
import vn.backan.ocop.reference.Gazetteer;
import vn.backan.ocop.reference.ReferenceData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

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
        District district = reference.gazetteer().findDistrict(districtText).orElseThrow(() -> new UsageException(
                "unknown district '" + districtText + "'; give its 3-digit code (058, 060 ... 066) or its name"));
        Period period = Period.parse(periodText).orElseThrow(() -> new UsageException(
                "--period must be a year (2021) or a half year (2021-H1), not '" + periodText + "'"));
        if (period.year() < 2018 || period.endsOn().isAfter(Gazetteer.LAST_DAY)) {
            throw new UsageException("period " + period.code() + " is outside the programme (2018 to " + Gazetteer.LAST_DAY + ")");
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
        } catch (IOException e) {
            err.println("ocop-pipeline: cannot write " + target + ": " + e.getMessage());
            return Cli.FAILED;
        }
        out.println("Template for " + district.fullName() + ", " + period.label() + ": " + target);
        return Cli.OK;
    }

    /** The file asked for; a folder (existing, or given with a trailing separator) gets the default name. */
    static Path target(String output, String defaultName) {
        if (output == null) {
            return DEFAULT_FOLDER.resolve(defaultName);
        }
        Path path = Path.of(output);
        if (Files.isDirectory(path) || output.endsWith("/") || output.endsWith(java.io.File.separator)) {
            return path.resolve(defaultName);
        }
        return path;
    }

    /** Writes to a temporary file beside the target and moves it into place: never a half-written template. */
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

    private static void write(Path target, SubmissionTemplate template, District district, Period period, Prefill prefill)
            throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        // Not createTempFile: its owner-only permissions would stay on the template handed out.
        Path temp = folder.resolve(".writing-" + java.util.UUID.randomUUID() + ".xlsx");
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                template.write(district, period, prefill, Instant.now(), out);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static String required(Options options, String name) throws UsageException {
        String value = options.value(name);
        if (value == null || value.isBlank()) {
            throw new UsageException("template needs " + name);
        }
        return value;
    }
}
