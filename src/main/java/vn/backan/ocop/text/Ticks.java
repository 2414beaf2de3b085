package vn.backan.ocop.text;

import java.util.Set;

/** A tick in a column of choices, as official tables mark a star level: "x", "X", "✓", "√", "1". */
public final class Ticks {

    private static final Set<String> TICKS = Set.of("x", "✓", "✔", "√", "v", "1", "co", "dat", "☑", "⊠", "*");

    private Ticks() {
    }

    public static boolean isTick(String text) {
        String t = VietnameseText.lowerNoMarks(text).strip();
        return TICKS.contains(t) || TICKS.contains(VietnameseText.fold(text));
    }
}
