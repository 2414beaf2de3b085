package vn.backan.ocop.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** Keeps the Vietnamese and English rule catalogues in step with each other and with {@link IssueCode}. */
class MessageBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/messages/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        assertThat(load("issues_vi.properties").stringPropertyNames())
                .isEqualTo(load("issues_en.properties").stringPropertyNames());
    }

    @Test
    void everyCodeHasAMessageAHintAndANameAndNoKeyIsOrphaned() throws IOException {
        Set<String> expected = Arrays.stream(IssueCode.values())
                .flatMap(c -> java.util.stream.Stream.of(c.name() + ".message", c.name() + ".hint", c.name() + ".name"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(new TreeSet<>(load("issues_vi.properties").stringPropertyNames())).isEqualTo(expected);
    }

    @Test
    void placeholdersAgreeBetweenLanguages() throws IOException {
        Properties vi = load("issues_vi.properties");
        Properties en = load("issues_en.properties");
        for (String key : vi.stringPropertyNames()) {
            assertThat(placeholders(en.getProperty(key))).as(key).isEqualTo(placeholders(vi.getProperty(key)));
        }
    }

    /** Hints are shown as written, once per rule, so they cannot name the value or cell of one issue. */
    @Test
    void hintsHaveNoPlaceholders() throws IOException {
        for (String bundle : List.of("issues_vi.properties", "issues_en.properties")) {
            load(bundle).forEach((key, value) -> {
                if (((String) key).endsWith(".hint")) {
                    assertThat((String) value).as(bundle + " " + key).doesNotContain("{");
                }
            });
        }
    }

    @Test
    void noApostropheBreaksMessageFormat() throws IOException {
        for (String bundle : List.of("issues_vi.properties", "issues_en.properties")) {
            load(bundle).forEach((key, value) -> assertThat((String) value).as(bundle + " " + key).doesNotContain("'"));
        }
    }

    @Test
    void messagesRenderWithTheirArguments() {
        Issue issue = new Issue(IssueCode.SCORE_OUTSIDE_STAR_BAND, "Sản phẩm", 12, "H12", "Điểm", "65", null, List.of("4", "[70; 90)"));
        assertThat(Messages.vietnamese().message(issue)).isEqualTo("Điểm 65 không khớp hạng 4 sao (phải trong khoảng [70; 90)).");
        assertThat(Messages.english().message(issue)).isEqualTo("Score 65 does not fit 4 stars (must be in [70; 90)).");
        assertThat(issue.location()).isEqualTo("Sản phẩm!H12");
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
