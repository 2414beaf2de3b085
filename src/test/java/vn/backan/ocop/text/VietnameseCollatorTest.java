package vn.backan.ocop.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Collator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseCollatorTest {

    private static final Comparator<String> VI = VietnameseCollator.get();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "D|Đ", "Dz|Đ", "Đ|E", "Đồng Tâm|Đức Xuân", "Dương Quang|Đại Sảo", "Đổng Xá|Giáo Hiệu",
            "A|Ă", "Az|Ă", "Ă|Â", "Âz|B", "Anh|Ăn",
            "O|Ô", "Oz|Ô", "Ô|Ơ", "Ôz|Ơ", "Ơz|P",
            "U|Ư", "Uz|Ư", "Ưz|V",
            "E|Ê", "Ez|Ê",
            "a|à", "à|ả", "ả|ã", "ã|á", "á|ạ",
            "Bắc Kạn|Bằng Lãng",
            // ư is its own letter after u, so after i as well.
            "Nông Thịnh|Nông Thượng",
            // Syllable by syllable, as in dictionaries: the shorter syllable "Cổ" comes before "Côn".
            "Cổ Linh|Côn Minh",
            // â is its own letter after a: "Quảng" (a) before "Quân" (â).
            "Quảng Bạch|Quân Bình",
    })
    void sortsInVietnameseOrder(String before, String after) {
        assertThat(VI.compare(before, after)).isNegative();
        assertThat(VI.compare(after, before)).isPositive();
    }

    @Test
    void sortsCommuneNames() {
        List<String> expected = List.of("An Thắng", "Ân Tình", "Bằng Lãng", "Bộc Bố", "Cổ Linh", "Côn Minh",
                "Cường Lợi", "Dương Phong", "Đại Sảo", "Đồng Lạc", "Giáo Hiệu", "Lục Bình", "Lương Bằng",
                "Ngọc Phái", "Như Cố", "Nông Hạ", "Nông Thượng", "Quảng Bạch", "Quân Bình", "Thượng Ân",
                "Trần Phú", "Tú Trĩ", "Vũ Loan", "Xuân La", "Yên Cư", "Yến Dương");
        List<String> shuffled = new ArrayList<>(expected);
        Collections.shuffle(shuffled, new Random(7));

        shuffled.sort(VI);

        assertThat(shuffled).containsExactlyElementsOf(expected);
    }

    @Test
    void onlyEqualStringsCompareAsZero() {
        String nfc = "Hoà Mục";
        String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo(nfc);

        assertThat(VI.compare(nfc, new String(nfc))).isZero();
        assertThat(VI.compare(nfc, nfd)).isNotZero().isEqualTo(-VI.compare(nfd, nfc));
        assertThat(VI.compare("a", "A")).isNotZero().isEqualTo(-VI.compare("A", "a"));
        // Decomposed text still sorts by letters, not by its code units.
        assertThat(VI.compare(Normalizer.normalize("Đức", Normalizer.Form.NFD), "Dz")).isPositive();
        assertThat(VI.compare(Normalizer.normalize("Ưa", Normalizer.Form.NFD), "Uz")).isPositive();
    }

    @Test
    void nullsSortFirst() {
        List<String> list = new ArrayList<>(List.of("Bắc", "An"));
        list.add(1, null);

        list.sort(VI);

        assertThat(list).containsExactly(null, "An", "Bắc");
    }

    @Test
    void theRuleBuiltFallbackSortsLikeTheJdk() {
        Collator built = VietnameseCollator.fromRules();
        Collator root = VietnameseCollator.configure(Collator.getInstance(Locale.ROOT));

        assertThat(VietnameseCollator.hasVietnameseOrder(built)).isTrue();
        // The check must be able to fail: root order puts Ă among the A's and Đ among the D's.
        assertThat(VietnameseCollator.hasVietnameseOrder(root)).isFalse();

        List<String> words = new ArrayList<>(List.of("Đức", "Dz", "E", "Ơn", "Ôm", "Oz", "Ưa", "Uz", "Ăn", "Âm",
                "Az", "ạ", "á", "ã", "ả", "à", "a", "b"));
        List<String> byJdk = new ArrayList<>(words);
        byJdk.sort(VI);
        words.sort(built);
        assertThat(words).containsExactlyElementsOf(byJdk);
    }

    @Test
    void isSafeToShareAcrossThreads() throws Exception {
        List<String> names = new ArrayList<>();
        for (String a : List.of("Đ", "D", "Ă", "A", "Â", "Ơ", "Ô", "O", "Ư", "U", "E", "Ê")) {
            for (String b : List.of("ồng", "ức", "ạ", "a", "ươ", "n")) {
                names.add(a + b);
            }
        }
        List<String> expected = new ArrayList<>(names);
        expected.sort(VI);

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < 32; t++) {
                long seed = t;
                results.add(pool.submit(() -> {
                    List<String> mine = new ArrayList<>(names);
                    for (int round = 0; round < 50; round++) {
                        Collections.shuffle(mine, new Random(seed * 100 + round));
                        mine.sort(VI);
                    }
                    return mine;
                }));
            }
            for (Future<List<String>> result : results) {
                assertThat(result.get()).containsExactlyElementsOf(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
