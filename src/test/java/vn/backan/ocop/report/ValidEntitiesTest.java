package vn.backan.ocop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/**
 * Entities with several valid products count once per district and type, whether their products fit in
 * memory or were spilled to sorted runs, and equal entities in different runs are merged.
 */
class ValidEntitiesTest {

    @Test
    void anEntityWithSeveralProductsCountsOnceUnderItsDistrictAndType() {
        try (ValidEntities entities = new ValidEntities()) {
            entities.add("066", "HTX", "htx a");
            entities.add("066", "HTX", "htx a");
            entities.add("066", "HTX", "htx b");
            entities.add("066", null, "ho x");
            entities.add("058", "HTX", "htx a");
            entities.add("066", null, "ho x");
            assertThat(counts(entities)).isEqualTo(Map.of("058|HTX", 1, "066|HTX", 2, "066|?", 1));
        }
    }

    @Test
    void runsSpilledOrKeptCountEachEntityOnceAsASetWould() {
        Random random = new Random(14);
        for (int distinctEntities : new int[] {3, 60, 5_000}) {
            Map<String, Integer> expected = new TreeMap<>();
            Set<String> seen = new HashSet<>();
            // Runs of 100 lines: 3 or 60 entities stay in memory however often added; 5,000 are spilled.
            try (ValidEntities entities = new ValidEntities(100)) {
                for (int i = 0; i < 20_000; i++) {
                    int n = random.nextInt(distinctEntities);
                    String district = "06" + n % 3;
                    String type = List.of("HTX", "DN", "?").get(n % 7 % 3);
                    String key = "entity " + n;
                    entities.add(district, type.equals("?") ? null : type, key);
                    if (seen.add(district + "|" + type + "|" + key)) {
                        expected.merge(district + "|" + type, 1, Integer::sum);
                    }
                }
                assertThat(counts(entities)).as(distinctEntities + " entities").isEqualTo(expected);
                assertThat(counts(entities)).as("counted again").isEqualTo(expected);
            }
        }
    }

    private static Map<String, Integer> counts(ValidEntities entities) {
        Map<String, Integer> counts = new TreeMap<>();
        entities.forEachCount((district, type, count) -> assertThat(counts.put(district + "|" + type, count))
                .as("one count per district and type").isNull());
        return counts;
    }
}
