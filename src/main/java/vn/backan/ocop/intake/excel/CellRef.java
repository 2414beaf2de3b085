package vn.backan.ocop.intake.excel;

/** A1-style cell references, as Excel shows them in messages to people ("H12"). */
public final class CellRef {

    /** Excel's limit (column XFD); also the longest column name we accept when parsing. */
    static final int MAX_COLUMNS = 16_384;

    private CellRef() {
    }

    /**
     * @param row    1-based row number, as Excel shows it
     * @param column 0-based column index
     * @return e.g. {@code of(12, 7)} is {@code "H12"}
     */
    public static String of(int row, int column) {
        if (row < 1) {
            throw new IllegalArgumentException("row must be 1-based, got " + row);
        }
        return columnLetters(column) + row;
    }

    /** @return the column letters of a 0-based column index: 0 is "A", 25 "Z", 26 "AA", 16383 "XFD" */
    public static String columnLetters(int column) {
        if (column < 0) {
            throw new IllegalArgumentException("column must be 0-based, got " + column);
        }
        char[] buffer = new char[7];
        int pos = buffer.length;
        int n = column + 1;
        while (n > 0) {
            int rem = (n - 1) % 26;
            buffer[--pos] = (char) ('A' + rem);
            n = (n - 1) / 26;
        }
        return new String(buffer, pos, buffer.length - pos);
    }

    /**
     * The 0-based column of a reference such as "H12" or "H", or -1 if it does not start with
     * one to three letters. Three letters can name columns past XFD; callers check the limit.
     */
    static int parseColumn(CharSequence ref) {
        int column = 0;
        int letters = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                column = column * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                column = column * 26 + (c - 'a' + 1);
            } else {
                break;
            }
            if (++letters > 3) {
                return -1;
            }
        }
        return letters == 0 ? -1 : column - 1;
    }
}
