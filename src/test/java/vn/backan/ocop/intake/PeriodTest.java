package vn.backan.ocop.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodTest {

    @ParameterizedTest
    @CsvSource({
            "2020, 2020, 2020-12-31",
            "'Năm 2020', 2020, 2020-12-31",
            "2021-H1, 2021-H1, 2021-06-30",
            "'6 tháng đầu năm 2021', 2021-H1, 2021-06-30",
            "'6 tháng cuối năm 2021', 2021-H2, 2021-12-31",
            "'H2/2021', 2021-H2, 2021-12-31",
            "'066 na ri 2021 H1', 2021-H1, 2021-06-30",
            "'066_2020', 2020, 2020-12-31",
    })
    void parsesTheWaysDistrictsWriteAPeriod(String text, String code, LocalDate end) {
        Period period = Period.parse(text).orElseThrow();
        assertThat(period.code()).isEqualTo(code);
        assertThat(period.endsOn()).isEqualTo(end);
    }

    @Test
    void noPeriodInTextWithoutAYear() {
        assertThat(Period.parse("báo cáo OCOP")).isEmpty();
        assertThat(Period.parse("066")).isEmpty();
    }

    @Test
    void periodsOrderByTheirEnd() {
        assertThat(Period.ofCode("2021-H1")).isGreaterThan(Period.ofCode("2020"));
        assertThat(Period.ofCode("2021")).isGreaterThan(Period.ofCode("2021-H1"));
        assertThat(Period.ofCode("2021-H1").label()).isEqualTo("6 tháng đầu năm 2021");
    }
}
