package vn.backan.ocop.submission;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.backan.ocop.text.VietnameseText;

/**
 * A reporting period: a year ({@code 2020}) or a half year ({@code 2021-H1}, {@code 2021-H2}).
 * It ends on its as-of date.
 */
public record Period(int year, int half) implements Comparable<Period> {

    // Compiled once: a period is read from file names, covers and rows.
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9 ]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final Pattern HALF = Pattern.compile("\\b(\\d{4})\\s*h\\s*([12])\\b|\\bh\\s*([12])\\s*(\\d{4})\\b");
    /** "6 tháng đầu năm 2021", "Sáu tháng năm 2021", "Kỳ I năm 2021", "I/2021" (folded: the fold spells y as i). */
    private static final Pattern FIRST_HALF = Pattern.compile("\\b(?:6|sau) thang (?:dau )?(?:nam )?(\\d{4})|nua dau nam (\\d{4})"
            + "|\\b(?:k[iy]|dot) (?:i|1) (?:nam )?(\\d{4})|^i (\\d{4})$");
    private static final Pattern SECOND_HALF = Pattern.compile("\\b(?:6|sau) thang cuoi (?:nam )?(\\d{4})|nua cuoi nam (\\d{4})"
            + "|\\b(?:k[iy]|dot) (?:ii|2) (?:nam )?(\\d{4})|^ii (\\d{4})$");
    /**
     * A quarter or a span of months that is not a half year: not a period of the programme. Read as
     * its year it would file "Quý II năm 2021" or "9 tháng năm 2021" as the whole year, unnoticed.
     */
    private static final Pattern OTHER_SPAN = Pattern.compile("\\bqu[iy]\\b|(?<!muoi )\\b(?!12 )\\S+ thang\\b|^thang\\b");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");

    public Period {
        if (half < 0 || half > 2) {
            throw new IllegalArgumentException("half must be 0 (whole year), 1 or 2");
        }
    }

    /**
     * "2020", "Năm 2020", "2021-H1", "6 tháng đầu năm 2021", "Kỳ II năm 2021", "H2/2021"; empty where no
     * period is named, or a span the programme does not report on (a quarter, nine months).
     */
    public static Optional<Period> parse(String text) {
        String key = SPACES.matcher(NOT_ALNUM.matcher(VietnameseText.fold(text)).replaceAll(" ")).replaceAll(" ").trim();
        Matcher m = FIRST_HALF.matcher(key);
        if (m.find()) {
            return Optional.of(new Period(Integer.parseInt(first(m)), 1));
        }
        m = SECOND_HALF.matcher(key);
        if (m.find()) {
            return Optional.of(new Period(Integer.parseInt(first(m)), 2));
        }
        m = HALF.matcher(key.replace('_', ' ').replace('-', ' '));
        if (m.find()) {
            return m.group(1) != null
                    ? Optional.of(new Period(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))))
                    : Optional.of(new Period(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3))));
        }
        if (OTHER_SPAN.matcher(key).find()) {
            return Optional.empty();
        }
        m = YEAR.matcher(key);
        while (m.find()) {
            int year = Integer.parseInt(m.group(1));
            if (year >= 2000 && year <= 2100) {
                return Optional.of(new Period(year, 0));
            }
        }
        return Optional.empty();
    }

    private static String first(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        throw new IllegalStateException("a period pattern matched without its year");
    }

    /** The canonical code, as in file names and the warehouse: {@code 2020}, {@code 2021-H1}. */
    public static Period ofCode(String code) {
        return parse(code).orElseThrow(() -> new IllegalArgumentException("Not a period code: " + code));
    }

    public String code() {
        return half == 0 ? Integer.toString(year) : year + "-H" + half;
    }

    public LocalDate startsOn() {
        return half == 2 ? LocalDate.of(year, 7, 1) : LocalDate.of(year, 1, 1);
    }

    public LocalDate endsOn() {
        return half == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
    }

    /** Vietnamese label for reports: "Năm 2020", "6 tháng đầu năm 2021". */
    public String label() {
        return switch (half) {
            case 1 -> "6 tháng đầu năm " + year;
            case 2 -> "6 tháng cuối năm " + year;
            default -> "Năm " + year;
        };
    }

    @Override
    public int compareTo(Period other) {
        int byEnd = endsOn().compareTo(other.endsOn());
        return byEnd != 0 ? byEnd : Integer.compare(other.half, half);
    }

    @Override
    public String toString() {
        return code();
    }
}
