package vn.backan.ocop.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates typed as text in Vietnamese workbooks. Day first always: Vietnam never writes month first,
 * so "02/13/2020" is rejected rather than read as 13 February.
 *
 * <p>Only years 1900–2100 are accepted; anything outside is a typing error in this data.
 * A two-digit year is 2000 + yy (every OCOP record is from 2018 on).
 */
public final class VietnameseDates {

    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2100;

    // The time of an ISO or Excel date-time; only the date is kept, the time is only checked.
    private static final Pattern WITH_TIME = Pattern.compile(
            "(.+?)[t ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d{1,9})?)?");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})");
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})([/.-])(\\d{1,2})\\2(\\d{1,2})");
    private static final Pattern LEADING_NGAY = Pattern.compile("^ng(?:à|a)y\\s+");

    // On folded text, so "ngày"/"ngay" and "năm"/"nam" look alike ("ngày" folds to "ngai").
    private static final Pattern IN_WORDS = Pattern.compile("(?:ngai )?(\\d{1,2}) thang (\\d{1,2}) nam (\\d{4})");
    private static final Pattern YEAR = Pattern.compile("(?:nam )?(\\d{4})");

    private VietnameseDates() {
    }

    /** The date, or empty when the text is not a real date in one of the accepted shapes. */
    public static Optional<ParsedDate> parse(String s) {
        String t = LEADING_NGAY.matcher(VietnameseText.clean(s).toLowerCase(Locale.ROOT)).replaceFirst("");
        if (t.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = WITH_TIME.matcher(t);
        if (m.matches()) {
            if (!isTime(m.group(2), m.group(3), m.group(4))) {
                return Optional.empty();
            }
            t = m.group(1);
        }
        m = DAY_FIRST.matcher(t);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(4));
            return day(m.group(4).length() == 2 ? 2000 + year : year, m.group(3), m.group(1));
        }
        m = YEAR_FIRST.matcher(t);
        if (m.matches()) {
            return day(Integer.parseInt(m.group(1)), m.group(3), m.group(4));
        }
        String folded = VietnameseText.fold(t);
        m = IN_WORDS.matcher(folded);
        if (m.matches()) {
            return day(Integer.parseInt(m.group(3)), m.group(2), m.group(1));
        }
        m = YEAR.matcher(folded);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            return inRange(year) ? Optional.of(new ParsedDate(LocalDate.of(year, 12, 31), true)) : Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<ParsedDate> day(int year, String month, String day) {
        if (!inRange(year)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ParsedDate(
                    LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day)), false));
        } catch (DateTimeException impossible) {
            return Optional.empty();
        }
    }

    private static boolean isTime(String hour, String minute, String second) {
        try {
            LocalTime.of(Integer.parseInt(hour), Integer.parseInt(minute), second == null ? 0 : Integer.parseInt(second));
            return true;
        } catch (DateTimeException notATime) {
            return false;
        }
    }

    private static boolean inRange(int year) {
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }
}
