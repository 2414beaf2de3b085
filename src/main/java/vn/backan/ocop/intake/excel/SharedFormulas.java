package vn.backan.ocop.intake.excel;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Excel stores a filled-down formula once, on the first cell of the range ({@code <f t="shared" si="0"
 * ref="E2:E900">D2*C2</f>}); the other cells only say {@code <f t="shared" si="0"/>}. This rebuilds
 * their text by moving the relative references, as Excel shows it: E3 is {@code D3*C3}.
 */
final class SharedFormulas {

    private static final int MAX_ROW = 1_048_576;
    private static final int MAX_COLUMN = CellRef.MAX_COLUMNS;

    /**
     * A cell reference ($A$1), a column range (A:C) or a row range (1:3), outside quotes. The
     * look-arounds keep function names (LOG10), sheet names (AB1!) and defined names out.
     */
    private static final Pattern REFERENCE = Pattern.compile(
            "(?<![A-Za-z0-9_.$])(\\$?)([A-Za-z]{1,3})(\\$?)([0-9]{1,7})(?![A-Za-z0-9_(!.\\[])"
                    + "|(?<![A-Za-z0-9_.$])(\\$?)([A-Za-z]{1,3}):(\\$?)([A-Za-z]{1,3})(?![A-Za-z0-9_(!.])"
                    + "|(?<![A-Za-z0-9_.$:])(\\$?)([0-9]{1,7}):(\\$?)([0-9]{1,7})(?![A-Za-z0-9_(!.:])");

    private record Master(String formula, int row, int column) {
    }

    private final Map<String, Master> masters = new HashMap<>();

    void remember(String sharedIndex, String formula, int row, int column) {
        masters.put(sharedIndex, new Master(formula, row, column));
    }

    /** @return the formula of a dependent cell, or "" if its master has not been seen */
    String derive(String sharedIndex, int row, int column) {
        Master master = masters.get(sharedIndex);
        if (master == null) {
            return "";
        }
        return shift(master.formula, row - master.row, column - master.column);
    }

    static String shift(String formula, int rows, int columns) {
        if (rows == 0 && columns == 0) {
            return formula;
        }
        StringBuilder out = new StringBuilder(formula.length() + 8);
        int i = 0;
        while (i < formula.length()) {
            int quoted = nextQuoted(formula, i);
            shiftSegment(formula.substring(i, quoted), rows, columns, out);
            if (quoted == formula.length()) {
                break;
            }
            int end = endOfQuoted(formula, quoted);
            out.append(formula, quoted, end);
            i = end;
        }
        return out.toString();
    }

    /** Index of the next string literal, quoted sheet name or bracketed (structured/external) part. */
    private static int nextQuoted(String formula, int from) {
        for (int i = from; i < formula.length(); i++) {
            char c = formula.charAt(i);
            if (c == '"' || c == '\'' || c == '[') {
                return i;
            }
        }
        return formula.length();
    }

    private static int endOfQuoted(String formula, int start) {
        char open = formula.charAt(start);
        if (open == '[') {
            int depth = 0;
            for (int i = start; i < formula.length(); i++) {
                char c = formula.charAt(i);
                if (c == '[') {
                    depth++;
                } else if (c == ']' && --depth == 0) {
                    return i + 1;
                }
            }
            return formula.length();
        }
        int i = start + 1;
        while (i < formula.length()) {
            if (formula.charAt(i) == open) {
                // a doubled quote is an escaped quote inside the literal
                if (i + 1 < formula.length() && formula.charAt(i + 1) == open) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return formula.length();
    }

    private static void shiftSegment(String segment, int rows, int columns, StringBuilder out) {
        Matcher m = REFERENCE.matcher(segment);
        int last = 0;
        while (m.find()) {
            String replacement;
            if (m.group(2) != null) {
                replacement = shiftCell(m.group(1), m.group(2), m.group(3), m.group(4), rows, columns);
            } else if (m.group(6) != null) {
                replacement = range(shiftColumn(m.group(5), m.group(6), columns), shiftColumn(m.group(7), m.group(8), columns));
            } else {
                replacement = range(shiftRow(m.group(9), m.group(10), rows), shiftRow(m.group(11), m.group(12), rows));
            }
            if (replacement == null) {
                replacement = m.group();
            }
            out.append(segment, last, m.start()).append(replacement);
            last = m.end();
        }
        out.append(segment, last, segment.length());
    }

    private static String range(String from, String to) {
        if (from == null || to == null) {
            return null;
        }
        return from.equals("#REF!") || to.equals("#REF!") ? "#REF!" : from + ":" + to;
    }

    /** @return the moved reference, "#REF!" if moved off the sheet, null if it is not a cell reference */
    private static String shiftCell(String colAbs, String letters, String rowAbs, String digits, int rows, int columns) {
        String column = shiftColumn(colAbs, letters, columns);
        if (column == null) {
            return null;
        }
        String row = shiftRow(rowAbs, digits, rows);
        if (row == null) {
            return null;
        }
        return column.equals("#REF!") || row.equals("#REF!") ? "#REF!" : column + row;
    }

    private static String shiftColumn(String absolute, String letters, int columns) {
        int column = CellRef.parseColumn(letters);
        if (column < 0 || column >= MAX_COLUMN) {
            return null;
        }
        if (!absolute.isEmpty()) {
            return absolute + letters;
        }
        int moved = column + columns;
        return moved < 0 || moved >= MAX_COLUMN ? "#REF!" : CellRef.columnLetters(moved);
    }

    private static String shiftRow(String absolute, String digits, int rows) {
        int row = Integer.parseInt(digits);
        if (row < 1 || row > MAX_ROW) {
            return null;
        }
        if (!absolute.isEmpty()) {
            return absolute + digits;
        }
        int moved = row + rows;
        return moved < 1 || moved > MAX_ROW ? "#REF!" : Integer.toString(moved);
    }
}
