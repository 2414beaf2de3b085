package vn.backan.ocop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;

class SheetWriterTest {

    /** The longest line counted in place is what String.lines() gives, whatever ends the lines. */
    @Test
    void theLongestLineIsTheLongestOfStringLines() {
        for (String text : new String[] {"", "\n", "\r\n", "ab", "ab\r\ncde", "abc\rde\nf", "abc\n\n", "\n\nabcd\r",
                "Hợp tác xã\r\nNà Rì, Bắc Kạn", "a\r\rbb\n\ncccc"}) {
            assertThat(SheetWriter.longestLine(text)).as(text.replace("\r", "\\r").replace("\n", "\\n"))
                    .isEqualTo(text.lines().mapToInt(String::length).max().orElse(0));
        }
    }

    /** The width of an integer cell is measured on the text Excel shows: digits grouped by commas. */
    @Test
    void groupsDigitsAsTheIntegerFormatDoes() {
        long[] numbers = {0, 7, -7, 99, 100, 999, 1_000, -1_000, 12_345, 999_999, 1_000_000, -123_456_789,
                Long.MAX_VALUE, Long.MIN_VALUE};
        for (long n : numbers) {
            assertThat(SheetWriter.grouped(n)).as("%d", n).isEqualTo(String.format(Locale.ROOT, "%,d", n));
        }
        for (long n = -2_000; n <= 2_000_000; n += 997) {
            assertThat(SheetWriter.grouped(n)).as("%d", n).isEqualTo(String.format(Locale.ROOT, "%,d", n));
        }
    }

    /**
     * A column is as wide as its longest line (of a text with line breaks), at most 50 characters, plus 2;
     * a column nothing was written in is 8 + 2. Ten columns of 50 fill the page, so no width is stretched.
     */
    @Test
    void fitsEachColumnToItsLongestLine() throws Exception {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("t");
            SheetWriter writer = new SheetWriter(sheet, new Styles(workbook));
            String wide = "x".repeat(60);
            writer.row("ab\nabcdefghij\r\nabc", "", "abcdefghijkl", null, wide, wide, wide, wide, wide, wide, wide, wide, wide, wide);
            writer.row("abcd", "", 1_234_567, null);
            writer.finish(false);
            assertThat(sheet.getColumnWidth(0)).isEqualTo((10 + 2) * 256);
            assertThat(sheet.getColumnWidth(1)).as("only empty text: 0 characters, at least 6").isEqualTo(6 * 256);
            assertThat(sheet.getColumnWidth(2)).as("\"abcdefghijkl\" against \"1,234,567\"").isEqualTo((12 + 2) * 256);
            assertThat(sheet.getColumnWidth(3)).as("nothing written").isEqualTo((8 + 2) * 256);
            assertThat(sheet.getColumnWidth(13)).isEqualTo((50 + 2) * 256);
        }
    }

    /** A text that fits its column takes one line; a longer one wraps at spaces, each line break starting a line. */
    @Test
    void countsTheLinesATextWrapsTo() {
        assertThat(SheetWriter.lines("", 10)).isEqualTo(1);
        assertThat(SheetWriter.lines("x".repeat(13), 10)).as("13 letters fit 10 width units").isEqualTo(1);
        assertThat(SheetWriter.lines("x".repeat(14), 10)).isEqualTo(2);
        assertThat(SheetWriter.lines("abc def", 10)).isEqualTo(1);
        assertThat(SheetWriter.lines("abc\ndef", 10)).isEqualTo(2);
        assertThat(SheetWriter.lines("abcdef ghijklm", 10)).isEqualTo(2);
        assertThat(SheetWriter.lines("abc\n\ndef", 50)).isEqualTo(3);
    }
}
