package vn.backan.ocop.intake.excel;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Reads the cells of an untrusted workbook, sheet by sheet, row by row, without ever holding a
 * whole .xlsx in memory. The only place in the project that reads workbooks with POI.
 *
 * <p>.xlsx/.xlsm are streamed (StAX over the sheet XML; the shared strings and styles are held in
 * memory); .xls is read with HSSF, whose files are at most 65,536 rows. Macros are never run.
 * Not thread-safe: use one reader per thread.
 */
public interface WorkbookReader extends AutoCloseable {

    /**
     * Opens a workbook with {@link ReaderLimits#defaults()}.
     *
     * @see #open(Path, ReaderLimits)
     */
    static WorkbookReader open(Path file) throws WorkbookException {
        return open(file, ReaderLimits.defaults());
    }

    /**
     * Opens a workbook. Detects the format from the bytes (FileMagic), never from the extension alone.
     *
     * @throws WorkbookException            if the file is not a workbook we can and may read
     * @throws java.io.UncheckedIOException if the file cannot be read at all (missing, no permission)
     */
    static WorkbookReader open(Path file, ReaderLimits limits) throws WorkbookException {
        return WorkbookOpener.open(file, limits);
    }

    /** @return the format detected from the bytes */
    WorkbookFormat format();

    /** @return every sheet (chart sheets included, they have no rows), in workbook order */
    List<SheetInfo> sheets();

    /**
     * @return the names of the sheets a feedback workbook added, when this is one sent back
     *         ({@link FeedbackMarker}): they are the job's, not the district's; case-insensitive
     */
    default Set<String> feedbackSheets() {
        return Set.of();
    }

    /**
     * @param sheet one of {@link #sheets()}
     * @return a fresh streaming cursor from the first row, each call
     */
    RowCursor rows(SheetInfo sheet) throws WorkbookException;

    @Override
    void close();
}
