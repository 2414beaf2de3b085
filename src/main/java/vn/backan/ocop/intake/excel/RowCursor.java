package vn.backan.ocop.intake.excel;

/**
 * Forward-only, streaming iteration over the rows of one sheet. Not thread-safe.
 * Closing the workbook's {@link WorkbookReader} closes its cursors too.
 */
public interface RowCursor extends AutoCloseable {

    /**
     * Next row that has at least one non-blank cell, or null at the end. Blank rows are skipped,
     * but {@link SheetRow#rowNumber()} keeps Excel's numbering.
     *
     * @throws WorkbookException if the sheet turns out to be damaged, unsafe or too large part-way through
     * @throws IllegalStateException if the cursor has been closed
     */
    SheetRow next() throws WorkbookException;

    @Override
    void close();
}
