package vn.backan.ocop.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import vn.backan.ocop.text.VietnameseText;

/**
 * The 26 product sets and 6 groups of Decision 148/QĐ-TTg, and the mapping of the older 6 groups
 * of Decisions 490/1048 that district files still use.
 */
public final class ProductClassification {

    /** "bộ sản phẩm 12", "bộ 12", "số 12" (folded): the set's number follows. Compiled once: resolved for every product row. */
    private static final Pattern SET_WORD = Pattern.compile("^(bo san pham|bo|so)\\s*");
    private static final Pattern SET_NUMBER = Pattern.compile("\\d{1,2}");

    private final List<ProductSet> sets;
    private final Map<String, String> groupNames = new LinkedHashMap<>();
    private final Map<String, GroupMatch> byKey = new HashMap<>();
    private final SetKeywords keywords = SetKeywords.load();

    ProductClassification(List<ProductSet> sets) {
        this.sets = List.copyOf(sets);
        for (ProductSet set : sets) {
            groupNames.putIfAbsent(set.groupNumber(), set.groupName());
        }
        for (ProductSet set : sets) {
            GroupMatch match = new GroupMatch(set, set.groupNumber(), set.groupName(), false);
            byKey.putIfAbsent(VietnameseText.fold(set.name()), match);
            byKey.putIfAbsent(VietnameseText.fold(set.family() + " " + set.name()), match);
            if (set.subFamily() == null || set.subFamily().isBlank()) {
                byKey.putIfAbsent(VietnameseText.fold(set.family()), match);
            }
        }
        // Group names of Decision 148 that are not also a set name resolve to the group only.
        groupNames.forEach((number, name) ->
                byKey.putIfAbsent(VietnameseText.fold(name), new GroupMatch(null, number, name, false)));
        old("Thực phẩm", "I", null);
        old("Đồ uống", "II", null);
        old("Thảo dược", "III", null);
        old("Vải và may mặc", "IV", 22);
        old("Vải, may mặc", "IV", 22);
        old("Lưu niệm - nội thất - trang trí", "IV", 21);
        old("Lưu niệm, nội thất, trang trí", "IV", 21);
        old("Dịch vụ du lịch nông thôn, bán hàng", "VI", 26);
        old("Dịch vụ du lịch nông thôn", "VI", 26);
    }

    private void old(String name, String group, Integer setNumber) {
        ProductSet set = setNumber == null ? null : sets.get(setNumber - 1);
        String key = VietnameseText.fold(name);
        GroupMatch current = byKey.get(key);
        // A name that is also a set of Decision 148 ("Vải, may mặc" is set 22) is the new classification,
        // not an old one; a name that is only a group of both ("Thực phẩm") is flagged as the old group.
        if (current == null || current.set() == null) {
            byKey.put(key, new GroupMatch(set, group, groupNames.get(group), true));
        }
    }

    public static ProductClassification load() {
        List<ProductSet> sets = new ArrayList<>();
        for (Map<String, String> row : Csv.read("/reference/ocop-product-classification-148.csv")) {
            sets.add(new ProductSet(Integer.parseInt(row.get("bo_san_pham_no")), row.get("nganh_no"), row.get("nganh"),
                    row.get("nhom"), row.get("phan_nhom")));
        }
        sets.sort((a, b) -> Integer.compare(a.number(), b.number()));
        return new ProductClassification(sets);
    }

    public List<ProductSet> sets() {
        return sets;
    }

    /** Group number ("I".."VI") → group name, in the decision's order. */
    public Map<String, String> groups() {
        return groupNames;
    }

    /** The set a product's name suggests, by the keyword table; an inference, to be shown as such. */
    public Optional<ProductSet> infer(String productName) {
        return keywords.infer(productName).map(n -> sets.get(n - 1));
    }

    /** A set number 1-26 ("5", "Bộ 5", "05"), a set name, a group name of Decision 148 or an old group name. */
    public Optional<GroupMatch> resolve(String text) {
        String key = VietnameseText.fold(text);
        String number = SET_WORD.matcher(key).replaceFirst("").trim();
        if (SET_NUMBER.matcher(number).matches()) {
            int n = Integer.parseInt(number);
            if (n >= 1 && n <= sets.size()) {
                ProductSet set = sets.get(n - 1);
                return Optional.of(new GroupMatch(set, set.groupNumber(), set.groupName(), false));
            }
            return Optional.empty();
        }
        return Optional.ofNullable(byKey.get(key));
    }
}
