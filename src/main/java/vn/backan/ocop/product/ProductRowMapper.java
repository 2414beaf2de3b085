package vn.backan.ocop.product;

import static vn.backan.ocop.submission.Column.PRODUCT_BRANCH;
import static vn.backan.ocop.submission.Column.PRODUCT_CODE;
import static vn.backan.ocop.submission.Column.PRODUCT_COMMUNE;
import static vn.backan.ocop.submission.Column.PRODUCT_DATE;
import static vn.backan.ocop.submission.Column.PRODUCT_DECISION;
import static vn.backan.ocop.submission.Column.PRODUCT_ENTITY;
import static vn.backan.ocop.submission.Column.PRODUCT_EXPIRY;
import static vn.backan.ocop.submission.Column.PRODUCT_FAMILY;
import static vn.backan.ocop.submission.Column.PRODUCT_GROUP;
import static vn.backan.ocop.submission.Column.PRODUCT_LEVEL;
import static vn.backan.ocop.submission.Column.PRODUCT_NAME;
import static vn.backan.ocop.submission.Column.PRODUCT_NOTE;
import static vn.backan.ocop.submission.Column.PRODUCT_SCORE;
import static vn.backan.ocop.submission.Column.PRODUCT_STARS;
import static vn.backan.ocop.submission.Column.PRODUCT_SUBGROUP;
import static vn.backan.ocop.submission.Column.PRODUCT_TICK_3;
import static vn.backan.ocop.submission.Column.PRODUCT_TICK_4;
import static vn.backan.ocop.submission.Column.PRODUCT_TICK_5;
import static vn.backan.ocop.submission.Column.PRODUCT_VALUE_CHAIN;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.backan.ocop.intake.Fields;
import vn.backan.ocop.intake.SourceRow;
import vn.backan.ocop.intake.Stated;
import vn.backan.ocop.reference.Commune;
import vn.backan.ocop.reference.GroupMatch;
import vn.backan.ocop.reference.ProductSet;
import vn.backan.ocop.reference.ReferenceData;
import vn.backan.ocop.submission.Column;
import vn.backan.ocop.submission.Presence;
import vn.backan.ocop.text.ParsedDate;
import vn.backan.ocop.text.Ticks;
import vn.backan.ocop.text.VietnameseText;
import vn.backan.ocop.validation.IssueCode;
import vn.backan.ocop.validation.RowHash;

/** Parses and validates a row of sheet {@code Sản phẩm} with the spec's rules. Pure: no I/O. */
public final class ProductRowMapper {

    /** The province's OCOP programme started in 2018; no rating can predate it. */
    static final LocalDate PROGRAMME_START = LocalDate.of(2018, 1, 1);

    private final ReferenceData reference;

    public ProductRowMapper(ReferenceData reference) {
        this.reference = reference;
    }

    public ProductRecord map(SourceRow row) {
        Fields f = new Fields(row);
        LocalDate periodEnd = row.submission().period().endsOn();

        String name = f.text(PRODUCT_NAME, Presence.REQUIRED);
        String code = f.text(PRODUCT_CODE, Presence.LENIENT);
        String entity = f.text(PRODUCT_ENTITY, Presence.REQUIRED);
        Optional<GroupMatch> group = group(f, name);
        boolean setInferred = group.isPresent() && group.get().inferred();
        Optional<ParsedDate> expiry = f.blank(PRODUCT_EXPIRY) ? Optional.empty() : f.date(PRODUCT_EXPIRY, Presence.LENIENT);
        Optional<ParsedDate> date = date(f, row, expiry);
        boolean dateDerived = date.isPresent() && date.get().derived();
        Optional<Integer> stars = stars(f, row);
        Optional<BigDecimal> score = f.number(PRODUCT_SCORE, Presence.CHECKED);
        String decision = f.blank(PRODUCT_DECISION) && row.stated().decision() != null
                ? stated(f, PRODUCT_DECISION, row.stated().decision(), row.stated().decision().value())
                : f.text(PRODUCT_DECISION, Presence.LENIENT);
        String levelText = f.text(PRODUCT_LEVEL, Presence.LENIENT);
        boolean valueChain = f.yesNo(PRODUCT_VALUE_CHAIN);
        String note = f.text(PRODUCT_NOTE, Presence.LENIENT);
        if (note == null && row.stated().renewed() != null) {
            // "Sản phẩm cấp lại giấy chứng nhận": the kind of recognition a section states is kept as the row's note.
            note = row.stated().renewed().text();
            stated(f, PRODUCT_NOTE, row.stated().renewed(), note);
        }

        LocalDate recognised = date.map(ParsedDate::date).orElse(null);
        if (date.isPresent()) {
            checkDate(f, date.get(), row);
        }
        // Where the date is unreadable the commune is still checked, on the period's end, so the clerk
        // learns of every problem of the row at once.
        Optional<Commune> commune = f.commune(PRODUCT_COMMUNE, Presence.REQUIRED,
                recognised != null && !recognised.isAfter(periodEnd) ? recognised : periodEnd, reference.gazetteer());
        String address = f.village();
        stars.ifPresent(s -> checkScore(f, s, score.orElse(null)));
        String level = level(f, levelText, stars.orElse(null));

        String entityKey = entity == null ? null : VietnameseText.entityKey(entity);
        String productKey = productKey(code, name, entityKey);
        Integer setNumber = group.map(g -> g.set() == null ? null : g.set().number()).orElse(null);
        String groupNumber = group.map(GroupMatch::groupNumber).orElse(null);
        String communeCode = commune.map(Commune::code).orElse(null);
        BigDecimal scoreValue = score.map(s -> s.setScale(2, RoundingMode.HALF_UP)).orElse(null);
        String hash = RowHash.of(name, code, setNumber, groupNumber, entity, communeCode, stars.orElse(null),
                scoreValue, decision, level, valueChain);
        return new ProductRecord(f.origin(), f.outcome(), f.issues(), code, name, productKey,
                name == null ? null : VietnameseText.fold(name), setNumber, groupNumber,
                entity, entityKey, communeCode, stars.orElse(null), scoreValue, recognised, decision, level,
                valueChain, note, hash, address, setInferred, dateDerived, row.submission().districtCode());
    }

    /** A product's identity within its district: its code where given, else its name and entity. */
    static String productKey(String code, String name, String entityKey) {
        if (code != null) {
            return "ma:" + VietnameseText.fold(code).replace(" ", "");
        }
        if (name == null || entityKey == null) {
            return null;
        }
        return VietnameseText.fold(name) + "|" + entityKey;
    }

    /**
     * The product set: from "Bộ sản phẩm", else from the most precise column of a classification split as
     * Decision 148 does (phân nhóm, nhóm, ngành hàng); where the table has none of them, inferred from the
     * product's name by the keyword table, else unclassified.
     */
    private Optional<GroupMatch> group(Fields f, String name) {
        for (Column column : List.of(PRODUCT_GROUP, PRODUCT_SUBGROUP, PRODUCT_FAMILY, PRODUCT_BRANCH)) {
            if (!f.blank(column)) {
                return classified(f, column);
            }
        }
        boolean classification = f.row().columnIndex(PRODUCT_GROUP).isPresent() || f.row().columnIndex(PRODUCT_SUBGROUP).isPresent()
                || f.row().columnIndex(PRODUCT_FAMILY).isPresent() || f.row().columnIndex(PRODUCT_BRANCH).isPresent();
        if (classification || name == null) {
            // The table classifies its products and this row was left blank: the clerk fills it in.
            f.text(f.placed(PRODUCT_GROUP, PRODUCT_SUBGROUP, PRODUCT_FAMILY, PRODUCT_BRANCH), Presence.REQUIRED);
            return Optional.empty();
        }
        Optional<ProductSet> inferred = reference.classification().infer(name);
        if (inferred.isEmpty()) {
            f.issue(IssueCode.GROUP_UNCLASSIFIED, PRODUCT_NAME, null);
            return Optional.empty();
        }
        ProductSet set = inferred.get();
        String label = set.number() + ". " + set.name();
        f.issue(IssueCode.GROUP_INFERRED, PRODUCT_NAME, label, label);
        return Optional.of(new GroupMatch(set, set.groupNumber(), set.groupName(), false, true));
    }

    private Optional<GroupMatch> classified(Fields f, Column column) {
        String text = f.text(column, Presence.REQUIRED);
        if (text == null) {
            return Optional.empty();
        }
        Optional<GroupMatch> match = reference.classification().resolve(text);
        if (match.isEmpty()) {
            f.issue(IssueCode.GROUP_UNKNOWN, column, null);
        } else if (match.get().fromOldGroups()) {
            f.issue(IssueCode.GROUP_OLD_CLASSIFICATION, column,
                    match.get().groupNumber() + ". " + match.get().groupName(),
                    match.get().groupNumber() + ". " + match.get().groupName());
        }
        return match;
    }

    /**
     * The recognition date: the row's own, else the date of the decision the title or section states, else
     * derived from the certificate's expiry (36 months before it). A bare year with an expiry is derived too:
     * its 31 December would keep a lapsed certificate counted as valid.
     */
    private static Optional<ParsedDate> date(Fields f, SourceRow row, Optional<ParsedDate> expiry) {
        if (f.blank(PRODUCT_DATE) && row.stated().date() != null) {
            Stated<LocalDate> stated = row.stated().date();
            stated(f, PRODUCT_DATE, stated, Fields.DAY.format(stated.value()));
            return Optional.of(new ParsedDate(stated.value(), false));
        }
        if (f.blank(PRODUCT_DATE) && expiry.isEmpty() && row.columnIndex(PRODUCT_DATE).isEmpty()
                && row.columnIndex(PRODUCT_EXPIRY).isPresent()) {
            f.text(PRODUCT_EXPIRY, Presence.REQUIRED);
            return Optional.empty();
        }
        Optional<ParsedDate> own = f.blank(PRODUCT_DATE) && expiry.isPresent() ? Optional.empty() : f.date(PRODUCT_DATE, Presence.REQUIRED);
        if (expiry.isPresent() && (own.isEmpty() && f.blank(PRODUCT_DATE) || own.isPresent() && own.get().yearOnly())) {
            LocalDate derived = expiry.get().date().minusMonths(36);
            f.issue(IssueCode.DATE_DERIVED_FROM_EXPIRY, f.placed(PRODUCT_DATE, PRODUCT_EXPIRY), Fields.DAY.format(derived),
                    Fields.DAY.format(derived), Fields.DAY.format(expiry.get().date()));
            return Optional.of(ParsedDate.derivedOn(derived));
        }
        return own;
    }

    /**
     * The stars: the row's own, else a tick under "3 sao", "4 sao" or "5 sao", else the level the title or
     * section states.
     */
    private static Optional<Integer> stars(Fields f, SourceRow row) {
        if (!f.blank(PRODUCT_STARS)) {
            return f.stars(PRODUCT_STARS, Presence.REQUIRED);
        }
        List<Column> ticked = new ArrayList<>();
        for (Column tick : List.of(PRODUCT_TICK_3, PRODUCT_TICK_4, PRODUCT_TICK_5)) {
            String text = f.blank(tick) ? null : f.text(tick, Presence.LENIENT);
            if (text != null) {
                if (Ticks.isTick(text)) {
                    ticked.add(tick);
                } else {
                    f.issue(IssueCode.STARS_INVALID, tick, null);
                    return Optional.empty();
                }
            }
        }
        if (ticked.size() == 1) {
            return Optional.of(3 + List.of(PRODUCT_TICK_3, PRODUCT_TICK_4, PRODUCT_TICK_5).indexOf(ticked.get(0)));
        }
        if (ticked.size() > 1) {
            // Two levels ticked: the row cannot say which is right.
            f.issue(IssueCode.STARS_INVALID, ticked.get(1), null);
            return Optional.empty();
        }
        if (row.stated().stars() != null) {
            Stated<Integer> stated = row.stated().stars();
            stated(f, PRODUCT_STARS, stated, stated.value() + " sao");
            return Optional.of(stated.value());
        }
        return f.stars(f.placed(PRODUCT_STARS, PRODUCT_TICK_3, PRODUCT_TICK_4, PRODUCT_TICK_5), Presence.REQUIRED);
    }

    /** Tells the row that a blank cell took the value its table's title or section row states. */
    private static <T> T stated(Fields f, Column column, Stated<?> stated, String shown) {
        f.issue(IssueCode.VALUE_FROM_TITLE, f.placed(column, PRODUCT_DATE, PRODUCT_NAME), null, f.row().header(column), shown, stated.cell(),
                stated.text());
        @SuppressWarnings("unchecked")
        T value = (T) stated.value();
        return value;
    }

    private static void checkDate(Fields f, ParsedDate date, SourceRow row) {
        // A date taken from the title or derived from the expiry is placed where the sheet gives it.
        Column at = f.placed(PRODUCT_DATE, PRODUCT_EXPIRY, PRODUCT_NAME);
        if (date.yearOnly()) {
            f.issue(IssueCode.DATE_YEAR_ONLY, at, Fields.DAY.format(date.date()), Fields.DAY.format(date.date()));
        }
        LocalDate end = row.submission().period().endsOn();
        if (date.date().isAfter(end)) {
            f.issue(IssueCode.DATE_AFTER_PERIOD_END, at, null, Fields.DAY.format(end), row.submission().period().code());
        } else if (date.date().isBefore(PROGRAMME_START)) {
            f.issue(IssueCode.DATE_BEFORE_PROGRAMME, at, null);
        }
    }

    private static void checkScore(Fields f, int stars, BigDecimal score) {
        if (stars < 3) {
            f.issue(IssueCode.NOT_CERTIFIED, PRODUCT_STARS, null, Integer.toString(stars));
        }
        if (score == null) {
            return;
        }
        if (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0) {
            f.issue(IssueCode.SCORE_OUT_OF_RANGE, PRODUCT_SCORE, null);
        } else if (!StarBand.of(stars).contains(score)) {
            f.issue(IssueCode.SCORE_OUTSIDE_STAR_BAND, PRODUCT_SCORE, null,
                    Integer.toString(stars), StarBand.of(stars).label());
        }
    }

    /** The level's code; 5 stars are recognised only centrally, which the row is told where it says otherwise. */
    private static String level(Fields f, String text, Integer stars) {
        if (text == null) {
            return null;
        }
        Optional<RecognitionLevel> level = RecognitionLevel.parse(text);
        if (level.isEmpty()) {
            f.issue(IssueCode.LEVEL_UNKNOWN, PRODUCT_LEVEL, null);
            return null;
        }
        if (stars != null && stars == 5 && level.get() != RecognitionLevel.TRUNG_UONG) {
            f.issue(IssueCode.LEVEL_MISMATCH, PRODUCT_LEVEL, null, "5", RecognitionLevel.TRUNG_UONG.label());
        }
        return level.get().name();
    }
}
