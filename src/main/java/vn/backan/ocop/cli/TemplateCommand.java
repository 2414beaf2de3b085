package vn.backan.ocop.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import vn.backan.ocop.intake.Period;
import vn.backan.ocop.reference.District;
import vn.backan.ocop.reference.Gazetteer;
import vn.backan.ocop.reference.ReferenceData;
import vn.backan.ocop.report.AtomicFiles;
import vn.backan.ocop.template.SubmissionTemplate;

/**
 * {@code template --district 066 --period 2021 [--output FILE]}: writes the blank submission
 * workbook. Needs only the reference data, so neither Spring nor the database is started.
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
        Period period = Period.ofCode(periodText.strip().toUpperCase(java.util.Locale.ROOT));
        if (period.year() < 2018 || period.endsOn().isAfter(Gazetteer.LAST_DAY)) {
            throw new UsageException("template", "period " + period.code() + " is outside the programme (2018 to " + Gazetteer.LAST_DAY + ")");
        }
        Path target = target(options.value("--output"), SubmissionTemplate.fileName(district, period));
        try {
            write(target, new SubmissionTemplate(reference), district, period);
        } catch (java.io.UncheckedIOException e) {
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
        if (Files.isDirectory(path) || name == null || !name.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
            return path.resolve(defaultName);
        }
        return path;
    }

    private static void write(Path target, SubmissionTemplate template, District district, Period period) {
        AtomicFiles.write(target, out -> template.write(district, period, Instant.now(), out));
    }

    private static String required(Options options, String name) throws UsageException {
        String value = options.value(name);
        if (value == null || value.isBlank()) {
            throw new UsageException("template", "template needs " + name);
        }
        return value;
    }
}
