package vn.backan.ocop.text;

import vn.backan.ocop.intake.excel.TextRun;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LegacyTextTest {

    /** A row of a reference table, read here from the visible columns, independently of {@link LegacyTables}. */
    private record Row(String legacy, String unicode) {
    }

    private static List<Row> rows(String resource) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = LegacyTextTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> header = Arrays.asList(reader.readLine().split("\t", -1));
            int legacy = header.indexOf("legacy");
            int unicode = header.indexOf("unicode");
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isEmpty()) {
                    String[] f = line.split("\t", -1);
                    rows.add(new Row(f[legacy], f[unicode]));
                }
            }
        }
        return rows;
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
            "NULL, UNICODE",
            "'', UNICODE",
            "Times New Roman, UNICODE",
            "Arial, UNICODE",
            "Calibri, UNICODE",
            ".VnTime, TCVN3",
            ".VnArial, TCVN3",
            ".vntime, TCVN3",
            ".VNTIME, TCVN3",
            ".VnArial Narrow, TCVN3",
            ".VnTimeH, TCVN3_CAPS",
            ".VnArialH, TCVN3_CAPS",
            ".VnAvantH, TCVN3_CAPS",
            "' .VnTimeH ', TCVN3_CAPS",
            "VNI-Times, VNI",
            "VNI-Helve, VNI",
            "vni-times, VNI",
            "VNI Times, VNI",
            "VNITimes, UNICODE",
            "VnTime, UNICODE",
    })
    void encodingComesFromTheFontName(String font, LegacyEncoding expected) {
        assertThat(LegacyEncoding.forFont(font)).isEqualTo(expected);
    }

    @Test
    void everyTcvn3RowDecodes() throws IOException {
        List<Row> rows = rows(LegacyTables.TCVN3_RESOURCE);
        assertThat(rows).hasSize(74);
        for (Row row : rows) {
            assertThat(LegacyEncoding.TCVN3.decode(row.legacy())).as(row.toString()).isEqualTo(row.unicode());
            assertThat(LegacyEncoding.TCVN3_CAPS.decode(row.legacy())).as(row.toString())
                    .isEqualTo(row.unicode().toUpperCase(Locale.ROOT));
        }
        String legacy = rows.stream().map(Row::legacy).collect(Collectors.joining());
        String unicode = rows.stream().map(Row::unicode).collect(Collectors.joining());
        assertThat(LegacyText.toUnicode(legacy, ".VnTime")).isEqualTo(unicode);
    }

    @Test
    void everyVniRowDecodes() throws IOException {
        List<Row> rows = rows(LegacyTables.VNI_RESOURCE);
        assertThat(rows).hasSize(134);
        for (Row row : rows) {
            assertThat(LegacyEncoding.VNI.decode(row.legacy())).as(row.toString()).isEqualTo(row.unicode());
        }
        // Spaces between rows: without them the greedy reader would pair a mark byte with the next row.
        String legacy = rows.stream().map(Row::legacy).collect(Collectors.joining(" "));
        String unicode = rows.stream().map(Row::unicode).collect(Collectors.joining(" "));
        assertThat(LegacyText.toUnicode(legacy, "VNI-Times")).isEqualTo(unicode);
    }

    @Test
    void hopTacXaBytesAreTheTableBytes() throws IOException {
        Map<String, String> table = rows(LegacyTables.TCVN3_RESOURCE).stream()
                .collect(Collectors.toMap(Row::legacy, Row::unicode));
        assertThat(table).containsEntry("\u00EE", "ợ").containsEntry("\u00B8", "á").containsEntry("\u00B7", "ã");
        assertThat("Hîp t¸c x·").isEqualTo("H\u00EEp t\u00B8c x\u00B7");

        assertThat(LegacyText.toUnicode("Hîp t¸c x·", ".VnTime")).isEqualTo("Hợp tác xã");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // TCVN3
            "H\u00EEp t\u00B8c x\u00B7|.VnTime|Hợp tác xã",
            "\u00A7\u00E5ng T\u00A9m|.VnTime|Đồng Tâm",
            "B\u00BEc K\u00B9n|.VnArial|Bắc Kạn",
            "Mi\u00D5n dong|.VnTime|Miến dong",
            // ư is U+00AD, a soft hyphen to Unicode: it must survive cleaning.
            "Ng\u00AD\u00EAi|.VnTime|Người",
            // Capitals fonts: the same bytes, ASCII included, come out upper case.
            "h\u00EEp t\u00B8c x\u00B7|.VnTimeH|HỢP TÁC XÃ",
            "H\u00EEP T\u00B8C X\u00B7|.VnArialH|HỢP TÁC XÃ",
            "b\u00BEc k\u00B9n|.VnAvantH|BẮC KẠN",
            // VNI
            "Baéc Kaïn|VNI-Times|Bắc Kạn",
            "Mieán dong|VNI-Times|Miến dong",
            "Hôïp taùc xaõ|VNI-Helve|Hợp tác xã",
            "BAÉC KAÏN|VNI-Times|BẮC KẠN",
            "Ñoàng Taâm|VNI-Times|Đồng Tâm",
            "ô|VNI-Times|ơ",
            "ôù|VNI-Times|ớ",
            "ÖÙng Hoøa|VNI-Times|Ứng Hòa",
            // Unicode fonts are left alone apart from cleaning.
            "Bắc Kạn|Times New Roman|Bắc Kạn",
            "Hîp|Times New Roman|Hîp",
    })
    void realWordsDecode(String raw, String font, String expected) {
        assertThat(LegacyText.toUnicode(raw, font)).isEqualTo(expected);
        assertThat(LegacyText.toUnicode(List.of(new TextRun(raw, font)))).isEqualTo(expected);
    }

    @Test
    void mixedFontRunsAreDecodedEachByItsFont() {
        List<TextRun> runs = List.of(
                new TextRun("Sản phẩm: ", "Times New Roman"),
                new TextRun("Mi\u00D5n dong ", ".VnTime"),
                new TextRun("b\u00BEc k\u00B9n", ".VnTimeH"),
                new TextRun(" - Baéc Kaïn", "VNI-Times"));

        assertThat(LegacyText.toUnicode(runs)).isEqualTo("Sản phẩm: Miến dong BẮC KẠN - Bắc Kạn");
    }

    @Test
    void aRunBoundaryInsideAWordJoinsCleanly() {
        List<TextRun> runs = List.of(new TextRun("Ng", ".VnTime"), new TextRun("\u00AD\u00EAi", ".VnTime"));

        assertThat(LegacyText.toUnicode(runs)).isEqualTo("Người");
    }

    @Test
    void nullsAreEmpty() {
        List<TextRun> runs = new ArrayList<>();
        runs.add(new TextRun(null, ".VnTime"));
        runs.add(null);
        runs.add(new TextRun("Na Rì", null));

        assertThat(LegacyText.toUnicode(runs)).isEqualTo("Na Rì");
        assertThat(LegacyText.toUnicode((List<TextRun>) null)).isEmpty();
        assertThat(LegacyText.toUnicode(null, ".VnTime")).isEmpty();
        assertThat(LegacyEncoding.VNI.decode(null)).isEmpty();
    }

    @Test
    void unicodeDecodeReturnsTheInputUnchanged() {
        String nfd = Normalizer.normalize("Bắc Kạn", Normalizer.Form.NFD);

        assertThat(LegacyEncoding.UNICODE.decode(nfd)).isSameAs(nfd);
        assertThat(LegacyText.toUnicode(nfd, "Arial")).isEqualTo("Bắc Kạn");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Hợp tác xã|.VnTime|Hợp tác xã",
            "Hợp tác xã|.VnTimeH|Hợp tác xã",
            "Bắc Kạn|VNI-Times|Bắc Kạn",
            "Đồng Tâm|.VnArial|Đồng Tâm",
    })
    void unicodeTextLeftInALegacyFontIsNotGarbled(String text, String font, String expected) {
        assertThat(LegacyText.toUnicode(text, font)).isEqualTo(expected);
        String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
        assertThat(LegacyText.toUnicode(nfd, font)).isEqualTo(expected);
    }

    @Test
    void legacyOutputIsNfc() {
        String decoded = LegacyEncoding.VNI.decode("Mieán dong");

        assertThat(Normalizer.isNormalized(decoded, Normalizer.Form.NFC)).isTrue();
        assertThat(decoded).isEqualTo("Miến dong");
    }
}
