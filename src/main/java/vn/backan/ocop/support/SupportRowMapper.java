package vn.backan.ocop.support;

import static vn.backan.ocop.submission.Column.SUPPORT_AMOUNT;
import static vn.backan.ocop.submission.Column.SUPPORT_COMMUNE;
import static vn.backan.ocop.submission.Column.SUPPORT_SOURCE;
import static vn.backan.ocop.submission.Column.SUPPORT_TARGET;
import static vn.backan.ocop.submission.Column.SUPPORT_TYPE;
import static vn.backan.ocop.submission.Column.SUPPORT_YEAR;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;

import vn.backan.ocop.intake.Fields;
import vn.backan.ocop.submission.Presence;
import vn.backan.ocop.intake.SourceRow;
import vn.backan.ocop.reference.Commune;
import vn.backan.ocop.reference.ReferenceData;
import vn.backan.ocop.text.VietnameseText;
import vn.backan.ocop.validation.IssueCode;
import vn.backan.ocop.validation.RowHash;

/** Parses and validates a row of sheet {@code Hỗ trợ}. Pure: no I/O. */
public final class SupportRowMapper {

    static final int FIRST_YEAR = 2018;

    private final ReferenceData reference;

    public SupportRowMapper(ReferenceData reference) {
        this.reference = reference;
    }

    public SupportRecord map(SourceRow row) {
        Fields f = new Fields(row);
        LocalDate periodEnd = row.submission().period().endsOn();
        String typeText = f.text(SUPPORT_TYPE, Presence.REQUIRED);
        Optional<SupportType> type = Optional.empty();
        if (typeText != null) {
            type = SupportType.parse(typeText);
            if (type.isEmpty()) {
                f.issue(IssueCode.SUPPORT_TYPE_UNKNOWN, SUPPORT_TYPE, null);
            }
        }
        String target = f.text(SUPPORT_TARGET, Presence.REQUIRED);
        Integer year = f.year(SUPPORT_YEAR, Presence.REQUIRED).filter(y -> {
            boolean plausible = y >= FIRST_YEAR && y <= periodEnd.getYear();
            if (!plausible) {
                f.issue(IssueCode.SUPPORT_YEAR_OUT_OF_RANGE, SUPPORT_YEAR, null, Integer.toString(periodEnd.getYear()));
            }
            return plausible;
        }).orElse(null);
        LocalDate onDate = year == null ? periodEnd : min(LocalDate.of(year, 12, 31), periodEnd);
        Optional<Commune> commune = f.commune(SUPPORT_COMMUNE, Presence.CHECKED, onDate, reference.gazetteer());
        BigDecimal amount = f.number(SUPPORT_AMOUNT, Presence.CHECKED).filter(a -> {
            if (a.signum() < 0) {
                f.issue(IssueCode.NEGATIVE_NUMBER, SUPPORT_AMOUNT, null, f.row().header(SUPPORT_AMOUNT));
                return false;
            }
            return true;
        }).map(a -> a.setScale(2, RoundingMode.HALF_UP)).orElse(null);
        String source = f.text(SUPPORT_SOURCE, Presence.LENIENT);
        String typeCode = type.map(Enum::name).orElse(null);
        String key = target == null ? null : VietnameseText.entityKey(target);
        String communeCode = commune.map(Commune::code).orElse(null);
        return new SupportRecord(f.origin(), f.outcome(), f.issues(), typeCode, target, key, communeCode, year,
                amount, source, RowHash.of(typeCode, target, communeCode, year, amount, source));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
