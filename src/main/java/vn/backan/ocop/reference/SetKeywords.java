package vn.backan.ocop.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.backan.ocop.text.VietnameseText;

/**
 * Infers a product's set from its name where a table gives no "Bộ sản phẩm", from the documented keyword
 * table {@code reference/ocop-set-keywords.csv}: the keyword found earliest in the name wins (Vietnamese names
 * begin with what the product is: "Mật ong Bành Trạch", "Cá suối Xuất Hoá"), at one place the longest, then
 * the first listed. Keywords are folded and matched as whole words. An inference, always shown as such.
 */
final class SetKeywords {

    private record Keyword(String words, int setNumber) {
    }

    private final List<Keyword> keywords;

    private SetKeywords(List<Keyword> keywords) {
        this.keywords = List.copyOf(keywords);
    }

    static SetKeywords load() {
        List<Keyword> keywords = new ArrayList<>();
        for (Map<String, String> row : Csv.read("/reference/ocop-set-keywords.csv")) {
            int set = Integer.parseInt(row.get("bo_san_pham_no"));
            for (String keyword : row.get("keywords").split("\\|")) {
                keywords.add(new Keyword(VietnameseText.fold(keyword), set));
            }
        }
        return new SetKeywords(keywords);
    }

    /** The set number the name suggests, or empty. */
    Optional<Integer> infer(String productName) {
        String name = " " + VietnameseText.fold(productName) + " ";
        Keyword best = null;
        int bestAt = Integer.MAX_VALUE;
        for (Keyword keyword : keywords) {
            int at = name.indexOf(" " + keyword.words() + " ");
            if (at < 0) {
                continue;
            }
            if (at < bestAt || at == bestAt && keyword.words().length() > best.words().length()) {
                best = keyword;
                bestAt = at;
            }
        }
        return Optional.ofNullable(best).map(Keyword::setNumber);
    }
}
