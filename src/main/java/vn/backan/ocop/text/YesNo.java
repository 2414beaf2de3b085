package vn.backan.ocop.text;

import java.util.Optional;
import java.util.Set;

/** Yes/no cells: "Có", "x", "✓", "Không", "-", and an empty cell meaning no. */
public final class YesNo {

    // Compared on lower-case text without diacritics, so "Có"/"co" and "Đạt"/"dat" are one entry.
    private static final Set<String> YES = Set.of("co", "x", "1", "yes", "y", "true", "dat", "✓", "✔");
    private static final Set<String> NO = Set.of("khong", "k", "0", "no", "n", "false", "-",
            "khong dat", "chua dat");

    private YesNo() {
    }

    /** True or false; a blank cell is false; empty when the text is neither yes nor no. */
    public static Optional<Boolean> parse(String s) {
        String t = VietnameseText.lowerNoMarks(s);
        if (t.isEmpty() || NO.contains(t)) {
            return Optional.of(false);
        }
        return YES.contains(t) ? Optional.of(true) : Optional.empty();
    }
}
