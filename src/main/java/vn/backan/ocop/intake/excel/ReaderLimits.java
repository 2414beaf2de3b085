package vn.backan.ocop.intake.excel;

/**
 * Bounds that keep an untrusted workbook from exhausting memory or time.
 *
 * <p>{@code maxUncompressedPartBytes} and {@code minInflateRatio} are enforced by POI's
 * {@code ZipSecureFile}, whose settings are static (process-wide): every {@link WorkbookReader#open}
 * sets them from its limits, so use one set of limits per process.
 *
 * @param maxFileBytes             larger files are refused before being opened
 * @param maxUncompressedPartBytes largest uncompressed size of one part (sheet, shared strings) of an .xlsx
 * @param minInflateRatio          smallest compressed/uncompressed ratio of a part; below it the file is
 *                                 treated as a zip bomb (parts under 100 KB uncompressed are exempt)
 * @param maxTextLength            longer cell text is cut at this length (Excel's own limit is 32,767); an
 *                                 .xlsx row holding more than 4,194,304 characters in all is TOO_LARGE
 * @param maxColumns               a cell at or beyond this 0-based column makes the sheet TOO_LARGE
 * @param maxSharedStringChars     most characters the shared-strings table of an .xlsx may hold in total
 *                                 (each entry also counts 4 for its bookkeeping); that table must sit in
 *                                 memory while a sheet streams, at about 2 bytes a character
 */
public record ReaderLimits(long maxFileBytes, long maxUncompressedPartBytes, double minInflateRatio,
                           int maxTextLength, int maxColumns, long maxSharedStringChars) {

    static final long DEFAULT_MAX_SHARED_STRING_CHARS = 32_000_000L;

    public ReaderLimits {
        if (maxFileBytes <= 0 || maxUncompressedPartBytes <= 0 || maxTextLength <= 0 || maxColumns <= 0
                || maxSharedStringChars <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
        if (!(minInflateRatio >= 0 && minInflateRatio < 1)) {
            throw new IllegalArgumentException("minInflateRatio must be in [0, 1), got " + minInflateRatio);
        }
    }

    /** The five limits of the original contract, with the default shared-strings budget. */
    public ReaderLimits(long maxFileBytes, long maxUncompressedPartBytes, double minInflateRatio,
                        int maxTextLength, int maxColumns) {
        this(maxFileBytes, maxUncompressedPartBytes, minInflateRatio, maxTextLength, maxColumns,
                DEFAULT_MAX_SHARED_STRING_CHARS);
    }

    /**
     * 100 MB files, 1 GB parts, ratio 0.01, 32,767 characters a cell, 16,384 columns, and 32 M
     * shared-string characters (at most about 64 MB of heap).
     */
    public static ReaderLimits defaults() {
        return new ReaderLimits(100L * 1024 * 1024, 1024L * 1024 * 1024, 0.01, 32_767, CellRef.MAX_COLUMNS,
                DEFAULT_MAX_SHARED_STRING_CHARS);
    }
}
