package vn.backan.ocop.intake;

import java.util.Map;

/**
 * A data row read from a submission sheet: the item that crosses from the reader to the processor.
 *
 * @param cells  the row's cells by spec column; columns the sheet lacks or leaves blank are absent
 * @param totals true for a totals row ("Tổng cộng"), which is reported but is not data
 */
public record SourceRow(SubmissionRef submission, SheetKind kind, String sheetName, int rowNumber,
                        Map<Column, SourceCell> cells, SheetColumns columns, boolean totals) {

    public SourceCell cell(Column column) {
        return cells.get(column);
    }

    /** The header text of a column as written in this sheet, else the template's. */
    public String header(Column column) {
        return columns.header(column);
    }

    /** Where the column is in this sheet, if the sheet has it. */
    public java.util.Optional<Integer> columnIndex(Column column) {
        return columns.indexOf(column);
    }

    /**
     * The cell of {@code column} in this row as Excel shows it ("H12"); for a required column the sheet
     * lacks, the cell where it would be added; null only for an optional column the sheet lacks.
     */
    public String cellRef(Column column) {
        return columns.placeOf(column).map(index -> vn.backan.ocop.intake.excel.CellRef.of(rowNumber, index)).orElse(null);
    }
}
