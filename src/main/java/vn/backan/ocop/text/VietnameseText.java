package vn.backan.ocop.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Cleaning and matching keys for Vietnamese cell text.
 *
 * <p>{@link #clean} is for values that are kept and shown; {@link #fold} and the keys built on it are
 * for comparing only and are never shown. Legacy-encoded text (TCVN3, VNI) must be decoded with
 * {@link LegacyText} before any of these: TCVN3 stores "ư" as U+00AD, which {@link #clean} removes as
 * a soft hyphen.
 */
public final class VietnameseText {

    // Word-level rewrite on folded text: the province is spelled "Bắc Cạn" in older documents.
    private static final Pattern BAC_CAN = Pattern.compile("(?<![^ ])bac can(?![^ ])");

    // "P." and "X." are the clerks' abbreviations of phường and xã in addresses ("P. Sông Cầu").
    private static final List<List<String>> ADMIN_TYPE_PREFIXES = longestFirst(
            "xã", "phường", "thị trấn", "tt", "huyện", "thành phố", "tp", "p", "x");

    private static final List<List<String>> LEGAL_FORM_PREFIXES = longestFirst(
            "hợp tác xã", "htx",
            "công ty tnhh một thành viên", "công ty tnhh mtv", "công ty tnhh",
            "công ty cổ phần", "công ty cp", "ctcp", "công ty",
            // "cty" is the usual handwritten abbreviation of "công ty" in district lists.
            "cty tnhh một thành viên", "cty tnhh mtv", "cty tnhh", "cty cổ phần", "cty cp", "cty",
            "doanh nghiệp tư nhân", "dntn",
            "tổ hợp tác", "tht",
            "hộ kinh doanh", "hkd", "hộ sản xuất",
            "cơ sở sản xuất", "cơ sở");

    private VietnameseText() {
    }

    /**
     * Text as it should be stored: NFC, no invisible characters, single spaces, trimmed.
     *
     * @return the cleaned text; "" for null
     */
    public static String clean(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        if (alreadyClean(s)) {
            return s; // most cells, and every value cleaned once already and folded or keyed again
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (isSpace(cp)) {
                sb.append(' ');
            } else if (!isInvisible(cp)) {
                sb.appendCodePoint(cp);
            }
        }
        // NFC after removing invisibles: a zero-width char between a letter and its combining
        // mark would otherwise block composition.
        String nfc = Normalizer.normalize(sb, Normalizer.Form.NFC);
        return collapseSpaces(nfc);
    }

    /** True where {@link #clean} would give the same text: nothing to remove, replace, compose or collapse. */
    private static boolean alreadyClean(String s) {
        int n = s.length();
        if (s.charAt(0) == ' ' || s.charAt(n - 1) == ' ') {
            return false;
        }
        char previous = 0;
        boolean composed = true;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c == ' ' ? previous == ' ' : c < 0x20 || c == 0x7f) {
                    return false;
                }
            } else if (Character.isSurrogate(c) || isSpace(c) || isInvisible(c)) {
                return false;
            } else if (!composedAsIs(c)) {
                composed = false;
            }
            previous = c;
        }
        // Asking the normalizer allocated for every cell read (a third of what staging allocated in clean):
        // text of letters NFC keeps whatever their neighbours needs no asking.
        return composed || Normalizer.isNormalized(s, Normalizer.Form.NFC);
    }

    /**
     * Letters that NFC leaves as they are next to any other such letter: Latin-1 and Latin Extended (below the
     * combining marks at U+0300) and the precomposed Vietnamese letters (U+1EA0-U+1EF9). Vietnamese text in
     * Unicode is made of these; decomposed marks, and every other script, are left to the normalizer.
     * VietnameseTextTest checks every pair of them against the normalizer.
     */
    static boolean composedAsIs(char c) {
        return c < 0x300 || c >= 0x1EA0 && c <= 0x1EF9;
    }

    /**
     * Matching key: lower case, no diacritics, no punctuation, and the spelling variants seen in
     * Bắc Kạn documents folded together (hoà/hòa, sĩ/sỹ, kì/kỳ, Bắc Cạn/Bắc Kạn).
     * Never show it to users.
     */
    public static String fold(String s) {
        String cleaned = clean(s);
        String folded = foldByTable(cleaned);
        if (folded == null) {
            folded = foldGeneral(cleaned);
        }
        return folded.contains("bac can") ? BAC_CAN.matcher(folded).replaceAll("bac kan") : folded;
    }

    /**
     * {@link #fold} of cleaned text in one pass over its characters, through the letter tables of
     * {@link #stripMarks}: one string made where lowering, stripping, mapping and collapsing made one each
     * (folding was a tenth of what staging allocated on the 1.15M-row benchmark). Null where a character
     * is outside the tables, or lowers differently inside a string than alone (U+0130), or is a surrogate:
     * {@link #foldGeneral} folds those. VietnameseTextTest checks the two agree on every character.
     */
    static String foldByTable(String cleaned) {
        char[] out = new char[cleaned.length()];
        int n = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < cleaned.length(); i++) {
            char c = cleaned.charAt(i);
            if (c == '\u0130' || Character.isSurrogate(c)) {
                return null;
            }
            char lower = Character.toLowerCase(c);
            char base = lower < 0x250 ? LATIN[lower] : lower >= 0x1E00 && lower < 0x1F00 ? LATIN_ADDITIONAL[lower - 0x1E00] : 0;
            if (base == 0) {
                return null;
            }
            if (base == 'y') {
                base = 'i';
            }
            if (!Character.isLetterOrDigit(base)) {
                pendingSpace = n > 0;
                continue;
            }
            if (pendingSpace) {
                out[n++] = ' ';
                pendingSpace = false;
            }
            out[n++] = base;
        }
        return new String(out, 0, n);
    }

    /** {@link #fold} of cleaned text, before the spelling rewrite, for any text. */
    static String foldGeneral(String cleaned) {
        String base = stripMarks(cleaned.toLowerCase(Locale.ROOT));
        StringBuilder sb = new StringBuilder(base.length());
        for (int i = 0; i < base.length(); ) {
            int cp = base.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == 'y') {
                // i/y are interchangeable after a consonant in Vietnamese spelling (sĩ/sỹ, kì/kỳ);
                // folding every y keeps the rule simple and still symmetric.
                sb.append('i');
            } else if (Character.isLetterOrDigit(cp)) {
                sb.appendCodePoint(cp);
            } else {
                sb.append(' ');
            }
        }
        return collapseSpaces(sb.toString());
    }

    /**
     * {@link #fold} without the leading type word: "Thị trấn Yến Lạc" and "Yến Lạc" give one key.
     *
     * <p>A type word written with diacritics must match them exactly: the commune "Huyền Tụng" folds to
     * "huien tung" like "Huyện Tụng" would, and must keep its first word. Written without any
     * diacritics ("Huyen ...", "TT."), the word is taken as the type word; that reading is ambiguous
     * and chosen because unaccented type words are far more common than unaccented commune names.
     */
    public static String communeKey(String s) {
        return COMMUNE_KEYS.apply(s);
    }

    /**
     * {@link #fold} without the leading legal form: "HTX Tài Hoan" and "Hợp tác xã Tài Hoan" give one
     * key. Diacritics in the legal-form words are compared as in {@link #communeKey}.
     */
    public static String entityKey(String s) {
        return ENTITY_KEYS.apply(s);
    }

    /** Keys of the names that come back row after row; a few thousand names of about 50 characters at most. */
    private static final int NAMES_REMEMBERED = 4_096;
    private static final Memo<String> COMMUNE_KEYS = new Memo<>(s -> stripLeading(s, ADMIN_TYPE_PREFIXES), NAMES_REMEMBERED);
    private static final Memo<String> ENTITY_KEYS = new Memo<>(s -> stripLeading(s, LEGAL_FORM_PREFIXES), NAMES_REMEMBERED);

    /** Column-header key: {@link #fold} with everything but letters and digits removed ("Tên sản phẩm (*)" → "tensanpham"). */
    public static String headerKey(String s) {
        String folded = fold(s);
        StringBuilder sb = new StringBuilder(folded.length());
        folded.codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    /**
     * Lower case without diacritics, "đ" as "d", punctuation and spelling kept. For parsers that
     * need symbols ("✓", "*") that {@link #fold} would drop.
     */
    static String lowerNoMarks(String s) {
        return stripMarks(clean(s).toLowerCase(Locale.ROOT));
    }

    /**
     * Each letter of the Latin blocks Vietnamese is written in (U+0000-U+024F, U+1E00-U+1EFF) without its
     * marks, where that is one character; 0 elsewhere. The decomposition is per character and the marks
     * are dropped, so mapping character by character gives what {@link #stripMarksGeneral} gives, without
     * normalizing the whole string (5% of the stage step's samples on the 41-file benchmark set).
     */
    private static final char[] LATIN = baseLetters(0, 0x250);
    private static final char[] LATIN_ADDITIONAL = baseLetters(0x1E00, 0x1F00);

    private static char[] baseLetters(int from, int to) {
        char[] bases = new char[to - from];
        for (int c = from; c < to; c++) {
            String base = stripMarksGeneral(String.valueOf((char) c));
            bases[c - from] = base.length() == 1 ? base.charAt(0) : 0;
        }
        return bases;
    }

    static String stripMarks(String lower) {
        char[] out = new char[lower.length()];
        for (int i = 0; i < out.length; i++) {
            char c = lower.charAt(i);
            char base = c < 0x250 ? LATIN[c] : c >= 0x1E00 && c < 0x1F00 ? LATIN_ADDITIONAL[c - 0x1E00] : 0;
            if (base == 0) {
                return stripMarksGeneral(lower); // a combining mark, another script, a surrogate, NUL
            }
            out[i] = base;
        }
        return new String(out);
    }

    static String stripMarksGeneral(String lower) {
        String nfd = Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(nfd.length());
        for (int i = 0; i < nfd.length(); ) {
            int cp = nfd.codePointAt(i);
            i += Character.charCount(cp);
            if (isMark(cp)) {
                continue;
            }
            // đ has no decomposition, so NFD leaves it alone.
            sb.appendCodePoint(cp == 'đ' ? 'd' : cp);
        }
        return sb.toString();
    }

    private static String stripLeading(String s, List<List<String>> prefixes) {
        List<String> words = words(clean(s).toLowerCase(Locale.ROOT));
        for (List<String> prefix : prefixes) {
            // Never down to nothing: a bare "Xã" or "HTX" stays as it is.
            if (words.size() > prefix.size() && startsWithWords(words, prefix)) {
                return fold(String.join(" ", words.subList(prefix.size(), words.size())));
            }
        }
        return fold(s);
    }

    private static boolean startsWithWords(List<String> words, List<String> prefix) {
        for (int i = 0; i < prefix.size(); i++) {
            String word = words.get(i);
            String expected = prefix.get(i);
            boolean unaccented = ascii(word);
            if (!word.equals(expected) && !(unaccented && word.equals(stripMarks(expected)))) {
                return false;
            }
        }
        return true;
    }

    private static boolean ascii(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Splits lower-case NFC text into words the way {@link #fold} does: on anything but letters, digits and marks. */
    private static List<String> words(String lower) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp) || isMark(cp)) {
                word.appendCodePoint(cp);
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    private static List<List<String>> longestFirst(String... phrases) {
        return Arrays.stream(phrases)
                .map(p -> List.of(p.split(" ")))
                .sorted(Comparator.comparingInt((List<String> p) -> p.size()).reversed())
                .toList();
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isSpace(int cp) {
        return cp == '\u00A0' || cp == '\u2007' || cp == '\u202F'
                || Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    private static boolean isInvisible(int cp) {
        int type = Character.getType(cp);
        // FORMAT covers U+200B..U+200D, U+2060, U+FEFF, U+00AD and the bidi marks Excel pastes in.
        return type == Character.CONTROL || type == Character.FORMAT;
    }

    private static String collapseSpaces(CharSequence s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                pendingSpace = sb.length() > 0;
            } else {
                if (pendingSpace) {
                    sb.append(' ');
                    pendingSpace = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
