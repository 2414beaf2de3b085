package vn.backan.ocop.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The headline counts of one scope: the province or one district, as of the report date. */
final class Tally {

    final int[] validByStars = new int[6];
    /** Entity type ("?" where unknown) → entities with a valid certified product ({@link ValidEntities}). */
    final Map<String, Integer> entitiesByType = new TreeMap<>();
    final Set<String> communesWithOcop = new HashSet<>();
    final Set<String> ntm = new HashSet<>();
    final Set<String> difficult = new HashSet<>();
    /**
     * Certificates expiring within 6 months after the report date: counted while the ratings stream by, as
     * the dashboard shows the number for its second date too, which lists none.
     */
    int expiringSoon;
    long households;
    long poorHouseholds;

    int valid() {
        return validByStars[3] + validByStars[4] + validByStars[5];
    }

    int entities() {
        return entitiesByType.values().stream().mapToInt(Integer::intValue).sum();
    }

    int entities(String type) {
        return entitiesByType.getOrDefault(type, 0);
    }

    int ntmWithOcop() {
        return (int) ntm.stream().filter(communesWithOcop::contains).count();
    }

    int difficultWithOcop() {
        return (int) difficult.stream().filter(communesWithOcop::contains).count();
    }

    /** Poor households over households, as a fraction (0.1851 for 18.51 %), or null with no households. */
    BigDecimal povertyRate() {
        return households == 0 ? null : BigDecimal.valueOf(poorHouseholds).divide(BigDecimal.valueOf(households), 6, RoundingMode.HALF_UP);
    }
}
