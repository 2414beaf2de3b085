package vn.backan.ocop.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import vn.backan.ocop.intake.excel.CellKind;
import vn.backan.ocop.intake.excel.RawCell;
import vn.backan.ocop.reference.AddressMatch;
import vn.backan.ocop.reference.Commune;
import vn.backan.ocop.reference.CommuneMatch;
import vn.backan.ocop.reference.District;
import vn.backan.ocop.reference.Gazetteer;
import vn.backan.ocop.submission.Column;
import vn.backan.ocop.submission.Presence;
import vn.backan.ocop.text.ParsedDate;
import vn.backan.ocop.text.Stars;
import vn.backan.ocop.text.VietnameseDates;
import vn.backan.ocop.text.VietnameseNumbers;
import vn.backan.ocop.text.YesNo;
import vn.backan.ocop.validation.Issue;
import vn.backan.ocop.validation.IssueCode;
import vn.backan.ocop.validation.Outcome;
import vn.backan.ocop.validation.RowOrigin;

/**
 * Reads the typed values of one source row, collecting every problem with the cell it is in. Parsing
 * comes first (is this cell a date at all?); the sheet's rules run on the parsed values afterwards.
 */
public final class Fields {

    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** Excel's day zero in the 1900 date system (its phantom 1900-02-29 makes it the 30th). */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private final SourceRow row;
    private final List<Issue> issues = new ArrayList<>();
    private String village;

    public Fields(SourceRow row) {
        this.row = row;
        if (row.hidden()) {
            // Read like any other row (no data is dropped), but a clerk may have hidden it to leave it out.
            SourceCell first = row.cells().values().stream().findFirst().orElse(null);
            issues.add(new Issue(IssueCode.ROW_HIDDEN, row.sheetName(), row.rowNumber(),
                    first == null ? null : first.ref(), null, null, null, List.of(Integer.toString(row.rowNumber()))));
        }
    }

    public SourceRow row() {
        return row;
    }

    public List<Issue> issues() {
        return List.copyOf(issues);
    }

    public Outcome outcome() {
        return Outcome.of(issues);
    }

    public RowOrigin origin() {
        return row.origin();
    }

    /** Whether the row leaves the column blank, or the sheet lacks it. */
    public boolean blank(Column column) {
        SourceCell cell = row.cell(column);
        return cell == null || cell.blank();
    }

    /** The first of the columns the sheet has, or would add as a missing required column: where a problem about them is placed. */
    public Column placed(Column... columns) {
        for (Column column : columns) {
            if (row.cellRef(column) != null) {
                return column;
            }
        }
        return columns[0];
    }

    /** The parts of the address below the commune (the producer's village), from the last {@link #commune} read. */
    public String village() {
        return village;
    }

    /** The cleaned text, or null when blank or unusable. Formula errors are reported. */
    public String text(Column column, Presence presence) {
        SourceCell cell = usable(column, presence);
        return cell == null ? null : cell.text();
    }

    public Optional<BigDecimal> number(Column column, Presence presence) {
        SourceCell cell = usable(column, presence);
        if (cell == null) {
            return Optional.empty();
        }
        if (cell.raw().kind() == CellKind.NUMBER && cell.raw().number() != null) {
            return Optional.of(BigDecimal.valueOf(cell.raw().number()));
        }
        Optional<BigDecimal> parsed = VietnameseNumbers.parse(cell.text());
        if (parsed.isEmpty()) {
            unreadable(cell, presence, IssueCode.NUMBER_INVALID);
        }
        return parsed;
    }

    public Optional<Long> integer(Column column, Presence presence) {
        SourceCell cell = usable(column, presence);
        if (cell == null) {
            return Optional.empty();
        }
        Optional<BigDecimal> value = cell.raw().kind() == CellKind.NUMBER && cell.raw().number() != null
                ? Optional.of(BigDecimal.valueOf(cell.raw().number()))
                : VietnameseNumbers.parse(cell.text());
        Optional<Long> whole = value.filter(v -> v.stripTrailingZeros().scale() <= 0 && v.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 2)) < 0)
                .map(BigDecimal::longValueExact);
        if (whole.isEmpty()) {
            unreadable(cell, presence, IssueCode.INTEGER_INVALID);
        }
        return whole;
    }

    public Optional<Integer> year(Column column, Presence presence) {
        SourceCell cell = usable(column, presence);
        if (cell == null) {
            return Optional.empty();
        }
        Optional<Integer> year;
        if (cell.raw().kind() == CellKind.DATE && cell.raw().date() != null) {
            year = Optional.of(cell.raw().date().getYear());
        } else if (cell.raw().kind() == CellKind.NUMBER && cell.raw().number() != null) {
            double n = cell.raw().number();
            year = n == Math.rint(n) && n >= 1900 && n <= 2100 ? Optional.of((int) n) : Optional.empty();
        } else {
            year = VietnameseDates.parse(cell.text()).map(d -> d.date().getYear());
        }
        if (year.isEmpty()) {
            unreadable(cell, presence, IssueCode.YEAR_INVALID);
        }
        return year;
    }

    /**
     * A date: an Excel date, a date typed as text, a bare year (read as 31/12 of that year; a whole number
     * from 1900 to 2100 is a year, not a date serial), or a date serial without a date format.
     */
    public Optional<ParsedDate> date(Column column, Presence presence) {
        SourceCell cell = usable(column, presence);
        if (cell == null) {
            return Optional.empty();
        }
        RawCell raw = cell.raw();
        Optional<ParsedDate> parsed;
        if (raw.kind() == CellKind.DATE && raw.date() != null) {
            parsed = Optional.of(new ParsedDate(raw.date().toLocalDate(), false));
        } else if (raw.kind() == CellKind.NUMBER && raw.number() != null) {
            parsed = fromNumber(raw.number());
        } else {
            parsed = VietnameseDates.parse(cell.text());
        }
        if (parsed.isEmpty()) {
            unreadable(cell, presence, IssueCode.DATE_INVALID);
        }
        return parsed;
    }

    private static Optional<ParsedDate> fromNumber(double n) {
        if (n != Math.rint(n)) {
            return Optional.empty();
        }
        if (n >= 1900 && n <= 2100) {
            return Optional.of(new ParsedDate(LocalDate.of((int) n, 12, 31), true));
        }
        // Serials from 2000-01-01 to 2100-12-31: a date typed into a cell formatted as a number.
        if (n >= 36526 && n <= 73415) {
            return Optional.of(new ParsedDate(EXCEL_EPOCH.plusDays((long) n), false));
        }
        return Optional.empty();
    }

    public Optional<Integer> stars(Column column, Presence presence) {
        SourceCell cell = usable(column, presence);
        if (cell == null) {
            return Optional.empty();
        }
        OptionalInt stars = cell.raw().kind() == CellKind.NUMBER && cell.raw().number() != null
                ? Stars.fromNumber(cell.raw().number())
                : Stars.parse(cell.text());
        if (stars.isEmpty()) {
            unreadable(cell, presence, IssueCode.STARS_INVALID);
            return Optional.empty();
        }
        return Optional.of(stars.getAsInt());
    }

    /** Có/Không; blank means Không. An unreadable value is read as Không with a warning. */
    public boolean yesNo(Column column) {
        SourceCell cell = usable(column, Presence.LENIENT);
        if (cell == null) {
            return false;
        }
        if (cell.raw().kind() == CellKind.BOOLEAN && cell.raw().bool() != null) {
            return cell.raw().bool();
        }
        Optional<Boolean> value = cell.raw().kind() == CellKind.NUMBER && cell.raw().number() != null
                ? Optional.of(cell.raw().number() != 0)
                : YesNo.parse(cell.text());
        if (value.isEmpty()) {
            add(IssueCode.YES_NO_INVALID, cell, "Không");
            return false;
        }
        return value.get();
    }

    /**
     * The commune named in {@code column}, resolved in the submitting district on {@code date}; rule
     * problems (other district, abolished, unknown) are reported on the cell.
     */
    public Optional<Commune> commune(Column column, Presence presence, LocalDate date, Gazetteer gazetteer) {
        SourceCell cell = usable(column, presence);
        if (cell == null) {
            return Optional.empty();
        }
        String district = row.submission().districtCode();
        AddressMatch address = gazetteer.resolveAddress(cell.text(), district, date);
        village = address.village();
        CommuneMatch match = address.commune();
        if (address.district() != null && !address.district().code().equals(district)
                && (match instanceof CommuneMatch.Found || match instanceof CommuneMatch.MappedToSuccessor
                        || match instanceof CommuneMatch.MappedToPredecessor)) {
            // The commune is ours; the district written beside it is not: a slip in the address, told, not fatal.
            String ours = gazetteer.district(district).map(District::fullName).orElse(district);
            add(IssueCode.COMMUNE_DISTRICT_MISMATCH, cell, null, address.district().fullName(), ours);
        }
        if (match instanceof CommuneMatch.Found found) {
            return Optional.of(found.commune());
        }
        if (match instanceof CommuneMatch.MappedToSuccessor mapped) {
            Commune successor = mapped.successor();
            add(IssueCode.COMMUNE_MAPPED_TO_SUCCESSOR, cell, successor.fullName(),
                    DAY.format(mapped.recorded().validTo().plusDays(1)), successor.fullName(), successor.code());
            return Optional.of(successor);
        }
        if (match instanceof CommuneMatch.MappedToPredecessor back) {
            Commune then = back.predecessor();
            add(IssueCode.COMMUNE_MAPPED_TO_PREDECESSOR, cell, then.fullName(), back.named().fullName(),
                    back.named().validFrom() == null ? "?" : DAY.format(back.named().validFrom()), DAY.format(date), then.fullName(),
                    then.code());
            return Optional.of(then);
        }
        if (match instanceof CommuneMatch.AmbiguousSuccessor ambiguous) {
            add(IssueCode.COMMUNE_SUCCESSOR_AMBIGUOUS, cell, null,
                    DAY.format(ambiguous.recorded().validTo().plusDays(1)),
                    String.join(", ", ambiguous.successors().stream().map(Commune::fullName).toList()));
        } else if (match instanceof CommuneMatch.OtherDistrict other) {
            String theirs = gazetteer.district(other.commune().districtCode()).map(District::fullName).orElse(other.commune().districtCode());
            String ours = gazetteer.district(district).map(District::fullName).orElse(district);
            add(IssueCode.COMMUNE_OTHER_DISTRICT, cell, null, other.commune().fullName(), theirs, ours);
        } else if (match instanceof CommuneMatch.NotYetValid notYet) {
            add(IssueCode.COMMUNE_NOT_YET_VALID, cell, null,
                    notYet.commune().validFrom() == null ? "?" : DAY.format(notYet.commune().validFrom()), DAY.format(date));
        } else if (match instanceof CommuneMatch.Unknown unknown) {
            if (unknown.suggestion() != null) {
                add(IssueCode.COMMUNE_NEAR_MISS, cell, null, unknown.suggestion().fullName(), unknown.suggestion().code());
            } else {
                add(IssueCode.COMMUNE_UNKNOWN, cell, null);
            }
        }
        return Optional.empty();
    }

    /** Reports a problem on the cell of {@code column} (or on the row where the column is blank or absent). */
    public void issue(IssueCode code, Column column, String normalized, String... args) {
        SourceCell cell = row.cell(column);
        if (cell != null) {
            add(code, cell, normalized, args);
        } else {
            issues.add(new Issue(code, row.sheetName(), row.rowNumber(), row.cellRef(column), row.header(column), null, normalized, List.of(args)));
        }
    }

    public void add(Issue issue) {
        issues.add(issue);
    }

    private void add(IssueCode code, SourceCell cell, String normalized, String... args) {
        issues.add(new Issue(code, row.sheetName(), row.rowNumber(), cell.ref(), cell.header(), cell.text(), normalized, List.of(args)));
    }

    /** The cell if it holds a usable value; reports blanks in required columns and formula failures. */
    private SourceCell usable(Column column, Presence presence) {
        SourceCell cell = row.cell(column);
        if (cell == null || cell.blank()) {
            if (presence == Presence.REQUIRED) {
                issues.add(new Issue(IssueCode.REQUIRED_MISSING, row.sheetName(), row.rowNumber(),
                        row.cellRef(column), row.header(column), null, null, List.of(row.header(column))));
            }
            return null;
        }
        RawCell raw = cell.raw();
        if (raw.kind() == CellKind.FORMULA_WITHOUT_VALUE) {
            add(IssueCode.FORMULA_WITHOUT_VALUE, cell, null);
            return null;
        }
        if (raw.kind() == CellKind.ERROR) {
            add(IssueCode.FORMULA_ERROR_VALUE, cell, null, raw.formula() == null ? "" : "=" + raw.formula());
            return null;
        }
        return cell;
    }

    private void unreadable(SourceCell cell, Presence presence, IssueCode code) {
        if (presence == Presence.LENIENT) {
            add(IssueCode.OPTIONAL_VALUE_IGNORED, cell, null, cell.header());
        } else {
            add(code, cell, null);
        }
    }
}
