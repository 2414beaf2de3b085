package vn.backan.ocop.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.backan.ocop.intake.excel.CellRef;
import vn.backan.ocop.intake.excel.RawCell;
import vn.backan.ocop.intake.excel.SheetRow;
import vn.backan.ocop.text.VietnameseDates;
import vn.backan.ocop.text.VietnameseText;

/**
 * What the title of an official table and its section rows state for the rows under them ("Kèm theo Quyết
 * định số 2390/QĐ-UBND ngày 16/12/2019 của UBND tỉnh Bắc Kạn", "I. SẢN PHẨM ĐẠT 4 SAO", "II. Sản phẩm cấp lại
 * giấy chứng nhận"). A row's own value always comes first; these fill what a row leaves blank.
 *
 * @param decision the decision's number
 * @param date     the decision's date: the recognition date of its rows
 * @param stars    the star level of the rows
 * @param renewed  true for re-certified products, false for newly recognised ones
 */
public record StatedFacts(Stated<String> decision, Stated<LocalDate> date, Stated<Integer> stars, Stated<Boolean> renewed) {

    public static final StatedFacts NONE = new StatedFacts(null, null, null, null);

    /** "2390/QĐ-UBND", "1026/QĐ-BNN-KTHT": a decision's number, as signed. */
    private static final Pattern DECISION = Pattern.compile("(\\d{1,6}/(?:[\\p{L}\\d]+-)*QĐ(?:-[\\p{L}\\d]+)*)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The date that follows a decision's number: "ngày 16/12/2019", "ngày 16 tháng 12 năm 2019". */
    private static final Pattern DATE_AFTER = Pattern.compile(
            "\\s*,?\\s*ng(?:à|a)y\\s+(\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4}|\\d{1,2}\\s+th(?:á|a)ng\\s+\\d{1,2}\\s+n(?:ă|a)m\\s+\\d{4})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * On folded text: "đạt 4 sao", "OCOP 5 sao", "sản phẩm 3 sao", "hạng 4 sao", "4 sao" alone; never a bound
     * ("từ 3 sao trở lên", "trên 3 sao", "3 sao trở lên"), which states no level.
     */
    private static final Pattern STARS = Pattern.compile("(?:^|(?:dat|ocop|pham|hang|nhom) )([1-5]) sao(?! tro)(?: |$)");
    /** Any star level named, for telling a single level from several ("3 sao và 4 sao"). */
    private static final Pattern ANY_STARS = Pattern.compile("(?:^| )([1-5]) sao(?: |$)");
    private static final List<String> RENEWED = List.of("cap lai", "cong nhan lai", "gia han");
    private static final List<String> NEW = List.of("cong nhan moi", "cap moi", "danh gia moi", "dat moi");

    /** The facts of the title rows above a header: each found in its first row that states it. */
    static StatedFacts ofTitle(List<SheetRow> rows, int headerRow) {
        StatedFacts facts = NONE;
        for (SheetRow row : rows) {
            if (row.rowNumber() >= headerRow) {
                break;
            }
            facts = facts.orElse(ofRow(row));
        }
        // The kind of recognition is read from section rows only: a title's instructions speak of re-rating
        // in general ("sản phẩm đánh giá lại ghi thêm dòng mới"), not of the rows below.
        return new StatedFacts(facts.decision, facts.date, facts.stars, null);
    }

    /** The facts one row states, in any of its cells. */
    static StatedFacts ofRow(SheetRow row) {
        StatedFacts facts = NONE;
        for (RawCell cell : row.cells()) {
            String text = CellText.of(cell);
            if (!text.isBlank()) {
                facts = facts.orElse(ofText(text, CellRef.of(row.rowNumber(), cell.column())));
            }
        }
        return facts;
    }

    static StatedFacts ofText(String text, String cell) {
        Stated<String> decision = null;
        Stated<LocalDate> date = null;
        Matcher m = DECISION.matcher(text);
        if (m.find()) {
            decision = new Stated<>(m.group(1).replace("qđ", "QĐ").replace("Qđ", "QĐ"), cell, text);
            Matcher d = DATE_AFTER.matcher(text).region(m.end(), text.length());
            if (d.lookingAt()) {
                date = VietnameseDates.parse(d.group(1)).map(p -> new Stated<>(p.date(), cell, text)).orElse(null);
            }
        }
        String folded = VietnameseText.fold(text);
        Stated<Integer> stars = null;
        Matcher s = STARS.matcher(folded);
        if (s.find()) {
            int level = Integer.parseInt(s.group(1));
            // "3 sao, 4 sao và 5 sao" states no single level.
            Matcher any = ANY_STARS.matcher(folded);
            boolean several = false;
            while (any.find()) {
                several |= Integer.parseInt(any.group(1)) != level;
            }
            stars = several ? null : new Stated<>(level, cell, text);
        }
        Stated<Boolean> renewed = null;
        if (RENEWED.stream().anyMatch(folded::contains)) {
            renewed = new Stated<>(true, cell, text);
        } else if (NEW.stream().anyMatch(folded::contains)) {
            renewed = new Stated<>(false, cell, text);
        }
        return new StatedFacts(decision, date, stars, renewed);
    }

    /** These facts, completed by {@code other}'s where these have none. */
    StatedFacts orElse(StatedFacts other) {
        return new StatedFacts(decision != null ? decision : other.decision, date != null ? date : other.date,
                stars != null ? stars : other.stars, renewed != null ? renewed : other.renewed);
    }

    /** A section row's facts on top of the title's: a new section replaces the previous one's. */
    StatedFacts under(StatedFacts title) {
        return orElse(title);
    }

    public boolean isEmpty() {
        return decision == null && date == null && stars == null && renewed == null;
    }
}
