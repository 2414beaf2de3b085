package vn.backan.ocop.text;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date read from cell text.
 *
 * @param date     the date; for a bare year, 31 December of that year
 * @param yearOnly true when the text gave only a year, so {@code date} is a stand-in and not a real day
 * @param derived  true when the date was not written but derived (from a certificate's expiry)
 */
public record ParsedDate(LocalDate date, boolean yearOnly, boolean derived) {

    public ParsedDate {
        Objects.requireNonNull(date, "date");
    }

    public ParsedDate(LocalDate date, boolean yearOnly) {
        this(date, yearOnly, false);
    }

    /** A date derived from another, never written. */
    public static ParsedDate derivedOn(LocalDate date) {
        return new ParsedDate(date, false, true);
    }
}
