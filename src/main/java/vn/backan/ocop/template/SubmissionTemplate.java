package vn.backan.ocop.template;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;

import vn.backan.ocop.submission.Period;
import vn.backan.ocop.reference.District;
import vn.backan.ocop.reference.ReferenceData;
import vn.backan.ocop.text.VietnameseText;

/**
 * The blank submission workbook of a district and period (submission spec; reports spec, section 3):
 * the cover filled in, the data sheets with their headers, dropdown lists and range checks, and
 * instructions generated from the rule catalogue. A template filled in as it asks loads without
 * warnings.
 */
public final class SubmissionTemplate {

    /** Raised when the template's layout changes; written on the cover and in the hidden version sheet. */
    public static final String VERSION = "1";

    private final ReferenceData reference;

    public SubmissionTemplate(ReferenceData reference) {
        this.reference = reference;
    }

    public void write(District district, Period period, Instant now, OutputStream out) throws IOException {
        write(district, period, Prefill.NONE, now, out);
    }

    /** The template with the rows of the previous period already in it ({@link PreviousPeriod}). */
    public void write(District district, Period period, Prefill prefill, Instant now, OutputStream out) throws IOException {
        new TemplateWorkbook(reference, district, period, prefill, now).write(out);
    }

    /**
     * {@code 066-na-ri-2021.xlsx}: the district code first and the period, as the reader finds them in
     * a file name, and only ASCII letters, digits and dashes.
     */
    public static String fileName(District district, Period period) {
        String slug = VietnameseText.fold(district.name()).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return district.code() + "-" + slug + "-" + period.code() + ".xlsx";
    }
}
