package vn.backan.ocop.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class StarsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "3|3", "1|1", "5|5", "3.0|3", "3,0|3", "4.00|4",
            "3 sao|3", "3sao|3", "3 Sao|3", "3 SAO|3",
            "3*|3", "3 *|3", "3★|3", "3 ★|3", "3⭐|3",
            "★★★|3", "★|1", "★★★★★|5", "'★ ★ ★'|3",
            "⭐⭐⭐|3", "⭐\uFE0F⭐\uFE0F⭐\uFE0F⭐\uFE0F|4",
            "***|3", "*****|5",
            "III|3", "iii|3", "I|1", "II|2", "IV|4", "iv|4", "V|5",
            "hạng 3|3", "Hạng III|3", "hang 4|4", "hạng 3 sao|3",
            "3 sao OCOP|3", "OCOP 4 sao|4", "'\u00A04 sao\u200B'|4",
    })
    void parses(String in, int expected) {
        assertThat(Stars.parse(in)).hasValue(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "0", "6", "3.5", "3,5", "abc", "0 sao", "6 sao", "******", "★★★★★★", "VI", "IIII", "iiv",
            "-3", "33", "3 4", "sao", "hạng", "★*", "3 sao 4", "ba sao",
    })
    void rejects(String in) {
        assertThat(Stars.parse(in)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"1.0, 1", "3.0, 3", "5.0, 5", "2, 2"})
    void fromIntegralNumber(double d, int expected) {
        assertThat(Stars.fromNumber(d)).hasValue(expected);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 6, 3.5, 2.9999, -3, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void fromNumberRejects(double d) {
        assertThat(Stars.fromNumber(d)).isEmpty();
    }
}
