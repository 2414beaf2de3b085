package vn.backan.ocop.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class VietnameseNumbersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "69,5|69.5",
            "1.234|1234",
            "1.234.567|1234567",
            "1.234,5|1234.5",
            "1,234.5|1234.5",
            "1.234.567,89|1234567.89",
            "1,234,567.89|1234567.89",
            "91.14|91.14",
            "3.0|3.0",
            "3|3",
            "0|0",
            "1 234|1234",
            "'1\u00A0234'|1234",
            "'1\u202F234\u00A0567'|1234567",
            "1 234,5|1234.5",
            "1 234.5|1234.5",
            "-5|-5",
            "+5|5",
            "-1.234,5|-1234.5",
            "'- 12,5'|-12.5",
            "'  42  '|42",
            // The documented ambiguity: Vietnamese reading of both.
            "1,234|1.234",
            // A single dot is only a thousands dot with 1-3 digits (no leading 0) before and 3 after.
            "0.500|0.5",
            "1234.567|1234.567",
            "1.2345|1.2345",
            "12.34|12.34",
            // Repeated commas can only be thousands.
            "1,234,567|1234567",
            "1.234,567|1234.567",
    })
    void parses(String in, String expected) {
        assertThat(VietnameseNumbers.parse(in)).hasValueSatisfying(
                v -> assertThat(v).isEqualByComparingTo(new BigDecimal(expected)));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "abc", "1,2,3", "12a", " ", "-", "+", ".5", ",5", "1.", "1,", "1..2", "1.23.456",
            "1.234.5", "1,234,5", "12 34", "1 2345", "01.234.567", "1.234,5,6", "1,234.5.6", "1 234.567,8",
            "1.234 567", "--5", "5-", "1e3", "3 sao", "½",
    })
    void rejects(String in) {
        assertThat(VietnameseNumbers.parse(in)).isEmpty();
    }
}
