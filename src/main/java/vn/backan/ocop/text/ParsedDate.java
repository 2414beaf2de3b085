package vn.backan.ocop.text;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date read from cell text.
 *
 * @param date     the date; for a bare year, 31 December of that year
 * @param yearOnly true when the text gave only a year, so {@code date} is a stand-in and not a real day
 */
public record ParsedDate(LocalDate date, boolean yearOnly) {

    public ParsedDate {
        Objects.requireNonNull(date, "date");
    }
}
