package vn.backan.ocop.intake.excel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SharedFormulasTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "A2*B2              | 1 | 0 | A3*B3",
            "SUM(A2:D2)         | 3 | 1 | SUM(B5:E5)",
            "$A$1+A$1+$A1       | 2 | 2 | $A$1+C$1+$A3",
            "Sheet2!B3+'Số liệu'!C4 | 1 | 0 | Sheet2!B4+'Số liệu'!C5",
            "LOG10(A1)+ATAN2(B1,C1) | 1 | 0 | LOG10(A2)+ATAN2(B2,C2)",
            "`IF(A1=\"A1\",\"B2\",A1)` | 1 | 0 | `IF(A2=\"A1\",\"B2\",A2)`",
            "SUM(A:A)+SUM(2:2)  | 1 | 1 | SUM(B:B)+SUM(3:3)",
            "A1+1.5E3           | 1 | 0 | A2+1.5E3",
            "Table1[Số lượng]*B2 | 1 | 0 | Table1[Số lượng]*B3",
            "XYZ1+B2            | 1 | 0 | XYZ1+B3",
            "A2-1               | -1 | -1 | #REF!-1",
            "A2                 | 0 | 0 | A2",
    })
    void movesRelativeReferencesOnly(String formula, int rows, int columns, String expected) {
        assertThat(SharedFormulas.shift(formula, rows, columns)).isEqualTo(expected);
    }

    @Test
    void dependentCellsWithoutAKnownMasterGetAnEmptyFormula() {
        SharedFormulas formulas = new SharedFormulas();
        assertThat(formulas.derive("0", 3, 2)).isEmpty();
        formulas.remember("0", "C2*2", 2, 3);
        assertThat(formulas.derive("0", 4, 3)).isEqualTo("C4*2");
        assertThat(formulas.derive("1", 4, 3)).isEmpty();
    }
}
