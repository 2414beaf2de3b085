package vn.backan.ocop.intake;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.backan.ocop.intake.excel.CellKind;
import vn.backan.ocop.intake.excel.CellRef;
import vn.backan.ocop.intake.excel.RawCell;
import vn.backan.ocop.intake.excel.RowCursor;
import vn.backan.ocop.intake.excel.SheetRow;
import vn.backan.ocop.intake.excel.WorkbookException;
import vn.backan.ocop.intake.excel.WorkbookReader;
import vn.backan.ocop.text.VietnameseText;

/**
 * Streams the data rows of one submission, sheet after sheet ({@link SheetKind#dataSheets()} order),
 * below each sheet's header. Holds one row at a time; the position can be saved and skipped to on restart.
 */
public final class SubmissionRows implements AutoCloseable {

    private final WorkbookReader workbook;
    private final SubmissionRef submission;
    private final Iterator<SheetPlan> plans;
    private SheetPlan plan;
    private SheetColumns columns;
    private RowCursor cursor;
    private RowPosition position;

    private SubmissionRows(WorkbookReader workbook, SubmissionRef submission, List<SheetPlan> plans) {
        this.workbook = workbook;
        this.submission = submission;
        this.plans = plans.iterator();
    }

    public static SubmissionRows open(Path file, SubmissionRef submission) throws WorkbookException {
        WorkbookReader workbook = WorkbookReader.open(file);
        try {
            Map<SheetKind, SheetPlan> byKind = WorkbookInspector.plan(workbook);
            List<SheetPlan> readable = new ArrayList<>();
            for (SheetKind kind : SheetKind.dataSheets()) {
                SheetPlan plan = byKind.get(kind);
                if (plan != null && plan.header() != null) {
                    readable.add(plan);
                }
            }
            return new SubmissionRows(workbook, submission, readable);
        } catch (WorkbookException | RuntimeException e) {
            workbook.close();
            throw e;
        }
    }

    /** The next data row, or null when every sheet is read. */
    public SourceRow next() throws WorkbookException {
        while (true) {
            if (cursor == null && !nextSheet()) {
                return null;
            }
            SheetRow row = cursor.next();
            if (row == null) {
                cursor.close();
                cursor = null;
                continue;
            }
            if (row.rowNumber() <= plan.header().lastRow()) {
                continue;
            }
            SourceRow source = toSource(row);
            if (source != null) {
                position = new RowPosition(plan.kind(), row.rowNumber());
                return source;
            }
        }
    }

    /** Where the last row handed out stands; null before the first. */
    public RowPosition position() {
        return position;
    }

    /** Skips every row up to and including {@code last}, as handed out before a restart. */
    public void skipPast(RowPosition last) throws WorkbookException {
        while (position == null || position.kind() != last.kind() || position.rowNumber() < last.rowNumber()) {
            if (next() == null) {
                return;
            }
        }
    }

    private boolean nextSheet() throws WorkbookException {
        if (!plans.hasNext()) {
            return false;
        }
        plan = plans.next();
        columns = SheetColumns.of(plan.header());
        cursor = workbook.rows(plan.sheet());
        return true;
    }

    private SourceRow toSource(SheetRow row) {
        Map<Column, SourceCell> cells = new LinkedHashMap<>();
        for (RawCell cell : row.cells()) {
            Column column = plan.header().columns().get(cell.column());
            if (column != null) {
                String text = CellText.of(cell);
                if (!text.isEmpty()) {
                    cells.put(column, new SourceCell(column, columns.header(column), CellRef.of(row.rowNumber(), cell.column()), cell, text));
                }
            }
        }
        if (cells.isEmpty()) {
            return null;
        }
        return new SourceRow(submission, plan.kind(), plan.sheet().name(), row.rowNumber(),
                Collections.unmodifiableMap(cells), columns, isTotals(row));
    }

    /** A row whose first text cell starts with "Tổng" or "Cộng" (but not "Cộng đồng") sums the rows above. */
    static boolean isTotals(SheetRow row) {
        for (RawCell cell : row.cells()) {
            if (cell.kind() == CellKind.TEXT) {
                String text = CellText.of(cell).toLowerCase(java.util.Locale.ROOT);
                String folded = VietnameseText.fold(text);
                return text.matches("^(tổng|cộng)(\\s|:|$).*") && !text.startsWith("cộng đồng")
                        || folded.equals("tong") || folded.equals("tong cong") || folded.equals("cong");
            }
        }
        return false;
    }

    @Override
    public void close() {
        if (cursor != null) {
            cursor.close();
        }
        workbook.close();
    }

    @Override
    public String toString() {
        return "SubmissionRows[" + submission.fileName() + "]";
    }
}
