package vn.backan.ocop.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import vn.backan.ocop.text.Memo;
import vn.backan.ocop.text.VietnameseText;

/**
 * An address as official tables write it ("Thôn Nà Đon, xã Côn Minh, huyện Na Rì, tỉnh Bắc Kạn", "Xã Đại Sảo,
 * huyện Chợ Đồn", "Bản Pục, Côn Minh, Na Rì"), split into its parts by the words that name each level.
 * Parts without such a word are left for the gazetteer to tell ({@link Gazetteer#resolveAddress}).
 *
 * @param commune  the part naming the commune with its word ("xã Côn Minh"), or null
 * @param district the part naming the district ("huyện Na Rì"), or null
 * @param province the part naming the province, or null
 * @param others   the other parts, in the order written: villages ("Thôn Nà Đon", "Bản Pục") and names without
 *                 a level word; a village word is no proof ("Bản Thi" is a commune), so the gazetteer tells
 */
public record Address(String commune, String district, String province, List<String> others) {

    private static final Pattern SEPARATORS = Pattern.compile("\\s*[,;]\\s*|\\s+-\\s+");
    private static final List<String> COMMUNE_WORDS = List.of("xa ", "phuong ", "thi tran ", "tt ", "tt.", "p.", "x.");
    private static final List<String> DISTRICT_WORDS = List.of("huien ", "thanh pho ", "tp ", "tp.", "h.", "thi xa ");
    private static final List<String> PROVINCE_WORDS = List.of("tinh ", "t.");

    /** Whether the text is more than a commune's name: an address to take apart. */
    public boolean several() {
        return others.size() + (commune == null ? 0 : 1) + (district == null ? 0 : 1) + (province == null ? 0 : 1) > 1;
    }

    /** Addresses repeat down a sheet (a producer's, a commune's): each is taken apart once. */
    private static final Memo<Address> PARSED = new Memo<>(Address::parseOnce, 4_096);

    public static Address parse(String text) {
        return PARSED.apply(text);
    }

    private static Address parseOnce(String text) {
        String commune = null;
        String district = null;
        String province = null;
        List<String> others = new ArrayList<>();
        for (String raw : SEPARATORS.split(VietnameseText.clean(text))) {
            String part = raw.strip();
            if (part.isEmpty()) {
                continue;
            }
            String folded = VietnameseText.fold(part).toLowerCase(Locale.ROOT) + " ";
            String dotted = VietnameseText.clean(part).toLowerCase(Locale.ROOT);
            if (startsWith(folded, dotted, COMMUNE_WORDS) && commune == null) {
                commune = part;
            } else if (startsWith(folded, dotted, DISTRICT_WORDS) && district == null) {
                district = part;
            } else if (startsWith(folded, dotted, PROVINCE_WORDS) && province == null) {
                province = part;
            } else {
                others.add(part);
            }
        }
        return new Address(commune, district, province, List.copyOf(others));
    }

    private static boolean startsWith(String folded, String dotted, List<String> words) {
        for (String word : words) {
            if (word.endsWith(".") ? dotted.startsWith(word) : folded.startsWith(word) && folded.length() > word.length()) {
                return true;
            }
        }
        return false;
    }
}
