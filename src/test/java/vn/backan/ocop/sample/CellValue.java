package vn.backan.ocop.sample;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * A cell's content copied out of POI (so the workbook can be closed), read the way a person reads
 * it: a date-formatted number is a date, "3 sao" is 3, "69,5" is 69.5.
 */
record CellValue(Kind kind, String text, double number, LocalDate date) {

    enum Kind { BLANK, TEXT, NUMBER, DATE }

    // STRICT with uuuu: 32/13/2019 and 29/02/2019 are not dates, as they would not be to a reader
    private static final DateTimeFormatter DMY =
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    static final CellValue BLANK = new CellValue(Kind.BLANK, "", 0, null);

    static CellValue of(Cell cell) {
        if (cell == null) {
            return BLANK;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue().isBlank()
                    ? BLANK : new CellValue(Kind.TEXT, cell.getStringCellValue().trim(), 0, null);
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? new CellValue(Kind.DATE, "", cell.getNumericCellValue(), cell.getLocalDateTimeCellValue().toLocalDate())
                    : new CellValue(Kind.NUMBER, "", cell.getNumericCellValue(), null);
            default -> BLANK;
        };
    }

    boolean isBlank() {
        return kind == Kind.BLANK;
    }

    String asText() {
        return switch (kind) {
            case TEXT -> text;
            case NUMBER -> number == Math.rint(number) ? String.valueOf((long) number) : String.valueOf(number);
            case DATE -> date.format(DMY);
            case BLANK -> "";
        };
    }

    OptionalDouble asNumber() {
        if (kind == Kind.NUMBER) {
            return OptionalDouble.of(number);
        }
        if (kind == Kind.TEXT) {
            try {
                return OptionalDouble.of(Double.parseDouble(text.replace(',', '.')));
            } catch (NumberFormatException e) {
                return OptionalDouble.empty();
            }
        }
        return OptionalDouble.empty();
    }

    /** Stars as a number: 3, "3", "3 sao". */
    OptionalDouble asStars() {
        if (kind == Kind.TEXT && text.matches("\\d(\\s*sao)?")) {
            return OptionalDouble.of(Character.getNumericValue(text.charAt(0)));
        }
        return asNumber();
    }

    Optional<LocalDate> asDate() {
        if (kind == Kind.DATE) {
            return Optional.of(date);
        }
        if (kind == Kind.TEXT) {
            try {
                return Optional.of(LocalDate.parse(text, DMY));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
