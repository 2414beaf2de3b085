package vn.backan.ocop.sample;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Comparison key for Vietnamese names as clerks type them: without the type word "Xã" /
 * "Phường" / "Thị trấn", tone marks (so "Hòa Mục" and the GSO spelling "Hoà Mục" meet), case or
 * extra spaces.
 */
final class Names {

    private static final Locale VI = Locale.forLanguageTag("vi-VN");

    private Names() {
    }

    static String key(String name) {
        // the type word goes first, while the marks still tell "Phường" from "Phương" (Phương Viên)
        String bare = Normalizer.normalize(name, Normalizer.Form.NFC)
                .toLowerCase(VI)
                .replaceAll("\\s+", " ")
                .trim()
                .replaceFirst("^(xã|phường|thị trấn) ", "");
        return Normalizer.normalize(bare, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace('đ', 'd');
    }
}
