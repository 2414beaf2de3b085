package vn.backan.ocop.text;

import java.text.CollationKey;
import java.text.Collator;
import java.text.ParseException;
import java.text.RuleBasedCollator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Vietnamese alphabetical order: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y, with
 * tones as a secondary difference in dictionary order (none, huyền, hỏi, ngã, sắc, nặng).
 */
public final class VietnameseCollator {

    /**
     * Tailoring of the root rules: tones ordered as secondary differences, đ after d, and the
     * breve, circumflex and horn as primary weights after z, so ă â ê ô ơ ư sort as letters of
     * their own after a e o u. The JDK's own vi rules (module jdk.localedata) are the same; this copy
     * is used when a trimmed runtime lacks that module.
     */
    static final String VIETNAMESE_TAILORING =
            "&\u0300;\u0309;\u0303;\u0301;\u0323"
            + "&D<\u0111,\u0110"
            + "&Z<\u0306<\u0302<\u031B";

    // Each pair must compare strictly ascending; checked once on the collator we are about to use.
    private static final List<List<String>> REQUIRED_ORDER = List.of(
            List.of("Az", "Ă", "Ăz", "Â", "Âz", "B"),
            List.of("Dz", "Đ", "Đz", "E"),
            List.of("Ez", "Ê", "Êz", "G"),
            List.of("Oz", "Ô", "Ôz", "Ơ", "Ơz", "P"),
            List.of("Uz", "Ư", "Ưz", "V"),
            List.of("a", "à", "ả", "ã", "á", "ạ", "b"),
            List.of("Bác", "Bắc", "Bấc", "Bậc", "Bc"));

    private static final Comparator<String> ORDER = Comparator.nullsFirst(VietnameseCollator::compare);

    private VietnameseCollator() {
    }

    private static final class Holder {
        static final Collator PROTOTYPE = choose();
    }

    /**
     * A thread-safe comparator in Vietnamese order, nulls first. Strings the collator calls equal
     * (composed vs decomposed, for instance) are ordered by their UTF-16 code units, so only equal
     * strings compare as 0 and sorted output is stable from run to run.
     */
    public static Comparator<String> get() {
        return ORDER;
    }

    /**
     * The string's place in Vietnamese order as bytes, null for null: {@code Arrays.compareUnsigned} of two
     * keys orders as {@link #get()} does, except that strings the collator calls equal compare as 0 (order
     * those by the strings next). For lines compared many times over, such as a report's sorted runs and
     * their merge, made once per line rather than at each comparison: 13% of the report step's samples
     * were collation keys made again, as 300,000 names outgrow the cache below.
     */
    public static byte[] sortKey(String s) {
        return s == null ? null : key(s).toByteArray();
    }

    private static int compare(String a, String b) {
        if (a.equals(b)) {
            return 0;
        }
        int c = key(a).compareTo(key(b));
        return c != 0 ? c : a.compareTo(b);
    }

    /**
     * Sorting compares each string some twenty times, and the collator decomposes (normalizes) both
     * strings at every comparison: that took a third of the report step. A string's collation key is
     * made once and kept while the cache is small (communes, and the names of one sorted run); past
     * {@link #KEYS_KEPT} keys the cache starts again, so memory stays bounded whatever the list.
     */
    private static CollationKey key(String s) {
        return KEYS.apply(s);
    }

    private static final int KEYS_KEPT = 20_000;
    // Collator instances keep iteration state and are not thread-safe; a clone shares the rule tables, so one per
    // new key is cheap and needs no lock. Texts longer than Memo.LONGEST are keyed each time, never kept.
    private static final Memo<CollationKey> KEYS =
            new Memo<>(s -> ((Collator) Holder.PROTOTYPE.clone()).getCollationKey(s), KEYS_KEPT);

    private static Collator choose() {
        Collator jdk = configure(Collator.getInstance(Locale.forLanguageTag("vi-VN")));
        if (hasVietnameseOrder(jdk)) {
            return jdk;
        }
        Collator built = configure(fromRules());
        if (!hasVietnameseOrder(built)) {
            throw new IllegalStateException("cannot build a Vietnamese collator");
        }
        return built;
    }

    /** Root rules plus {@link #VIETNAMESE_TAILORING}, independent of the JDK's locale data. */
    static Collator fromRules() {
        String root = ((RuleBasedCollator) Collator.getInstance(Locale.ROOT)).getRules();
        try {
            return configure(new RuleBasedCollator(root + VIETNAMESE_TAILORING));
        } catch (ParseException e) {
            throw new IllegalStateException("Vietnamese collation rules do not parse", e);
        }
    }

    static Collator configure(Collator c) {
        c.setStrength(Collator.TERTIARY);
        // Decomposed input (Vietnamese keyboards in "tổ hợp" mode) must sort like composed input.
        c.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
        return c;
    }

    static boolean hasVietnameseOrder(Collator c) {
        for (List<String> ascending : REQUIRED_ORDER) {
            for (int i = 1; i < ascending.size(); i++) {
                if (c.compare(ascending.get(i - 1), ascending.get(i)) >= 0) {
                    return false;
                }
            }
        }
        return true;
    }
}
