package vn.backan.ocop.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class VietnameseDatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "12/12/2018|2018-12-12",
            "05/03/2019|2019-03-05",
            "5/3/2019|2019-03-05",
            "5/3/19|2019-03-05",
            "31/12/99|2099-12-31",
            "12-12-2018|2018-12-12",
            "12.12.2018|2018-12-12",
            "2018-12-12|2018-12-12",
            "2019-03-05|2019-03-05",
            "2019/03/05|2019-03-05",
            "2019/3/5|2019-03-05",
            "ngày 12 tháng 12 năm 2018|2018-12-12",
            "Ngày 05 tháng 3 năm 2019|2019-03-05",
            "12 tháng 12 năm 2018|2018-12-12",
            "ngay 12 thang 12 nam 2018|2018-12-12",
            "'ngày 12 tháng 12, năm 2018'|2018-12-12",
            "ngày 12/12/2018|2018-12-12",
            "2018-12-12T00:00|2018-12-12",
            "2018-12-12T13:45:10.123|2018-12-12",
            "2018-12-12 00:00:00|2018-12-12",
            "12/12/2018 08:30|2018-12-12",
            "29/02/2020|2020-02-29",
            "'\u00A012/12/2018\u200B'|2018-12-12",
            "01/01/1900|1900-01-01",
    })
    void parsesDays(String in, LocalDate expected) {
        assertThat(VietnameseDates.parse(in)).contains(new ParsedDate(expected, false));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2019|2019-12-31",
            "năm 2019|2019-12-31",
            "Năm 2020|2020-12-31",
            "nam 2021|2021-12-31",
            "1900|1900-12-31",
            "2100|2100-12-31",
    })
    void bareYearIsTheLastDayOfTheYear(String in, LocalDate expected) {
        assertThat(VietnameseDates.parse(in)).contains(new ParsedDate(expected, true));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "31/02/2020", "13/13/2020", "29/02/2019", "00/12/2018", "31/04/2019",
            // Month first is never read: 13 is not a month.
            "02/13/2020", "12/31/2018",
            "2018-02-30", "2018-13-01",
            "1899", "2101", "năm 1899", "0018-12-12", "12/12/0018", "12/12/2101",
            "12/12-2018", "12/12/218", "121/12/2018", "12/12", "tháng 12 năm 2018",
            "2018-12-12T25:00", "2018-12-12T10:61", "abc", "ngày", "12 tháng 12", "20190", "43446",
    })
    void rejects(String in) {
        assertThat(VietnameseDates.parse(in)).isEmpty();
    }
}
