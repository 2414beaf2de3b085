package vn.backan.ocop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The nightly job as cron starts it: a child JVM with an empty environment (no LANG, no LC_ALL, so
 * Java's file-name encoding would be ASCII), on files named as clerks name them.
 */
class EmptyEnvironmentRunTest {

    private static final String NFC = "Báo cáo OCOP Ba Bể 2020.xlsx";
    private static final String NFD = Normalizer.normalize("066 Huyện Na Rì năm 2020.xlsx", Normalizer.Form.NFD);
    /** Over 200 bytes in UTF-8: long, under the 255 of Linux file systems. */
    private static final String LONG = "060 Báo cáo kết quả thực hiện Chương trình Mỗi xã một sản phẩm huyện Pác Nặm năm 2020 "
            + "gửi Sở Nông nghiệp và Phát triển nông thôn tỉnh Bắc Kạn (bản cuối).xlsx";

    @TempDir
    Path home;

    @Test
    void aRunWithoutLocaleReadsVietnameseSpacedLongAndNonUtf8FileNames() throws Exception {
        Path input = Files.createDirectories(home.resolve("input"));
        Files.copy(Path.of("input/2020/061-ba-be-2020.xlsx"), input.resolve(NFC));
        Files.copy(Path.of("input/2020/066-na-ri-2020.xlsx"), input.resolve(NFD));
        Files.copy(Path.of("input/2020/060-pac-nam-2020.xls"), input.resolve(LONG.replace(".xlsx", ".xls")));
        // A name in Windows-1258/Latin-1 bytes, not valid UTF-8: Java cannot even spell it as a String.
        Process copy = new ProcessBuilder("sh", "-c", "cp \"$0\" \"$1/$(printf '062 Ng\\342n S\\364n 2020.xlsx')\"",
                Path.of("input/2020/062-ngan-son-2020.xlsx").toAbsolutePath().toString(), input.toString()).start();
        assertThat(copy.waitFor()).isZero();
        assertThat(LONG.getBytes(StandardCharsets.UTF_8).length).isBetween(200, 250);

        Process run = childJvm("consolidate", "--input", input.toString(), "--output", home.resolve("out").toString(),
                "--db", "jdbc:h2:file:" + home.resolve("data/ocop"));
        String console = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(run.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(run.exitValue()).as(console).isZero();

        assertThat(console).contains(NFC + ": registered as submission", NFD + ": registered as submission",
                LONG.replace(".xlsx", ".xls") + ": registered as submission");
        // a name not in UTF-8 is left alone with a line saying so, and the rest of the night goes on
        assertThat(console).contains("062 Ng\uFFFDn S\uFFFDn 2020.xlsx: the file name is not in UTF-8");
        assertThat(console).doesNotContain("InvalidPathException", "Exception");
        for (String feedback : List.of("060-pac-nam-2020.xlsx", "061-ba-be-2020.xlsx", "066-na-ri-2020.xlsx")) {
            assertThat(home.resolve("out/feedback/" + feedback)).exists();
        }
        assertThat(home.resolve("out/ocop-progress-2020-12-31.xlsx")).exists();
        // the log beside the database, in UTF-8, dated
        String log = Files.readString(home.resolve("data/ocop.log"), StandardCharsets.UTF_8);
        assertThat(log).contains(NFC).containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");

        Process status = childJvm("status", "--db", "jdbc:h2:file:" + home.resolve("data/ocop"));
        String printed = new String(status.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(status.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(printed).contains("Huyện Ba Bể", NFC).doesNotContain("?");
    }

    private Process childJvm(String... args) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), "vn.backan.ocop.cli.Cli"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true);
        builder.environment().clear();
        return builder.start();
    }
}
