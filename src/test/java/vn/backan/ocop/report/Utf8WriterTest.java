package vn.backan.ocop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The bytes are those {@code OutputStreamWriter} writes for UTF-8, however the text is split into calls. */
class Utf8WriterTest {

    /** Letters of every UTF-8 length, specials, and surrogates paired and alone. */
    private static final String LETTERS = "aZ<&\n\u00A0ạẫđ\u0800\uFFFD\uFFFF\uD83D\uDE00\uD800\uDC00\uDBFF\uDFFF";

    @Test
    void randomTextInRandomCallsIsWrittenAsOutputStreamWriterWritesIt() throws IOException {
        Random random = new Random(20261206);
        for (int n = 0; n < 3_000; n++) {
            int length = random.nextInt(n % 100 == 0 ? 200_000 : 40);
            StringBuilder text = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                text.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
            }
            long seed = random.nextLong();
            assertThat(written(true, text.toString(), seed)).as("text %d", n).isEqualTo(written(false, text.toString(), seed));
        }
    }

    @Test
    void aPairSplitAcrossCallsIsOneCharacterAndAHighSurrogateLeftAtCloseIsAQuestionMark() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new Utf8Writer(bytes)) {
            writer.write("x\uD83D");
            writer.flush();
            writer.write('\uDE00');
            writer.write("\uD83D");
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("x\uD83D\uDE00?");
    }

    /**
     * Writes the text in pieces through each of the writer's calls, chosen by the seed, with ours or with
     * {@code OutputStreamWriter}; the bytes written.
     */
    private static byte[] written(boolean ours, String text, long seed) throws IOException {
        Random random = new Random(seed);
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        Writer target = ours ? new Utf8Writer(sink) : new OutputStreamWriter(sink, StandardCharsets.UTF_8);
        try (target) {
            int at = 0;
            while (at < text.length()) {
                int piece = Math.min(text.length() - at, 1 + random.nextInt(70_000));
                switch (random.nextInt(4)) {
                    case 0 -> target.write(text.charAt(at++));
                    case 1 -> {
                        target.write(text.substring(at, at + piece));
                        at += piece;
                    }
                    case 2 -> {
                        target.write("..." + text.substring(at, at + piece), 3, piece);
                        at += piece;
                    }
                    default -> {
                        target.write(text.toCharArray(), at, piece);
                        at += piece;
                    }
                }
            }
        }
        return sink.toByteArray();
    }
}
