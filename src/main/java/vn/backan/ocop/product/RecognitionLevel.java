package vn.backan.ocop.product;

import java.util.Map;
import java.util.Optional;

import vn.backan.ocop.text.VietnameseText;

/** Which level of government recognised a rating. */
public enum RecognitionLevel {
    HUYEN("Huyện"), TINH("Tỉnh"), TRUNG_UONG("Trung ương");

    private final String label;

    RecognitionLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    private static final Map<String, RecognitionLevel> BY_KEY = Map.ofEntries(
            entry("Huyện", HUYEN), entry("UBND huyện", HUYEN),
            entry("Tỉnh", TINH), entry("UBND tỉnh", TINH),
            entry("Trung ương", TRUNG_UONG), entry("TW", TRUNG_UONG), entry("Quốc gia", TRUNG_UONG),
            entry("Bộ NN&PTNT", TRUNG_UONG), entry("Bộ Nông nghiệp và Phát triển nông thôn", TRUNG_UONG));

    private static Map.Entry<String, RecognitionLevel> entry(String label, RecognitionLevel level) {
        return Map.entry(VietnameseText.fold(label), level);
    }

    static Optional<RecognitionLevel> parse(String text) {
        String key = VietnameseText.fold(text);
        String withoutPrefix = key.startsWith(VietnameseText.fold("cấp ")) ? key.substring(4) : key;
        return Optional.ofNullable(BY_KEY.getOrDefault(key, BY_KEY.get(withoutPrefix)));
    }
}
