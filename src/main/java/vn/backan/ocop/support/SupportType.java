package vn.backan.ocop.support;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import vn.backan.ocop.text.VietnameseText;

/** The kinds of support the programme gives and counts. */
public enum SupportType {
    NEW_ENTITY("Thành lập chủ thể mới", "Thành lập mới", "Chủ thể mới", "Thành lập HTX mới"),
    COOPERATIVE_RESTRUCTURED("Tái cơ cấu HTX", "Tái cơ cấu", "Tái cơ cấu hợp tác xã", "Củng cố HTX"),
    GRADUATE_HIRED("Hỗ trợ nhân lực", "Nhân lực", "Cán bộ trẻ", "Hỗ trợ cán bộ trẻ", "Đưa cán bộ trẻ về HTX"),
    VALUE_CHAIN("Chuỗi giá trị", "Liên kết chuỗi", "Sản xuất theo chuỗi"),
    PROJECT("Dự án", "Dự án hỗ trợ", "Dự án phát triển sản xuất"),
    SALES_CENTRE("Trung tâm bán hàng", "Điểm bán hàng", "Trung tâm giới thiệu sản phẩm"),
    OTHER("Khác");

    private final String label;
    private final String[] aliases;

    SupportType(String label, String... aliases) {
        this.label = label;
        this.aliases = aliases;
    }

    /** The template's wording. */
    public String label() {
        return label;
    }

    private static final Map<String, SupportType> BY_KEY = new HashMap<>();

    static {
        for (SupportType type : values()) {
            BY_KEY.put(VietnameseText.fold(type.label), type);
            Arrays.stream(type.aliases).forEach(alias -> BY_KEY.put(VietnameseText.fold(alias), type));
        }
    }

    public static Optional<SupportType> parse(String text) {
        return Optional.ofNullable(BY_KEY.get(VietnameseText.fold(text)));
    }
}
