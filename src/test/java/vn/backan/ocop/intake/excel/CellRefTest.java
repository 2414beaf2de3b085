package vn.backan.ocop.intake.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CellRefTest {

    @ParameterizedTest
    @CsvSource({"0, A", "7, H", "25, Z", "26, AA", "51, AZ", "52, BA", "701, ZZ", "702, AAA", "16383, XFD"})
    void columnLettersRoundTrip(int column, String letters) {
        assertThat(CellRef.columnLetters(column)).isEqualTo(letters);
        assertThat(CellRef.parseColumn(letters + "12")).isEqualTo(column);
        assertThat(CellRef.parseColumn(letters.toLowerCase())).isEqualTo(column);
    }

    @Test
    void referencesAsExcelShowsThem() {
        assertThat(CellRef.of(12, 7)).isEqualTo("H12");
        assertThat(CellRef.of(1, 0)).isEqualTo("A1");
    }

    @Test
    void nonsenseIsRefused() {
        assertThat(CellRef.parseColumn("12")).isEqualTo(-1);
        assertThat(CellRef.parseColumn("ABCD1")).isEqualTo(-1);
        assertThat(CellRef.parseColumn("")).isEqualTo(-1);
        assertThatThrownBy(() -> CellRef.of(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CellRef.columnLetters(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
