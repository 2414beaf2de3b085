package vn.backan.ocop.warehouse;

import java.util.Locale;

/** How a submission fared in validation. Whether it is in force is a separate flag (superseded or not). */
public enum SubmissionStatus {
    PENDING, ACCEPTED, ACCEPTED_WITH_WARNINGS, REJECTED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SubmissionStatus of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
