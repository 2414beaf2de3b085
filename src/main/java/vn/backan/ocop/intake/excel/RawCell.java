package vn.backan.ocop.intake.excel;

import java.time.LocalDateTime;
import java.util.List;

import vn.backan.ocop.intake.excel.TextRun;

/**
 * A non-blank cell as stored in the workbook, before any decoding or interpretation.
 *
 * <p>{@code text} is always set, so callers can show "the value as typed":
 * <ul>
 * <li>TEXT: the raw concatenation of {@code runs} (legacy TCVN3/VNI bytes are <em>not</em> decoded);
 *     text longer than {@link ReaderLimits#maxTextLength()} is cut at that length;</li>
 * <li>NUMBER: the value without trailing zeros and without exponent ("91.14", "1849"), rounded to
 *     Excel's 15 significant digits; number formats (percent, thousands separators) are not applied,
 *     except a format of zeros alone ("00000"), under which a whole number keeps the leading zeros Excel
 *     shows ("01849"): codes typed as numbers;</li>
 * <li>DATE: "dd/MM/yyyy", with " HH:mm" or " HH:mm:ss" when there is a time of day, or only the time
 *     for a serial below 1;</li>
 * <li>BOOLEAN: "TRUE" or "FALSE"; ERROR: the error code such as "#REF!";</li>
 * <li>FORMULA_WITHOUT_VALUE: "=" followed by the formula.</li>
 * </ul>
 *
 * @param column  0-based column index (see {@link CellRef#columnLetters(int)})
 * @param kind    what the cell holds; for a formula, the kind of its cached result
 * @param text    see above
 * @param runs    the pieces of the text with their fonts; non-empty only for TEXT
 * @param number  the value for NUMBER, and the date serial for DATE; otherwise null
 * @param date    the value for DATE (honouring the workbook's 1904 date system); otherwise null
 * @param bool    the value for BOOLEAN; otherwise null
 * @param formula the formula text without "=" for any formula cell, whatever its cached kind; otherwise null
 * @param error   the error code for ERROR; otherwise null
 */
public record RawCell(int column, CellKind kind, String text, List<TextRun> runs,
                      Double number, LocalDateTime date, Boolean bool, String formula, String error) {

    public RawCell {
        runs = runs == null ? List.of() : List.copyOf(runs);
    }

    static RawCell text(int column, String text, List<TextRun> runs, String formula) {
        return new RawCell(column, CellKind.TEXT, text, runs, null, null, null, formula, null);
    }

    /** @param text the display text, see {@link CellValues#numberText} */
    static RawCell number(int column, double value, String text, String formula) {
        return new RawCell(column, CellKind.NUMBER, text, null, value, null, null, formula, null);
    }

    static RawCell date(int column, double serial, LocalDateTime date, String formula) {
        return new RawCell(column, CellKind.DATE, CellValues.dateText(serial, date), null, serial, date, null, formula, null);
    }

    static RawCell bool(int column, boolean value, String formula) {
        return new RawCell(column, CellKind.BOOLEAN, value ? "TRUE" : "FALSE", null, null, null, value, formula, null);
    }

    static RawCell error(int column, String code, String formula) {
        return new RawCell(column, CellKind.ERROR, code, null, null, null, null, formula, code);
    }

    static RawCell formulaWithoutValue(int column, String formula) {
        return new RawCell(column, CellKind.FORMULA_WITHOUT_VALUE, "=" + formula, null, null, null, null, formula, null);
    }
}
