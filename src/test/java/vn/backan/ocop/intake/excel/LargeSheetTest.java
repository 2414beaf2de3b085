package vn.backan.ocop.intake.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Streaming end to end: 200,000 rows written by SXSSF, read back through the cursor. Only counts and
 * values are asserted; the memory and speed figures come from {@link ReaderBenchmark}.
 */
class LargeSheetTest {

    private static final int ROWS = 200_000;

    @TempDir
    Path dir;

    @Test
    void readsEveryRowOfALargeSheet() throws Exception {
        Path file = ReaderBenchmark.write(dir.resolve("large.xlsx"), ROWS, false);
        int count = 0;
        double sum = 0;
        SheetRow last = null;
        try (WorkbookReader reader = WorkbookReader.open(file);
             RowCursor cursor = reader.rows(reader.sheets().get(0))) {
            for (SheetRow row = cursor.next(); row != null; row = cursor.next()) {
                count++;
                if (row.rowNumber() > 1) {
                    sum += row.cell(0).number();
                }
                last = row;
            }
        }
        assertThat(count).isEqualTo(ROWS + 1);
        assertThat(sum).isEqualTo((double) ROWS * (ROWS + 1) / 2);
        assertThat(last.rowNumber()).isEqualTo(ROWS + 1);
        assertThat(last.cell(0).text()).isEqualTo("200000");
        assertThat(last.cell(1).text()).isEqualTo("Sản phẩm OCOP số 200000");
        assertThat(last.cell(2).text()).isEqualTo("00000");
        assertThat(last.cell(3).number()).isEqualTo(300_000.25);
        assertThat(last.cell(4).date()).isEqualTo(ReaderBenchmark.dateOf(ROWS));
        assertThat(last.cell(5).text()).isEqualTo(ReaderBenchmark.district(ROWS));
    }

    @Test
    void sharedStringVariantReadsTheSame() throws Exception {
        Path file = ReaderBenchmark.write(dir.resolve("shared.xlsx"), 20_000, true);
        SheetRow last = null;
        try (WorkbookReader reader = WorkbookReader.open(file);
             RowCursor cursor = reader.rows(reader.sheets().get(0))) {
            for (SheetRow row = cursor.next(); row != null; row = cursor.next()) {
                last = row;
            }
        }
        assertThat(last.rowNumber()).isEqualTo(20_001);
        assertThat(last.cell(1).text()).isEqualTo("Sản phẩm OCOP số 20000");
        assertThat(last.cell(4).date()).isEqualTo(LocalDateTime.of(2018, 1, 1, 0, 0).plusDays(20_000 % 3650));
    }
}
