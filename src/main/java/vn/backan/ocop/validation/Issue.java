package vn.backan.ocop.validation;

import java.util.List;

/**
 * One problem found in a submission, located as the clerk sees it.
 *
 * @param sheet      the sheet name as written in the workbook, or null for a file-level problem
 * @param row        the Excel row number (1-based), or 0 for a sheet- or file-level problem
 * @param cell       the cell as Excel shows it ("H12"), or null where the problem has no single cell
 * @param header     the column header as written in the workbook, or null
 * @param value      the value as typed, or null
 * @param normalized the value as loaded (warnings), or null
 * @param args       extra message arguments ({1}, {2}, ... in the bundles; {0} is the value)
 */
public record Issue(IssueCode code, String sheet, int row, String cell, String header,
                    String value, String normalized, List<String> args) {

    public Issue {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public Severity severity() {
        return code.severity();
    }

    public static Issue file(IssueCode code, String... args) {
        return new Issue(code, null, 0, null, null, null, null, List.of(args));
    }

    public static Issue sheet(IssueCode code, String sheet, String... args) {
        return new Issue(code, sheet, 0, null, null, null, null, List.of(args));
    }

    /** "Sản phẩm!H12", or the sheet alone, or "" for the file. */
    public String location() {
        if (sheet == null) {
            return "";
        }
        if (cell != null) {
            return sheet + "!" + cell;
        }
        return row > 0 ? sheet + "!" + row + ":" + row : sheet;
    }
}
