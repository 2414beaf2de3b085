package vn.backan.ocop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class SheetWriterTest {

    /** The width of an integer cell is measured on the text Excel shows: digits grouped by commas. */
    @Test
    void groupsDigitsAsTheIntegerFormatDoes() {
        long[] numbers = {0, 7, -7, 99, 100, 999, 1_000, -1_000, 12_345, 999_999, 1_000_000, -123_456_789,
                Long.MAX_VALUE, Long.MIN_VALUE};
        for (long n : numbers) {
            assertThat(SheetWriter.grouped(n)).as("%d", n).isEqualTo(String.format(Locale.ROOT, "%,d", n));
        }
        for (long n = -2_000; n <= 2_000_000; n += 997) {
            assertThat(SheetWriter.grouped(n)).as("%d", n).isEqualTo(String.format(Locale.ROOT, "%,d", n));
        }
    }
}
