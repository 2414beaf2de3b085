package vn.backan.ocop.submission;

import java.time.LocalDate;

/**
 * The OCOP programme's calendar and bands as the province runs it: one home for the years and star
 * bands that the reader's checks, the template, the warehouse's views and the reports all use.
 * The migrations cannot import a constant: the 3-star band that {@code stg_offered_rating} writes into
 * {@code fct_rating.certified} (V7, V15, V91, V95) is checked against this class by {@code ReportsOnTheSampleTest}.
 */
public final class Programme {

    /** The programme's first day: nothing is recognised, supported or reported before it. */
    public static final LocalDate START = LocalDate.of(2018, 1, 1);

    /** The first day of the 2021-2025 phase, whose new products the province counts against its target. */
    public static final LocalDate PHASE_START = LocalDate.of(2021, 1, 1);

    /** The last day of the district level (the 2025 reorganisation); later periods are out of scope. */
    public static final LocalDate LAST_DAY = LocalDate.of(2025, 6, 30);

    /** How long a certificate is valid from the day of its recognition. */
    public static final int CERTIFICATE_MONTHS = 36;

    /** The lowest star band OCOP certifies; 1 and 2 stars are rated but not certified. */
    public static final int CERTIFIED_STARS = 3;

    /** The highest star band. */
    public static final int MAX_STARS = 5;

    private Programme() {
    }

    /** The programme's first year. */
    public static int startYear() {
        return START.getYear();
    }

    /** Whether a rating of {@code stars} is a certificate (3 stars and up). */
    public static boolean certified(int stars) {
        return stars >= CERTIFIED_STARS;
    }
}
