package vn.backan.ocop.intake;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import vn.backan.ocop.intake.excel.CellRef;
import vn.backan.ocop.intake.excel.RawCell;
import vn.backan.ocop.intake.excel.SheetRow;
import vn.backan.ocop.submission.Column;
import vn.backan.ocop.submission.SheetKind;

/**
 * Finds the header row of a data sheet among its first rows: the first row where at least half of the
 * sheet's columns are named. Title rows above it are skipped. A header may span two rows, a merged group
 * header above the column names: names found in the row below the header row are added. A row of column
 * numbers under the names belongs to the header.
 */
final class HeaderLocator {

    /** How many non-blank rows are searched before giving up. */
    static final int SEARCH_ROWS = 30;

    private HeaderLocator() {
    }

    static Optional<HeaderLayout> locate(SheetKind kind, List<SheetRow> rows) {
        List<Column> wanted = kind.columns().stream().filter(Column::distinctive).toList();
        for (int i = 0; i < rows.size(); i++) {
            SheetRow row = rows.get(i);
            Map<Integer, Column> mapped = match(kind, row);
            if (mapped.isEmpty()) {
                continue;
            }
            SheetRow below = i + 1 < rows.size() && rows.get(i + 1).rowNumber() == row.rowNumber() + 1 ? rows.get(i + 1) : null;
            Map<Integer, Column> fromBelow = below == null ? Map.of() : matchUnder(kind, below, row);
            long named = count(mapped, wanted);
            long namedWithBelow = count(union(mapped, fromBelow), wanted);
            if (namedWithBelow * 2 < wanted.size() && !namesATable(kind, union(mapped, fromBelow).values())) {
                continue;
            }
            // The lower row names columns the upper does not (under a group title, whose own cell it takes over).
            boolean addsColumns = fromBelow.values().stream().anyMatch(c -> !mapped.containsValue(c) && c != null);
            boolean twoRows = (namedWithBelow > named || addsColumns) && fromBelow.size() * 2 >= below.cells().size();
            HeaderLayout layout = layout(kind, row, twoRows ? below : null);
            int after = i + (twoRows ? 2 : 1);
            if (after < rows.size() && rows.get(after).rowNumber() == layout.lastRow() + 1
                    && repeatsHeader(rows.get(after), layout)) {
                // Header cells merged down over two rows read, once merges are filled, as the same names again.
                layout = new HeaderLayout(layout.firstRow(), layout.lastRow() + 1, layout.columns(), layout.headers(),
                        layout.unknown(), layout.duplicates(), layout.missing(), layout.headerRows());
                after++;
            }
            if (after < rows.size() && rows.get(after).rowNumber() == layout.lastRow() + 1
                    && isColumnNumbers(rows.get(after), layout.headers().size())) {
                layout = new HeaderLayout(layout.firstRow(), layout.lastRow() + 1, layout.columns(), layout.headers(),
                        layout.unknown(), layout.duplicates(), layout.missing(), layout.headerRows());
            }
            return Optional.of(layout);
        }
        return Optional.empty();
    }

    /**
     * A product table is recognised by meaning, whatever else it holds: a product's name, a rating (a star
     * column, tick columns under the star levels, or a score) and a place (commune or address). Official
     * tables (a decision's appendix, the Ministry's list) name few of the template's columns.
     */
    static boolean namesATable(SheetKind kind, Collection<Column> named) {
        if (kind != SheetKind.PRODUCT) {
            return false;
        }
        boolean rating = named.contains(Column.PRODUCT_STARS) || named.contains(Column.PRODUCT_SCORE)
                || named.contains(Column.PRODUCT_TICK_3) || named.contains(Column.PRODUCT_TICK_4) || named.contains(Column.PRODUCT_TICK_5);
        return named.contains(Column.PRODUCT_NAME) && rating && named.contains(Column.PRODUCT_COMMUNE);
    }

    /**
     * A required column the sheet may lack because another column gives its value: the product set is
     * inferred from the product's name, the stars read from tick columns, the recognition date derived from
     * the certificate's expiry.
     */
    static boolean suppliedOtherwise(Column column, Collection<Column> named) {
        return switch (column) {
            case PRODUCT_GROUP -> true;
            case PRODUCT_STARS -> named.contains(Column.PRODUCT_TICK_3) || named.contains(Column.PRODUCT_TICK_4)
                    || named.contains(Column.PRODUCT_TICK_5);
            case PRODUCT_DATE -> named.contains(Column.PRODUCT_EXPIRY);
            default -> false;
        };
    }

    /**
     * For a sheet whose header was not found, what the closest row names: its recognised columns with their
     * cells ("Tên sản phẩm (B4)") and what a table of this kind needs and lacks, for a message that says
     * precisely what to add.
     */
    static List<String> attempt(SheetKind kind, List<SheetRow> rows) {
        SheetRow best = null;
        Map<Integer, Column> bestMapped = Map.of();
        for (SheetRow row : rows) {
            Map<Integer, Column> mapped = match(kind, row);
            if (mapped.size() > bestMapped.size()) {
                best = row;
                bestMapped = mapped;
            }
        }
        List<String> recognised = new ArrayList<>();
        for (Map.Entry<Integer, Column> e : bestMapped.entrySet()) {
            recognised.add(e.getValue().header() + " (" + CellRef.of(best.rowNumber(), e.getKey()) + ")");
        }
        Collection<Column> named = bestMapped.values();
        List<String> missing = new ArrayList<>();
        if (kind == SheetKind.PRODUCT) {
            if (!named.contains(Column.PRODUCT_NAME)) {
                missing.add(Column.PRODUCT_NAME.header());
            }
            List<Column> rated = new ArrayList<>(named);
            rated.add(Column.PRODUCT_NAME);
            rated.add(Column.PRODUCT_COMMUNE);
            if (!namesATable(kind, rated)) {
                missing.add(Column.PRODUCT_STARS.header() + " / " + Column.PRODUCT_TICK_3.header() + ", "
                        + Column.PRODUCT_TICK_4.header() + ", " + Column.PRODUCT_TICK_5.header() + " / " + Column.PRODUCT_SCORE.header());
            }
            if (!named.contains(Column.PRODUCT_COMMUNE)) {
                missing.add(Column.PRODUCT_COMMUNE.header() + " / Địa chỉ");
            }
        } else {
            for (Column column : kind.columns()) {
                if (column.required() && !named.contains(column)) {
                    missing.add(column.header());
                }
            }
        }
        return List.of(recognised.isEmpty() ? "–" : String.join(", ", recognised),
                missing.isEmpty() ? "–" : String.join(", ", missing));
    }

    private static final Pattern COLUMN_NUMBER = Pattern.compile("\\(?(\\d{1,2}|[A-Z])\\)?");

    /**
     * Official forms number their columns in the row under the names: (1), (2), ... or A, B, 1, 2, ....
     * Such a row belongs to the header; read as data it would be a row of nonsense.
     */
    static boolean isColumnNumbers(SheetRow row, int headerCells) {
        if (row.cells().size() * 2 < headerCells) {
            return false;
        }
        for (RawCell cell : row.cells()) {
            if (!COLUMN_NUMBER.matcher(CellText.of(cell)).matches()) {
                return false;
            }
        }
        return true;
    }

    /** Every cell of {@code row} holds the header's own name for its column. */
    static boolean repeatsHeader(SheetRow row, HeaderLayout layout) {
        for (RawCell cell : row.cells()) {
            String header = layout.headers().get(cell.column());
            if (header == null || !header.equals(CellText.of(cell))) {
                return false;
            }
        }
        return !row.cells().isEmpty();
    }

    private static long count(Map<Integer, Column> mapped, List<Column> wanted) {
        return mapped.values().stream().distinct().filter(wanted::contains).count();
    }

    private static Map<Integer, Column> union(Map<Integer, Column> upper, Map<Integer, Column> lower) {
        Map<Integer, Column> all = new TreeMap<>(upper);
        lower.forEach((column, spec) -> {
            if (!upper.containsValue(spec)) {
                all.put(column, spec);
            }
        });
        return all;
    }

    private static Map<Integer, Column> match(SheetKind kind, SheetRow row) {
        Map<Integer, Column> mapped = new TreeMap<>();
        for (RawCell cell : row.cells()) {
            String text = CellText.of(cell);
            kind.recognised().stream().filter(c -> c.matches(text)).findFirst().ifPresent(c -> mapped.put(cell.column(), c));
        }
        return mapped;
    }

    /** The lower row of a possible two-row header: its names read alone, or under their group title. */
    private static Map<Integer, Column> matchUnder(SheetKind kind, SheetRow lower, SheetRow upper) {
        Map<Integer, Column> mapped = new TreeMap<>();
        for (RawCell cell : lower.cells()) {
            column(kind, CellText.of(cell), groupOver(upper, cell.column())).ifPresent(c -> mapped.put(cell.column(), c));
        }
        return mapped;
    }

    /**
     * The group title over a cell of the lower header row: the nearest upper cell at or left of it (a
     * merged title keeps its text in its first cell only). It may name a column itself, as "Quyết định
     * công nhận" does: over "Số", "Ngày", "Cấp" it is a title all the same.
     */
    private static String groupOver(SheetRow upper, int column) {
        String group = null;
        for (RawCell cell : upper.cells()) {
            if (cell.column() > column) {
                break;
            }
            String text = CellText.of(cell);
            if (!text.isBlank()) {
                group = text;
            }
        }
        return group;
    }

    /**
     * The column a header names: by itself, or completed by part of its group title, as forms split
     * "Quyết định công nhận" into "Số", "Ngày", "Cấp" ("Số quyết định", "Ngày công nhận", "Cấp công nhận").
     */
    static Optional<Column> column(SheetKind kind, String text, String group) {
        if (group != null && !text.isBlank()) {
            // "Nhóm" under "Phân loại sản phẩm" is the classification's family, not the template's "Nhóm" alias.
            String whole = text + " " + group;
            Optional<Column> grouped = kind.recognised().stream().filter(c -> c.matches(whole)).findFirst();
            if (grouped.isPresent()) {
                return grouped;
            }
        }
        Optional<Column> alone = kind.recognised().stream().filter(c -> c.matches(text)).findFirst();
        if (alone.isPresent() || group == null || text.isBlank()) {
            return alone;
        }
        String[] words = group.trim().split("\\s+");
        List<String> candidates = new ArrayList<>();
        candidates.add(text + " " + group);
        for (int k = words.length - 1; k >= 1; k--) {
            candidates.add(text + " " + String.join(" ", Arrays.copyOfRange(words, 0, k)));
            candidates.add(text + " " + String.join(" ", Arrays.copyOfRange(words, words.length - k, words.length)));
        }
        for (String candidate : candidates) {
            Optional<Column> found = kind.recognised().stream().filter(c -> c.matches(candidate)).findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static HeaderLayout layout(SheetKind kind, SheetRow upper, SheetRow lower) {
        Map<Integer, String> texts = new TreeMap<>();
        Map<Integer, String> groups = new TreeMap<>();
        Map<Integer, Integer> rows = new TreeMap<>();
        for (RawCell cell : upper.cells()) {
            texts.put(cell.column(), CellText.of(cell));
            rows.put(cell.column(), upper.rowNumber());
        }
        if (lower != null) {
            // In a two-row header the lower row names the columns under a merged group title.
            for (RawCell cell : lower.cells()) {
                if (CellText.of(cell).equals(texts.get(cell.column()))) {
                    continue; // a name merged down over both rows: it belongs to its first cell
                }
                texts.put(cell.column(), CellText.of(cell));
                groups.put(cell.column(), groupOver(upper, cell.column()));
                rows.put(cell.column(), lower.rowNumber());
            }
        }
        Map<Integer, Column> columns = new LinkedHashMap<>();
        Map<Integer, Column> duplicates = new LinkedHashMap<>();
        Map<Integer, String> unknown = new LinkedHashMap<>();
        texts.forEach((index, text) -> {
            Optional<Column> column = column(kind, text, groups.get(index));
            if (column.isEmpty()) {
                unknown.put(index, text);
            } else if (columns.containsValue(column.get())) {
                duplicates.put(index, column.get());
            } else {
                columns.put(index, column.get());
            }
        });
        List<Column> missing = new ArrayList<>();
        for (Column column : kind.columns()) {
            if (column.required() && !columns.containsValue(column) && !suppliedOtherwise(column, columns.values())) {
                missing.add(column);
            }
        }
        return new HeaderLayout(upper.rowNumber(), lower == null ? upper.rowNumber() : lower.rowNumber(),
                columns, texts, unknown, duplicates, missing, rows);
    }
}
