package vn.backan.ocop.intake;

import vn.backan.ocop.submission.Column;
import vn.backan.ocop.submission.SheetKind;
import java.util.Map;
import java.util.Optional;

import vn.backan.ocop.intake.excel.CellRef;
import vn.backan.ocop.validation.Issue;
import vn.backan.ocop.validation.RowOrigin;

/**
 * A row read from a submission sheet: the item that crosses from the reader to the processor.
 *
 * @param cells   the row's cells by spec column; columns the sheet lacks or leaves blank are absent
 * @param hidden  true when the row is hidden in Excel; it is read like any other, and the clerk is told
 * @param notData why the row is not data (a totals row, the signature block under the table, a row with
 *                values only outside the template's columns), as the issue reported for it; null for a data row
 * @param stated  what the table's title and the section row above state for this row (a decision, a star level)
 */
public record SourceRow(SubmissionRef submission, SheetKind kind, String sheetName, int rowNumber,
                        Map<Column, SourceCell> cells, SheetColumns columns, boolean hidden, Issue notData,
                        StatedFacts stated) {

    public SourceRow(SubmissionRef submission, SheetKind kind, String sheetName, int rowNumber,
                     Map<Column, SourceCell> cells, SheetColumns columns, boolean hidden, Issue notData) {
        this(submission, kind, sheetName, rowNumber, cells, columns, hidden, notData, StatedFacts.NONE);
    }

    /** A data row that is not hidden. */
    public SourceRow(SubmissionRef submission, SheetKind kind, String sheetName, int rowNumber,
                     Map<Column, SourceCell> cells, SheetColumns columns) {
        this(submission, kind, sheetName, rowNumber, cells, columns, false, null);
    }

    public SourceCell cell(Column column) {
        return cells.get(column);
    }

    /** The header text of a column as written in this sheet, else the template's. */
    public String header(Column column) {
        return columns.header(column);
    }

    /** Where the column is in this sheet, if the sheet has it. */
    public Optional<Integer> columnIndex(Column column) {
        return columns.indexOf(column);
    }

    /**
     * The cell of {@code column} in this row as Excel shows it ("H12"); for a required column the sheet
     * lacks, the cell where it would be added; null only for an optional column the sheet lacks.
     */
    public String cellRef(Column column) {
        return columns.placeOf(column).map(index -> CellRef.of(rowNumber, index)).orElse(null);
    }

    public RowOrigin origin() {
        return new RowOrigin(submission.id(), kind.name(), sheetName, rowNumber);
    }
}
