package vn.backan.ocop.product;

import static vn.backan.ocop.intake.Column.PRODUCT_CODE;
import static vn.backan.ocop.intake.Column.PRODUCT_COMMUNE;
import static vn.backan.ocop.intake.Column.PRODUCT_DATE;
import static vn.backan.ocop.intake.Column.PRODUCT_DECISION;
import static vn.backan.ocop.intake.Column.PRODUCT_ENTITY;
import static vn.backan.ocop.intake.Column.PRODUCT_GROUP;
import static vn.backan.ocop.intake.Column.PRODUCT_LEVEL;
import static vn.backan.ocop.intake.Column.PRODUCT_NAME;
import static vn.backan.ocop.intake.Column.PRODUCT_NOTE;
import static vn.backan.ocop.intake.Column.PRODUCT_SCORE;
import static vn.backan.ocop.intake.Column.PRODUCT_STARS;
import static vn.backan.ocop.intake.Column.PRODUCT_VALUE_CHAIN;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import vn.backan.ocop.intake.Fields;
import vn.backan.ocop.intake.Presence;
import vn.backan.ocop.intake.SourceRow;
import vn.backan.ocop.reference.Commune;
import vn.backan.ocop.reference.GroupMatch;
import vn.backan.ocop.reference.ReferenceData;
import vn.backan.ocop.text.ParsedDate;
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
        Optional<GroupMatch> group = group(f);
        Optional<ParsedDate> date = f.date(PRODUCT_DATE, Presence.REQUIRED);
        Optional<Integer> stars = f.stars(PRODUCT_STARS, Presence.REQUIRED);
        Optional<BigDecimal> score = f.number(PRODUCT_SCORE, Presence.CHECKED);
        String decision = f.text(PRODUCT_DECISION, Presence.LENIENT);
        String levelText = f.text(PRODUCT_LEVEL, Presence.LENIENT);
        boolean valueChain = f.yesNo(PRODUCT_VALUE_CHAIN);
        String note = f.text(PRODUCT_NOTE, Presence.LENIENT);

        LocalDate recognised = date.map(ParsedDate::date).orElse(null);
        if (date.isPresent()) {
            checkDate(f, date.get(), row);
        }
        // Where the date is unreadable the commune is still checked, on the period's end, so the clerk
        // learns of every problem of the row at once.
        Optional<Commune> commune = f.commune(PRODUCT_COMMUNE, Presence.REQUIRED,
                recognised != null && !recognised.isAfter(periodEnd) ? recognised : periodEnd, reference.gazetteer());
        stars.ifPresent(s -> checkScore(f, s, score.orElse(null)));
        String level = level(f, levelText, stars.orElse(null));

        String entityKey = entity == null ? null : VietnameseText.entityKey(entity);
        String productKey = productKey(code, name, entityKey);
        Integer setNumber = group.map(g -> g.set() == null ? null : g.set().number()).orElse(null);
        String groupNumber = group.map(GroupMatch::groupNumber).orElse(null);
        String communeCode = commune.map(Commune::code).orElse(null);
        BigDecimal scoreValue = score.map(s -> s.setScale(2, java.math.RoundingMode.HALF_UP)).orElse(null);
        String hash = RowHash.of(name, code, setNumber, groupNumber, entity, communeCode, stars.orElse(null),
                scoreValue, decision, level, valueChain);
        return new ProductRecord(f.origin(), f.outcome(), f.issues(), code, name, productKey,
                name == null ? null : VietnameseText.fold(name), setNumber, groupNumber,
                entity, entityKey, communeCode, stars.orElse(null), scoreValue, recognised, decision, level,
                valueChain, note, hash);
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

    private Optional<GroupMatch> group(Fields f) {
        String text = f.text(PRODUCT_GROUP, Presence.REQUIRED);
        if (text == null) {
            return Optional.empty();
        }
        Optional<GroupMatch> match = reference.classification().resolve(text);
        if (match.isEmpty()) {
            f.issue(IssueCode.GROUP_UNKNOWN, PRODUCT_GROUP, null);
        } else if (match.get().fromOldGroups()) {
            f.issue(IssueCode.GROUP_OLD_CLASSIFICATION, PRODUCT_GROUP,
                    match.get().groupNumber() + ". " + match.get().groupName(),
                    match.get().groupNumber() + ". " + match.get().groupName());
        }
        return match;
    }

    private static void checkDate(Fields f, ParsedDate date, SourceRow row) {
        if (date.yearOnly()) {
            f.issue(IssueCode.DATE_YEAR_ONLY, PRODUCT_DATE, Fields.DAY.format(date.date()), Fields.DAY.format(date.date()));
        }
        LocalDate end = row.submission().period().endsOn();
        if (date.date().isAfter(end)) {
            f.issue(IssueCode.DATE_AFTER_PERIOD_END, PRODUCT_DATE, null, Fields.DAY.format(end), row.submission().period().code());
        } else if (date.date().isBefore(PROGRAMME_START)) {
            f.issue(IssueCode.DATE_BEFORE_PROGRAMME, PRODUCT_DATE, null);
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
