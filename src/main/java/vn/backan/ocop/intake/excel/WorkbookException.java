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

    /**
     * Why, precisely: what the clerk is told (in Vietnamese, by intake.FileErrors) and the operator's
     * log names. One kind has several reasons; a reason belongs to one kind.
     */
    public enum Reason {
        EMPTY, WEB_PAGE, XML_FILE, PLAIN_ZIP, OPEN_DOCUMENT, OTHER_OFFICE_DOCUMENT, NO_WORKBOOK_PART, UNKNOWN_CONTENT,
        ODS, XLSB, STRICT_OOXML, EXCEL_95, EXCEL_2_TO_4,
        PASSWORD,
        /** The file ends early: cut short while sent or copied. */
        TRUNCATED,
        /** The zip structure is unreadable (not simply short). */
        ZIP_DAMAGED,
        /** Two zip entries with one name: no Excel writes that; made by another tool or tampered with. */
        DUPLICATE_ENTRIES,
        /** A part the workbook lists is not in the package. */
        MISSING_PART,
        MALFORMED_XML,
        /** A cell value or attribute that makes no sense (a shared string that does not exist, a bad number). */
        BAD_VALUE,
        /** A row or column Excel cannot have (row 0, beyond row 1,048,576 or column XFD). */
        CELL_ADDRESS,
        /** An .xls whose binary records are damaged. */
        XLS_RECORDS,
        /** Damaged in a way none of the above names. */
        DAMAGED,
        FILE_SIZE, PART_SIZE, MEMORY, READER_LIMIT,
        DOCTYPE, COMPRESSION_RATIO;

        static Reason of(Kind kind) {
            return switch (kind) {
                case NOT_A_WORKBOOK -> UNKNOWN_CONTENT;
                case UNSUPPORTED_FORMAT -> UNKNOWN_CONTENT;
                case ENCRYPTED -> PASSWORD;
                case CORRUPT -> DAMAGED;
                case TOO_LARGE -> READER_LIMIT;
                case UNSAFE -> COMPRESSION_RATIO;
            };
        }
    }

    private final Kind kind;
    private final Reason reason;
    private final String file;
    private final String sheet;

    /**
     * @param file   the file name, without directories
     * @param sheet  the sheet the problem is in, or null
     * @param detail what is wrong, one line, without the file and sheet names
     */
    public WorkbookException(Kind kind, String file, String sheet, String detail, Throwable cause) {
        this(kind, Reason.of(kind), file, sheet, detail, cause);
    }

    public WorkbookException(Kind kind, Reason reason, String file, String sheet, String detail, Throwable cause) {
        super(message(file, sheet, detail), cause);
        this.kind = kind;
        this.reason = reason;
        this.file = file;
        this.sheet = sheet;
    }

    public WorkbookException(Kind kind, String file, String sheet, String detail) {
        this(kind, file, sheet, detail, null);
    }

    public Kind kind() {
        return kind;
    }

    public Reason reason() {
        return reason;
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
