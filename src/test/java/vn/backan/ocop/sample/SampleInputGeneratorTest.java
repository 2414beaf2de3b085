package vn.backan.ocop.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed {@code input/} must be what the generator makes of the committed CSV files, so
 * that editing one without regenerating the other cannot go unnoticed.
 */
class SampleInputGeneratorTest {

    @Test
    void committedInputIsWhatTheGeneratorWrites(@TempDir Path out) throws IOException {
        SampleInputGenerator.main(new String[] {out.toString()});
        Path input = Path.of("input");
        List<Path> generated = workbooks(out);
        assertThat(generated.stream().map(out::relativize).map(Path::toString))
                .containsExactlyInAnyOrderElementsOf(workbooks(input).stream().map(input::relativize)
                        .map(Path::toString).toList());
        for (Path file : generated) {
            Path committed = input.resolve(out.relativize(file).toString());
            assertThat(content(file)).as(committed.toString()).isEqualTo(content(committed));
        }
    }

    private static List<Path> workbooks(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.filter(p -> p.toString().matches(".*\\.xlsx?$")).sorted().toList();
        }
    }

    /**
     * An .xlsx compared part by part, uncompressed, since another zlib may deflate the same part
     * to other bytes; an .xls byte for byte.
     */
    private static Map<String, String> content(Path file) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        if (!file.toString().endsWith(".xlsx")) {
            parts.put("", HexFormat.of().formatHex(Files.readAllBytes(file)));
            return parts;
        }
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                parts.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }
}
