package vn.backan.ocop.intake;

import vn.backan.ocop.submission.Column;
import vn.backan.ocop.submission.SheetKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import vn.backan.ocop.intake.excel.CellRef;
import vn.backan.ocop.intake.excel.RawCell;
import vn.backan.ocop.intake.excel.RowCursor;
import vn.backan.ocop.intake.excel.SheetRow;
import vn.backan.ocop.intake.excel.WorkbookException;
import vn.backan.ocop.intake.excel.WorkbookReader;
import vn.backan.ocop.validation.Issue;
import vn.backan.ocop.validation.IssueCode;

/**
 * Streams the rows of one submission, sheet after sheet ({@link SheetKind#dataSheets()} order), below each
 * sheet's header: data rows, and the rows that are not data (totals, group titles, the block under the
 * table, values outside the template's columns) marked with the issue that reports them, so that no row
 * with a value goes unaccounted for. Holds one row at a time (a signature block: its first row and how far
 * it goes); the position can be saved and skipped to on restart.
 */
public final class SubmissionRows implements AutoCloseable {

    /** Compiled once: asked of the cells of every row. */
    private static final Pattern ORDINAL = Pattern.compile("\\(?\\d{1,5}[.)]?");

    private final WorkbookReader workbook;
    private final SubmissionRef submission;
    private final Iterator<SheetPlan> plans;
    private SheetPlan plan;
    private SheetColumns columns;
    private RowCursor cursor;
    private RowPosition position;
    private Footer footer;
    private SourceRow pending;
    /** What the title and the last section row state for the rows below. */
    private StatedFacts stated = StatedFacts.NONE;

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

    /**
     * The next row, or null when every sheet is read. Every row under a header with a value in it is handed
     * out: data rows, and rows that are not data with the issue saying why ({@link SourceRow#notData()}).
     * The lines of a signature block are handed out as one row, its first, once the block has ended.
     */
    public SourceRow next() throws WorkbookException {
        while (true) {
            if (pending != null) {
                SourceRow row = pending;
                pending = null;
                return handOut(row);
            }
            if (cursor == null && !nextSheet()) {
                return null;
            }
            SheetRow row = cursor.next();
            if (row == null) {
                cursor.close();
                cursor = null;
                if (footer != null) {
                    return handOut(endFooter());
                }
                continue;
            }
            if (row.rowNumber() <= plan.header().lastRow()) {
                continue;
            }
            if (footer != null) {
                if (!RowRoles.looksLikeData(row, plan.header())) {
                    footer.last = row.rowNumber();
                    continue;
                }
                // A full row under the signature block is data after all; the block ends above it.
                pending = toSource(row);
                return handOut(endFooter());
            }
            if (RowRoles.opensFooter(row) && !RowRoles.looksLikeData(row, plan.header())) {
                footer = new Footer(row, plan.kind(), plan.sheet().name(), columns);
                continue;
            }
            SourceRow source = toSource(row);
            if (source != null) {
                return handOut(source);
            }
        }
    }

    private SourceRow handOut(SourceRow row) {
        position = new RowPosition(row.kind(), row.rowNumber());
        return row;
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
        stated = plan.title();
        cursor = workbook.rows(plan.sheet());
        return true;
    }

    /**
     * The row as handed out; null for a row that holds nothing: only spaces, or only its number in the STT
     * column (templates come with numbered empty rows).
     */
    private SourceRow toSource(SheetRow row) {
        Map<Column, SourceCell> cells = cells(row);
        String sheet = plan.sheet().name();
        if (RowRoles.isTotals(row)) {
            RawCell label = RowRoles.firstText(row);
            Issue issue = new Issue(IssueCode.TOTALS_ROW_SKIPPED, sheet, row.rowNumber(),
                    CellRef.of(row.rowNumber(), label.column()), headerAt(label.column()), CellText.of(label), null, List.of());
            return new SourceRow(submission, plan.kind(), sheet, row.rowNumber(), cells, columns, row.hidden(), issue);
        }
        List<RawCell> filled = row.cells().stream().filter(cell -> !CellText.of(cell).isEmpty()).toList();
        if (RowRoles.isSectionHeading(row, plan.header())) {
            RawCell mark = filled.get(0);
            String title = String.join(" ", filled.stream().map(CellText::of).toList());
            Issue issue = new Issue(IssueCode.SECTION_ROW_SKIPPED, sheet, row.rowNumber(),
                    CellRef.of(row.rowNumber(), mark.column()), headerAt(mark.column()), title, null, List.of());
            // A section's facts apply to the rows under it, until the next section.
            stated = StatedFacts.ofRow(row).under(plan.title());
            return new SourceRow(submission, plan.kind(), sheet, row.rowNumber(), cells, columns, row.hidden(), issue);
        }
        if (filled.isEmpty()
                || cells.size() == filled.size() && cells.values().stream().allMatch(c -> c.column().numbering() && isOrdinal(c))) {
            return null;
        }
        if (cells.isEmpty()) {
            RawCell first = filled.get(0);
            String header = headerAt(first.column());
            Issue issue = new Issue(IssueCode.ROW_OUTSIDE_COLUMNS, sheet, row.rowNumber(),
                    CellRef.of(row.rowNumber(), first.column()), header, CellText.of(first), null,
                    List.of(header == null ? CellRef.columnLetters(first.column()) : header));
            return new SourceRow(submission, plan.kind(), sheet, row.rowNumber(), cells, columns, row.hidden(), issue);
        }
        return new SourceRow(submission, plan.kind(), sheet, row.rowNumber(), cells, columns, row.hidden(), null, stated);
    }

    private Map<Column, SourceCell> cells(SheetRow row) {
        Map<Column, SourceCell> cells = new LinkedHashMap<>();
        for (RawCell cell : row.cells()) {
            Column column = plan.header().columns().get(cell.column());
            if (column != null) {
                String text = CellText.of(cell);
                if (!text.isEmpty()) {
                    cells.put(column, new SourceCell(column, columns.header(column), row.rowNumber(), cell, text));
                }
            }
        }
        return Collections.unmodifiableMap(cells);
    }

    /** "1", "12.", "(3)": a row number of the template, not data. */
    private static boolean isOrdinal(SourceCell cell) {
        return ORDINAL.matcher(cell.text()).matches();
    }

    /** The header written over a column, or null where there is none. */
    private String headerAt(int column) {
        String header = plan.header().headers().get(column);
        return header == null || header.isEmpty() ? null : header;
    }

    /** The block under the table, reported as one row: its first line, and how far it goes. */
    private SourceRow endFooter() {
        Footer block = footer;
        footer = null;
        Issue issue = new Issue(IssueCode.FOOTER_SKIPPED, block.sheet, block.first.rowNumber(),
                CellRef.of(block.first.rowNumber(), block.label.column()), null, CellText.of(block.label), null,
                List.of(Integer.toString(block.first.rowNumber()), Integer.toString(block.last)));
        return new SourceRow(submission, block.kind, block.sheet, block.first.rowNumber(), Map.of(), block.columns,
                false, issue);
    }

    /** A signature block being read: its first row, the cell that opened it, and its last row so far. */
    private static final class Footer {
        final SheetRow first;
        final RawCell label;
        final SheetKind kind;
        final String sheet;
        final SheetColumns columns;
        int last;

        private Footer(SheetRow first, SheetKind kind, String sheet, SheetColumns columns) {
            this.first = first;
            this.label = RowRoles.firstText(first);
            this.kind = kind;
            this.sheet = sheet;
            this.columns = columns;
            this.last = first.rowNumber();
        }
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
