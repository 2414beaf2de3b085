package vn.backan.ocop.warehouse.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/**
 * Recognitions read once per day answer for any span up to the day they were read to, by year and stars,
 * and count distinct products from the days they were read since.
 */
class RecognitionsTest {

    private final Recognitions recognitions = new Recognitions(LocalDate.of(2021, 12, 31), new TreeMap<>(Map.of(
            LocalDate.of(2019, 3, 1), new int[] {0, 0, 0, 2, 1, 0},
            LocalDate.of(2019, 12, 31), new int[] {0, 0, 0, 1, 0, 0},
            LocalDate.of(2020, 1, 1), new int[] {0, 0, 0, 0, 3, 0},
            LocalDate.of(2021, 6, 30), new int[] {0, 0, 0, 4, 0, 1})),
            List.of(LocalDate.of(2018, 1, 1), LocalDate.of(2021, 1, 1)),
            // Of each day's recognitions, the products' first since 2018, and since 2021.
            new TreeMap<>(Map.of(
                    LocalDate.of(2019, 3, 1), new int[] {3, 3},
                    LocalDate.of(2019, 12, 31), new int[] {0, 1},
                    LocalDate.of(2020, 1, 1), new int[] {2, 3},
                    LocalDate.of(2021, 6, 30), new int[] {1, 4})));

    @Test
    void aSpanCountsItsDaysBothEndsIncludedByYear() {
        Map<Integer, int[]> all = recognitions.byYear(LocalDate.of(2018, 1, 1), LocalDate.of(2021, 12, 31));
        assertThat(all).containsOnlyKeys(2019, 2020, 2021);
        assertThat(all.get(2019)).containsExactly(0, 0, 0, 3, 1, 0);
        assertThat(all.get(2020)).containsExactly(0, 0, 0, 0, 3, 0);
        assertThat(all.get(2021)).containsExactly(0, 0, 0, 4, 0, 1);

        Map<Integer, int[]> edges = recognitions.byYear(LocalDate.of(2019, 12, 31), LocalDate.of(2020, 1, 1));
        assertThat(edges.get(2019)).containsExactly(0, 0, 0, 1, 0, 0);
        assertThat(edges.get(2020)).containsExactly(0, 0, 0, 0, 3, 0);
        assertThat(recognitions.byYear(LocalDate.of(2021, 7, 1), LocalDate.of(2021, 12, 31))).isEmpty();
        assertThat(recognitions.byYear(LocalDate.of(2021, 1, 1), LocalDate.of(2020, 1, 1))).isEmpty();
    }

    @Test
    void aSpanBeyondTheDayTheyWereReadToIsRefused() {
        assertThatThrownBy(() -> recognitions.byYear(LocalDate.of(2021, 1, 1), LocalDate.of(2022, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2021-12-31");
    }

    @Test
    void distinctProductsAreCountedOnTheDayOfTheirFirstRecognitionSinceTheSpansStart() {
        assertThat(recognitions.products(LocalDate.of(2018, 1, 1), LocalDate.of(2021, 12, 31))).isEqualTo(6);
        assertThat(recognitions.products(LocalDate.of(2018, 1, 1), LocalDate.of(2019, 12, 31))).isEqualTo(3);
        assertThat(recognitions.products(LocalDate.of(2018, 1, 1), LocalDate.of(2020, 1, 1))).isEqualTo(5);
        assertThat(recognitions.products(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31))).isEqualTo(4);
        assertThat(recognitions.products(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 6, 29))).isZero();
        assertThat(recognitions.products(LocalDate.of(2021, 1, 1), LocalDate.of(2020, 12, 31))).isZero();
    }

    @Test
    void productsFromADayTheyWereNotReadSinceAreRefused() {
        assertThatThrownBy(() -> recognitions.products(LocalDate.of(2019, 1, 1), LocalDate.of(2021, 12, 31)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2019-01-01");
        assertThatThrownBy(() -> recognitions.products(LocalDate.of(2018, 1, 1), LocalDate.of(2022, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2021-12-31");
    }
}
