package vn.backan.ocop.entity;

import static vn.backan.ocop.submission.Column.ENTITY_COMMUNE;
import static vn.backan.ocop.submission.Column.ENTITY_FOUNDED;
import static vn.backan.ocop.submission.Column.ENTITY_MEMBERS;
import static vn.backan.ocop.submission.Column.ENTITY_NAME;
import static vn.backan.ocop.submission.Column.ENTITY_TAX_CODE;
import static vn.backan.ocop.submission.Column.ENTITY_TYPE;
import static vn.backan.ocop.submission.Column.ENTITY_WORKERS;

import java.util.Optional;
import java.util.regex.Pattern;

import vn.backan.ocop.submission.Column;
import vn.backan.ocop.intake.Fields;
import vn.backan.ocop.submission.Presence;
import vn.backan.ocop.intake.SourceRow;
import vn.backan.ocop.reference.Commune;
import vn.backan.ocop.reference.ReferenceData;
import vn.backan.ocop.text.VietnameseText;
import vn.backan.ocop.validation.IssueCode;
import vn.backan.ocop.validation.RowHash;

/** Parses and validates a row of sheet {@code Chủ thể}. Pure: no I/O. */
public final class EntityRowMapper {

    // Tax codes, compiled once: every entity row has one.
    private static final Pattern SPACES_AND_DOTS = Pattern.compile("[\\s.]");
    private static final Pattern DIGITS_8_9 = Pattern.compile("\\d{8,9}");
    private static final Pattern DIGITS_10 = Pattern.compile("\\d{10}");
    private static final Pattern DIGITS_10_3 = Pattern.compile("\\d{10}-?\\d{3}");

    private final ReferenceData reference;

    public EntityRowMapper(ReferenceData reference) {
        this.reference = reference;
    }

    public EntityRecord map(SourceRow row) {
        Fields f = new Fields(row);
        int periodYear = row.submission().period().year();
        String name = f.text(ENTITY_NAME, Presence.REQUIRED);
        EntityType type = type(f, name);
        Optional<Commune> commune = f.commune(ENTITY_COMMUNE, Presence.REQUIRED, row.submission().period().endsOn(), reference.gazetteer());
        String taxCode = taxCode(f);
        Integer founded = f.year(ENTITY_FOUNDED, Presence.LENIENT).filter(year -> {
            boolean plausible = year >= 1950 && year <= periodYear;
            if (!plausible) {
                f.issue(IssueCode.FOUNDED_YEAR_OUT_OF_RANGE, ENTITY_FOUNDED, null, Integer.toString(periodYear));
            }
            return plausible;
        }).orElse(null);
        Long members = count(f, ENTITY_MEMBERS);
        Long workers = count(f, ENTITY_WORKERS);
        String key = name == null ? null : VietnameseText.entityKey(name);
        String typeCode = type == null ? null : type.name();
        String communeCode = commune.map(Commune::code).orElse(null);
        return new EntityRecord(f.origin(), f.outcome(), f.issues(), name, key, typeCode, communeCode, taxCode,
                founded, members, workers, RowHash.of(name, typeCode, communeCode, taxCode, founded, members, workers));
    }

    private static EntityType type(Fields f, String name) {
        String text = f.text(ENTITY_TYPE, Presence.LENIENT);
        if (text != null) {
            Optional<EntityType> type = EntityType.parse(text);
            if (type.isEmpty()) {
                f.issue(IssueCode.ENTITY_TYPE_UNKNOWN, ENTITY_TYPE, null);
            }
            return type.orElse(null);
        }
        Optional<EntityType> inferred = name == null ? Optional.empty() : EntityType.inferFromName(name);
        if (inferred.isPresent()) {
            f.issue(IssueCode.ENTITY_TYPE_INFERRED, ENTITY_TYPE, inferred.get().name(), inferred.get().name(), name);
            return inferred.get();
        }
        // Neither typed nor announced by the name: the column is required.
        f.text(ENTITY_TYPE, Presence.REQUIRED);
        return null;
    }

    /** 10 digits, or 13 written 10-3; a number cell that lost its leading zero gets it back. */
    private static String taxCode(Fields f) {
        String text = f.text(ENTITY_TAX_CODE, Presence.LENIENT);
        if (text == null) {
            return null;
        }
        String compact = SPACES_AND_DOTS.matcher(text).replaceAll("");
        if (DIGITS_8_9.matcher(compact).matches()) {
            compact = "0".repeat(10 - compact.length()) + compact;
        }
        if (DIGITS_10.matcher(compact).matches()) {
            return compact;
        }
        if (DIGITS_10_3.matcher(compact).matches()) {
            return compact.substring(0, 10) + "-" + compact.substring(compact.length() - 3);
        }
        f.issue(IssueCode.TAX_CODE_INVALID, ENTITY_TAX_CODE, null);
        return null;
    }

    private static Long count(Fields f, Column column) {
        Optional<Long> value = f.integer(column, Presence.LENIENT);
        if (value.isPresent() && value.get() < 0) {
            f.issue(IssueCode.NEGATIVE_NUMBER, column, null, f.row().header(column));
            return null;
        }
        return value.orElse(null);
    }
}
