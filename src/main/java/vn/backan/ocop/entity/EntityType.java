package vn.backan.ocop.entity;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.backan.ocop.text.VietnameseText;

/** The kinds of producing entity the programme counts. */
public enum EntityType {
    HTX("Hợp tác xã"), DN("Doanh nghiệp"), THT("Tổ hợp tác"), HKD("Hộ kinh doanh");

    private final String label;

    EntityType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    private static final Map<String, EntityType> BY_NAME = Map.ofEntries(
            entry("HTX", HTX), entry("Hợp tác xã", HTX),
            entry("DN", DN), entry("Doanh nghiệp", DN), entry("Công ty", DN), entry("Công ty TNHH", DN),
            entry("Công ty CP", DN), entry("Công ty cổ phần", DN), entry("DNTN", DN), entry("Doanh nghiệp tư nhân", DN),
            entry("THT", THT), entry("Tổ hợp tác", THT),
            entry("HKD", HKD), entry("Hộ kinh doanh", HKD), entry("Hộ sản xuất", HKD), entry("Hộ gia đình", HKD),
            entry("Cơ sở sản xuất", HKD), entry("Hộ SXKD", HKD), entry("Hộ sản xuất kinh doanh", HKD));

    /** Name prefixes from which a blank type is inferred, longest first. */
    private static final List<Map.Entry<String, EntityType>> PREFIXES = List.of(
            entry("Hợp tác xã", HTX), entry("HTX", HTX),
            entry("Công ty", DN), entry("Cty", DN), entry("Doanh nghiệp", DN), entry("DNTN", DN), entry("CTCP", DN),
            entry("Tổ hợp tác", THT), entry("THT", THT),
            entry("Hộ kinh doanh", HKD), entry("Hộ sản xuất", HKD), entry("Hộ gia đình", HKD), entry("Hộ ông", HKD),
            entry("Hộ bà", HKD), entry("Cơ sở", HKD), entry("HKD", HKD));

    private static Map.Entry<String, EntityType> entry(String text, EntityType type) {
        return Map.entry(VietnameseText.fold(text), type);
    }

    public static Optional<EntityType> parse(String text) {
        return Optional.ofNullable(BY_NAME.get(VietnameseText.fold(text)));
    }

    /** The type an entity's name announces ("HTX Tài Hoan" → HTX), if any. */
    public static Optional<EntityType> inferFromName(String name) {
        String key = VietnameseText.fold(name) + " ";
        return PREFIXES.stream().filter(e -> key.startsWith(e.getKey() + " ")).map(Map.Entry::getValue).findFirst();
    }
}
