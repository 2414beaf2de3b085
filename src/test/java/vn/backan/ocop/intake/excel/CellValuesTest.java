package vn.backan.ocop.intake.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import org.apache.poi.ss.usermodel.DateUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CellValuesTest {

    @ParameterizedTest
    @CsvSource({
            "91.14, 91.14",
            "1849.0, 1849",
            "-0.0, 0",
            "0.1, 0.1",
            "1.0E20, 100000000000000000000",
            "1.5E-7, 0.00000015",
            "0.30000000000000004, 0.3",
            "12345678901234567, 12345678901234600",
    })
    void numbersShowAsTypedWithoutTrailingZerosOrExponent(double value, String expected) {
        assertThat(CellValues.numberText(value)).isEqualTo(expected);
        assertThat(CellValues.numberText(Double.toString(value), value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
            "91.14, 91.14",
            "007, 7",
            "1.50, 1.5",
            "-0, 0",
            ".5, 0.5",
            "5., 5",
            "-12.25, -12.25",
            "0, 0",
    })
    void storedTextIsKeptOnlyWhenAlreadyCanonical(String stored, String expected) {
        assertThat(CellValues.numberText(stored, Double.parseDouble(stored))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
            "43446, false, 12/12/2018",
            "41984, true, 12/12/2018",
            "43446.5, false, 12/12/2018 12:00",
            "43446.50001157407, false, 12/12/2018 12:00:01",
            "0.75, false, 18:00",
    })
    void datesShowDayMonthYear(double serial, boolean date1904, String expected) {
        LocalDateTime date = CellValues.toDate(serial, date1904);
        assertThat(CellValues.dateText(serial, date)).isEqualTo(expected);
    }

    /** Whole days are counted without POI; the dates are POI's, in both date systems, up to Excel's last day. */
    @Test
    void wholeDaysAreThoseOfPoi() {
        for (boolean date1904 : new boolean[] {false, true}) {
            for (int serial = 0; serial <= 2_958_466; serial += serial < 100_000 ? 1 : 997) {
                assertThat(CellValues.toDate(serial, date1904)).as("%d, 1904: %s", serial, date1904)
                        .isEqualTo(DateUtil.isValidExcelDate(serial) ? DateUtil.getLocalDateTime(serial, date1904, true) : null);
            }
        }
    }

    /** Numbers as POI writes them ("71.0") show as those written plainly; the rest as before. */
    @ParameterizedTest
    @CsvSource({"71.0, 71", "43102.0, 43102", "-12.0, -12", "0.0, 0", "-0.0, 0", "10.0, 10", "1.0E10, 10000000000",
            "123456789012345678.0, 123456789012346000", "007.0, 7", "1.50, 1.5"})
    void numbersWrittenByPoiShowAsTyped(String stored, String expected) {
        assertThat(CellValues.numberText(stored, Double.parseDouble(stored))).isEqualTo(expected)
                .isEqualTo(CellValues.numberText(Double.parseDouble(stored)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "00000|5", "0000000000|10", "00000;-00000|5", "0|0", "0.00|0", "#,##0|0", "dd/mm/yyyy|0", "General|0", "000-000|0", "00|2"})
    void onlyAFormatOfZerosPads(String format, int width) {
        assertThat(CellValues.zeroPadding(format)).isEqualTo(width);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1849|1849.0|5|01849", "470012346|470012346.0|10|0470012346", "12345|12345.0|5|12345",
            "123456|123456.0|5|123456", "1849|1849.0|0|1849", "18.5|18.5|5|18.5", "-12|-12.0|5|-12"})
    void wholeNumbersGetTheZerosTheFormatShows(String text, double value, int width, String expected) {
        assertThat(CellValues.padded(text, value, width)).isEqualTo(expected);
    }
}
