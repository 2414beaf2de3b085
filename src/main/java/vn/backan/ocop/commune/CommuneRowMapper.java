package vn.backan.ocop.commune;

import static vn.backan.ocop.submission.Column.COMMUNE_DBKK;
import static vn.backan.ocop.submission.Column.COMMUNE_HOUSEHOLDS;
import static vn.backan.ocop.submission.Column.COMMUNE_NAME;
import static vn.backan.ocop.submission.Column.COMMUNE_NTM_YEAR;
import static vn.backan.ocop.submission.Column.COMMUNE_POOR;

import java.util.Optional;

import vn.backan.ocop.submission.Column;
import vn.backan.ocop.intake.Fields;
import vn.backan.ocop.submission.Presence;
import vn.backan.ocop.intake.SourceRow;
import vn.backan.ocop.reference.Commune;
import vn.backan.ocop.reference.ReferenceData;
import vn.backan.ocop.validation.IssueCode;
import vn.backan.ocop.validation.RowHash;

/** Parses and validates a row of sheet {@code Xã}. Pure: no I/O. */
public final class CommuneRowMapper {

    /** The national new-rural programme's criteria date from 2010. */
    static final int FIRST_NTM_YEAR = 2010;

    private final ReferenceData reference;

    public CommuneRowMapper(ReferenceData reference) {
        this.reference = reference;
    }

    public CommuneIndicatorRecord map(SourceRow row) {
        Fields f = new Fields(row);
        int periodYear = row.submission().period().year();
        Optional<Commune> commune = f.commune(COMMUNE_NAME, Presence.REQUIRED, row.submission().period().endsOn(), reference.gazetteer());
        Integer ntmYear = f.year(COMMUNE_NTM_YEAR, Presence.CHECKED).filter(year -> {
            boolean plausible = year >= FIRST_NTM_YEAR && year <= periodYear;
            if (!plausible) {
                f.issue(IssueCode.NTM_YEAR_OUT_OF_RANGE, COMMUNE_NTM_YEAR, null, Integer.toString(periodYear));
            }
            return plausible;
        }).orElse(null);
        boolean difficult = f.yesNo(COMMUNE_DBKK);
        Long households = count(f, COMMUNE_HOUSEHOLDS);
        Long poor = count(f, COMMUNE_POOR);
        if (households != null && poor != null && poor > households) {
            f.issue(IssueCode.POOR_ABOVE_HOUSEHOLDS, COMMUNE_POOR, null, Long.toString(households));
        }
        String code = commune.map(Commune::code).orElse(null);
        return new CommuneIndicatorRecord(f.origin(), f.outcome(), f.issues(), code, ntmYear, difficult,
                households, poor, RowHash.of(code, ntmYear, difficult, households, poor));
    }

    private static Long count(Fields f, Column column) {
        Optional<Long> value = f.integer(column, Presence.CHECKED);
        if (value.isPresent() && value.get() < 0) {
            f.issue(IssueCode.NEGATIVE_NUMBER, column, null, f.row().header(column));
            return null;
        }
        return value.orElse(null);
    }
}
