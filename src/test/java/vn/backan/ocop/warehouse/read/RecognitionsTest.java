package vn.backan.ocop.warehouse.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Recognitions read once per day answer for any span up to the day they were read to, by year and stars,
 * count distinct products from the days they were read since, and valid products on any day.
 */
class RecognitionsTest {

    private final Recognitions recognitions = recognitions();

    /**
     * As the database groups them: per day, stars and end of validity, the ratings and, of them, their
     * products' first since 2018 and since 2021.
     */
    private static Recognitions recognitions() {
        Recognitions.Counter counter = new Recognitions.Counter(LocalDate.of(2021, 12, 31),
                List.of(LocalDate.of(2018, 1, 1), LocalDate.of(2021, 1, 1)));
        counter.add(LocalDate.of(2019, 3, 1), 3, LocalDate.of(2022, 3, 1), 2, new int[] {2, 2});
        counter.add(LocalDate.of(2019, 3, 1), 4, LocalDate.of(2020, 1, 1), 1, new int[] {1, 1});
        // Expiring on the day it was recognised (a date written wrong): never valid.
        counter.add(LocalDate.of(2019, 12, 31), 3, LocalDate.of(2019, 12, 31), 1, new int[] {0, 1});
        counter.add(LocalDate.of(2020, 1, 1), 4, LocalDate.of(2023, 1, 1), 3, new int[] {2, 3});
        counter.add(LocalDate.of(2021, 6, 30), 3, LocalDate.of(2021, 12, 31), 4, new int[] {1, 4});
        counter.add(LocalDate.of(2021, 6, 30), 5, LocalDate.of(2024, 6, 30), 1, new int[] {0, 0});
        return counter.recognitions();
    }

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

    @Test
    void validProductsOnADayAreThoseThatBeganOnOrBeforeItLessThoseThatEnded() {
        assertThat(recognitions.validOn(LocalDate.of(2019, 2, 28))).isZero();
        assertThat(recognitions.validOn(LocalDate.of(2019, 3, 1))).isEqualTo(3);
        assertThat(recognitions.validOn(LocalDate.of(2019, 12, 31))).as("never valid, not counted").isEqualTo(3);
        assertThat(recognitions.validOn(LocalDate.of(2020, 1, 1))).as("the 4 stars of 2019 superseded that day").isEqualTo(5);
        assertThat(recognitions.validOn(LocalDate.of(2021, 6, 30))).isEqualTo(10);
        assertThat(recognitions.validOn(LocalDate.of(2021, 12, 30))).isEqualTo(10);
        assertThat(recognitions.validOn(LocalDate.of(2021, 12, 31))).as("valid until the day before").isEqualTo(6);
        assertThatThrownBy(() -> recognitions.validOn(LocalDate.of(2022, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2021-12-31");
    }
}
