package vn.backan.ocop.intake.excel;

/**
 * A workbook that cannot be read, for a reason that lies in the file itself. The message is one
 * English line naming the file (name only, never the full path) and, where relevant, the sheet,
 * fit to show to the district that sent the file.
 *
 * <p>Failures of the machine rather than the file (the file vanished, no permission) are not
 * reported this way: {@link WorkbookReader#open} throws {@link java.io.UncheckedIOException} for them.
 */
public final class WorkbookException extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Kind {
        /** Not a spreadsheet at all: text, PDF, an empty file, a Word document, a plain zip. */
        NOT_A_WORKBOOK,
        /** A spreadsheet format this reader does not read: .ods, .xlsb, Excel 5.0/95 and older. */
        UNSUPPORTED_FORMAT,
        /** Password-protected (encrypted) workbook. */
        ENCRYPTED,
        /** Damaged or truncated file, malformed XML, values that make no sense. */
        CORRUPT,
        /** Over one of the {@link ReaderLimits}. */
        TOO_LARGE,
        /** Built to attack the reader: DOCTYPE/external entities, suspicious compression ratio. */
        UNSAFE
    }

    private final Kind kind;
    private final String file;
    private final String sheet;

    /**
     * @param file   the file name, without directories
     * @param sheet  the sheet the problem is in, or null
     * @param detail what is wrong, one line, without the file and sheet names
     */
    public WorkbookException(Kind kind, String file, String sheet, String detail, Throwable cause) {
        super(message(file, sheet, detail), cause);
        this.kind = kind;
        this.file = file;
        this.sheet = sheet;
    }

    public WorkbookException(Kind kind, String file, String sheet, String detail) {
        this(kind, file, sheet, detail, null);
    }

    public Kind kind() {
        return kind;
    }

    /** @return the file name, without directories */
    public String file() {
        return file;
    }

    /** @return the sheet the problem is in; null when it concerns the whole file */
    public String sheet() {
        return sheet;
    }

    private static String message(String file, String sheet, String detail) {
        String where = sheet == null ? file : file + ", sheet '" + sheet + "'";
        return oneLine(where + ": " + detail);
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
