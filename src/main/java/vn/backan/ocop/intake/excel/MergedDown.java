package vn.backan.ocop.intake.excel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Clerks merge a cell down over the rows it applies to: one producer, one commune, one decision for
 * several products. Excel shows the value on every row of the merge but stores it in the first only;
 * read as stored, the other rows would be rejected for a missing value the clerk can see. This cursor
 * gives each row of a merge one column wide the first row's cell. Merges wider than a column (titles,
 * a totals label) are left as stored.
 */
final class MergedDown implements RowCursor {

    /** Merges remembered per sheet; a sheet with more is read as stored (no real form has that many). */
    static final int MAX_MERGES = 20_000;

    /** A merge one column wide over rows {@code first..last} (1-based, as Excel numbers them). */
    record Span(int column, int first, int last) {
    }

    private final RowCursor rows;
    /** By first row: a merge becomes active when the rows reach it and is dropped after its last row. */
    private final List<Span> pending;
    private int nextPending;
    private final List<Span> active = new ArrayList<>();
    private final Map<Span, RawCell> tops = new HashMap<>();

    private MergedDown(RowCursor rows, List<Span> spans) {
        this.rows = rows;
        this.pending = new ArrayList<>(spans);
        this.pending.sort(Comparator.comparingInt(Span::first));
    }

    static RowCursor over(RowCursor rows, List<Span> spans) {
        List<Span> down = spans.stream().filter(s -> s.last() > s.first()).toList();
        return down.isEmpty() || down.size() > MAX_MERGES ? rows : new MergedDown(rows, down);
    }

    @Override
    public SheetRow next() throws WorkbookException {
        SheetRow row = rows.next();
        if (row == null) {
            return null;
        }
        int r = row.rowNumber();
        while (nextPending < pending.size() && pending.get(nextPending).first() <= r) {
            active.add(pending.get(nextPending++));
        }
        if (active.isEmpty()) {
            return row;
        }
        Map<Integer, RawCell> cells = new TreeMap<>();
        row.cells().forEach(c -> cells.put(c.column(), c));
        boolean filled = false;
        for (Iterator<Span> it = active.iterator(); it.hasNext(); ) {
            Span span = it.next();
            if (r == span.first()) {
                RawCell top = cells.get(span.column());
                if (top != null) {
                    tops.put(span, top);
                }
            } else if (r <= span.last() && !cells.containsKey(span.column()) && tops.containsKey(span)) {
                cells.put(span.column(), tops.get(span));
                filled = true;
            }
            if (r >= span.last()) {
                tops.remove(span);
                it.remove();
            }
        }
        return filled ? new SheetRow(r, new ArrayList<>(cells.values()), row.hidden()) : row;
    }

    @Override
    public void close() {
        rows.close();
    }
}
