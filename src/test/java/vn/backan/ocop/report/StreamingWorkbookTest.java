package vn.backan.ocop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Random;

import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.junit.jupiter.api.Test;

/** Text written in runs comes out as POI's own writer writes it, character for character. */
class StreamingWorkbookTest {

    /** POI's writer, its escaping reachable. */
    private static final class Poi extends SheetDataWriter {
        Poi(Writer out) throws IOException {
            super(out);
        }

        void text(String s) throws IOException {
            outputEscapedString(s);
        }
    }

    @Test
    void everyCharacterIsWrittenAsPoiWritesIt() throws IOException {
        StringBuilder all = new StringBuilder();
        for (int c = 0; c <= 0xFFFF; c++) {
            all.append((char) c);
            assertThat(ours(String.valueOf((char) c))).as("U+%04X", c).isEqualTo(poi(String.valueOf((char) c)));
        }
        assertThat(ours(all.toString())).isEqualTo(poi(all.toString()));
    }

    @Test
    void textMixingLettersSpecialsAndSurrogatesIsWrittenAsPoiWritesIt() throws IOException {
        String letters = "Sản phẩm <Miến> \"dong\" & 'Na Rì'\n\r\t\u00A0\u0001\uFFFE\uFFFF\uD83D\uDE00\uD83D\uDC00ạ";
        Random random = new Random(6122026);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(20); i >= 0; i--) {
                text.append(letters.charAt(random.nextInt(letters.length())));
            }
            assertThat(ours(text.toString())).as(text.toString()).isEqualTo(poi(text.toString()));
        }
        assertThat(ours("")).isEmpty();
        assertThat(ours("a<b")).isEqualTo("a&lt;b");
    }

    private static String poi(String s) throws IOException {
        StringWriter out = new StringWriter();
        try (Poi writer = new Poi(out)) {
            writer.text(s);
        }
        return out.toString();
    }

    private static String ours(String s) throws IOException {
        StringWriter out = new StringWriter();
        try (StreamingWorkbook.TextRuns writer = new StreamingWorkbook.TextRuns(out)) {
            writer.outputEscapedString(s);
        }
        return out.toString();
    }
}
