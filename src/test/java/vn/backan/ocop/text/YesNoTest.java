package vn.backan.ocop.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class YesNoTest {

    @ParameterizedTest
    @ValueSource(strings = {"Có", "có", "CÓ", "co", "x", "X", "1", "yes", "Yes", "y", "Y", "true", "TRUE",
            "đạt", "Đạt", "dat", "✓", "✔", " x ", "Có\u200B"})
    void yes(String in) {
        assertThat(YesNo.parse(in)).contains(true);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Không", "không", "KHÔNG", "khong", "k", "K", "0", "no", "No", "n", "false", "-",
            " ", "\u00A0", "\u200B", "\t", "Không đạt", "chưa đạt"})
    void no(String in) {
        assertThat(YesNo.parse(in)).contains(false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "có thể", "2", "xx", "maybe", "--", "?", "ok?"})
    void neither(String in) {
        assertThat(YesNo.parse(in)).isEmpty();
    }
}
