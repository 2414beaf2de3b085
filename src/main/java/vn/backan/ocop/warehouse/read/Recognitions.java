package vn.backan.ocop.warehouse.read;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import vn.backan.ocop.submission.Programme;

/**
 * Certified recognitions per day and stars, up to a date, per day the products recognised for the
 * first time since each of a few days, and per day the certificates that began and stopped being valid:
 * read in one pass so that the report's figures by year, by period, for its second date, its counts of
 * distinct products and of valid products at each year's end come from it, not from one pass over the
 * ratings each (a pass over 400,000 ratings on H2: 2-4 s). A day's counts are bounded by the calendar.
 */
public final class Recognitions {

    private final LocalDate upTo;
    private final NavigableMap<LocalDate, int[]> byDay;
    private final List<LocalDate> since;
    private final NavigableMap<LocalDate, int[]> firstByDay;
    private final NavigableMap<LocalDate, Integer> began;
    private final NavigableMap<LocalDate, Integer> ended;

    /**
     * @param byDay      certified recognitions of each day by stars (index 3-5)
     * @param since      the days from which {@link #products} counts
     * @param firstByDay of each day's certified recognitions, those whose product had none from {@code since}'s
     *                   day (same index) to the day before: its first recognition on or after that day
     * @param began      per day, the certificates that became valid then (recognised that day, valid a day at least)
     * @param ended      per day, those of them that were no longer valid from that day on
     */
    Recognitions(LocalDate upTo, NavigableMap<LocalDate, int[]> byDay, List<LocalDate> since,
                 NavigableMap<LocalDate, int[]> firstByDay, NavigableMap<LocalDate, Integer> began,
                 NavigableMap<LocalDate, Integer> ended) {
        this.upTo = upTo;
        this.byDay = byDay;
        this.since = List.copyOf(since);
        this.firstByDay = firstByDay;
        this.began = began;
        this.ended = ended;
    }

    /**
     * Products whose newest rating on {@code day} is a valid certificate then: those that began being valid
     * on or before it, less those that stopped on or before it (a certificate stops after it began).
     */
    public int validOn(LocalDate day) {
        readUpTo(day);
        int valid = 0;
        for (int n : began.headMap(day, true).values()) {
            valid += n;
        }
        for (int n : ended.headMap(day, true).values()) {
            valid -= n;
        }
        return valid;
    }

    /** Recognitions from {@code from} to {@code to} (both included) by year, then stars (index 3-5). */
    public Map<Integer, int[]> byYear(LocalDate from, LocalDate to) {
        readUpTo(to);
        Map<Integer, int[]> byYear = new TreeMap<>();
        if (from.isAfter(to)) {
            return byYear;
        }
        byDay.subMap(from, true, to, true).forEach((day, stars) -> {
            int[] year = byYear.computeIfAbsent(day.getYear(), y -> new int[stars.length]);
            for (int i = 0; i < stars.length; i++) {
                year[i] += stars[i];
            }
        });
        return byYear;
    }

    /**
     * Distinct products recognised 3 stars and up from {@code from} to {@code to} (both included): each is
     * counted on the day of its first recognition on or after {@code from}, which must be one of the days
     * these recognitions were read since.
     */
    public int products(LocalDate from, LocalDate to) {
        readUpTo(to);
        int index = since.indexOf(from);
        if (index < 0) {
            throw new IllegalArgumentException("products were counted since " + since + ", not " + from);
        }
        int products = 0;
        if (!from.isAfter(to)) {
            for (int[] first : firstByDay.subMap(from, true, to, true).values()) {
                products += first[index];
            }
        }
        return products;
    }

    private void readUpTo(LocalDate to) {
        if (to.isAfter(upTo)) {
            throw new IllegalArgumentException("recognitions were read up to " + upTo + ", not " + to);
        }
    }

    /** Adds up the database's groups, one (day, stars, end of validity) at a time. */
    static final class Counter {
        private final LocalDate upTo;
        private final List<LocalDate> since;
        private final NavigableMap<LocalDate, int[]> byDay = new TreeMap<>();
        private final NavigableMap<LocalDate, int[]> firstByDay = new TreeMap<>();
        private final NavigableMap<LocalDate, Integer> began = new TreeMap<>();
        private final NavigableMap<LocalDate, Integer> ended = new TreeMap<>();

        Counter(LocalDate upTo, List<LocalDate> since) {
            this.upTo = upTo;
            this.since = since;
        }

        /**
         * @param validUntil the first day the ratings are no longer valid certificates (v_rating_span.valid_until)
         * @param firsts     of the {@code count} ratings, those that are their product's first since each of the days
         */
        void add(LocalDate day, int stars, LocalDate validUntil, int count, int[] firsts) {
            byDay.computeIfAbsent(day, d -> new int[Programme.MAX_STARS + 1])[stars] += count;
            int[] first = firstByDay.computeIfAbsent(day, d -> new int[since.size()]);
            for (int i = 0; i < since.size(); i++) {
                first[i] += firsts[i];
            }
            // A certificate expiring on or before the day it was recognised (a date written wrong) was never
            // valid: it neither began nor ended. A later rating always comes a day after at least.
            if (validUntil.isAfter(day)) {
                began.merge(day, count, Integer::sum);
                ended.merge(validUntil, count, Integer::sum);
            }
        }

        Recognitions recognitions() {
            return new Recognitions(upTo, byDay, since, firstByDay, began, ended);
        }
    }
}
