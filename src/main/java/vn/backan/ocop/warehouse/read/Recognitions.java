package vn.backan.ocop.warehouse.read;

import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Certified recognitions per day and stars, up to a date: read in one pass so that the report's
 * figures by year, by period and for its second date come from it, not from one pass over the ratings
 * each (a pass over 400,000 ratings on H2: 2-4 s). A day's counts are bounded by the calendar.
 */
public final class Recognitions {

    private final LocalDate upTo;
    private final NavigableMap<LocalDate, int[]> byDay;

    Recognitions(LocalDate upTo, NavigableMap<LocalDate, int[]> byDay) {
        this.upTo = upTo;
        this.byDay = byDay;
    }

    /** Recognitions from {@code from} to {@code to} (both included) by year, then stars (index 3-5). */
    public Map<Integer, int[]> byYear(LocalDate from, LocalDate to) {
        if (to.isAfter(upTo)) {
            throw new IllegalArgumentException("recognitions were read up to " + upTo + ", not " + to);
        }
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
}
