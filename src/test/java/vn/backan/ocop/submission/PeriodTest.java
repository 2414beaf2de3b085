package vn.backan.ocop.submission;

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
            "'Sáu tháng đầu năm 2021', 2021-H1, 2021-06-30",
            "'6 tháng năm 2021', 2021-H1, 2021-06-30",
            "'Báo cáo 6 tháng 2021', 2021-H1, 2021-06-30",
            "'Kỳ I năm 2021', 2021-H1, 2021-06-30",
            "'I/2021', 2021-H1, 2021-06-30",
            "'Kỳ II năm 2021', 2021-H2, 2021-12-31",
            "'Đợt 2 năm 2021', 2021-H2, 2021-12-31",
            "'II/2021', 2021-H2, 2021-12-31",
            "'12 tháng năm 2020', 2020, 2020-12-31",
            "'Mười hai tháng năm 2020', 2020, 2020-12-31",
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
        // Not periods of the programme: read as their year they would be filed as the whole year.
        assertThat(Period.parse("Quý II năm 2021")).isEmpty();
        assertThat(Period.parse("9 tháng năm 2021")).isEmpty();
        assertThat(Period.parse("Tháng 6/2021")).isEmpty();
    }

    @Test
    void periodsOrderByTheirEnd() {
        assertThat(Period.ofCode("2021-H1")).isGreaterThan(Period.ofCode("2020"));
        assertThat(Period.ofCode("2021")).isGreaterThan(Period.ofCode("2021-H1"));
        assertThat(Period.ofCode("2021-H1").label()).isEqualTo("6 tháng đầu năm 2021");
    }
}
