package vn.backan.ocop.intake;

import vn.backan.ocop.submission.Column;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import vn.backan.ocop.intake.excel.CellKind;
import vn.backan.ocop.intake.excel.RawCell;
import vn.backan.ocop.intake.excel.SheetRow;
import vn.backan.ocop.text.VietnameseText;

/**
 * Tells the rows under a header that are not data: a totals row, and the block a clerk writes under
 * the table (notes, place and date, signatures). Shared by the first look at a workbook and the reader,
 * so that both agree on what a data row is.
 */
final class RowRoles {

    /** Folded openings of the lines of a signature block, and of notes under the table. */
    private static final List<String> FOOTER_OPENINGS = List.of(
            "nguoi lap", "nguoi tong hop", "nguoi bao cao", "thu truong", "chu tich", "pho chu tich",
            "kt chu tich", "tm ui ban", "tm ubnd", "xac nhan", "noi nhan", "ki ten", "ki ghi ro",
            "ki va ghi ro", "ki dong dau", "ki ho ten", "ke toan truong", "truong phong", "pho truong phong",
            "giam doc");
    private static final List<String> NOTE_LABELS = List.of("ghi chu", "luu i", "chu thich", "chu giai");
    /** "Na Rì, ngày 10 tháng 01 năm 2021", also the template's "......, ngày ... tháng ... năm 2021". */
    private static final Pattern PLACE_AND_DATE = Pattern.compile("(?:.* )?ngai(?: \\d{1,2})? thang(?: \\d{1,2})? nam(?: \\d{4})?");

    private RowRoles() {
    }

    /** The first text cell, decoded; null where the row has none. */
    static RawCell firstText(SheetRow row) {
        for (RawCell cell : row.cells()) {
            if (cell.kind() == CellKind.TEXT && !CellText.of(cell).isEmpty()) {
                return cell;
            }
        }
        return null;
    }

    private static final Pattern TOTALS_LABEL = Pattern.compile("(tổng|cộng)(\\s|:|$).*");
    /** The same labels typed without diacritics: only as the whole text, or before a count. */
    private static final Pattern TOTALS_UNACCENTED = Pattern.compile("(tong cong|tong so|tong|cong)( \\d.*)?");
    /** Names that start like a totals label. */
    private static final List<String> NAMES = List.of("cong dong", "cong hoa", "tong cong ti", "tong cuc", "tong doi");

    /**
     * A row whose first text cell starts with "Tổng" or "Cộng" sums the rows above ("Tổng cộng: 4 sản phẩm"),
     * unless it is a name that starts that way ("Cộng đồng …", "Tổng công ty …").
     */
    static boolean isTotals(SheetRow row) {
        RawCell first = firstText(row);
        if (first == null) {
            return false;
        }
        String text = CellText.of(first);
        String folded = VietnameseText.fold(text);
        // Either label folds to "tong" or "cong" first: most rows are told without a regular expression.
        if (!folded.startsWith("tong") && !folded.startsWith("cong")) {
            return false;
        }
        boolean label = TOTALS_LABEL.matcher(text.toLowerCase(Locale.ROOT)).matches()
                || TOTALS_UNACCENTED.matcher(folded).matches();
        return label && NAMES.stream().noneMatch(name -> folded.equals(name) || folded.startsWith(name + " "));
    }

    /** A group's mark in its own cell: "I", "II.", "A)". */
    private static final Pattern SECTION_MARK = Pattern.compile("(?:[IVX]{1,4}|[A-Z])[.)]?");
    /** A group's mark and title in one cell: "I. Sản phẩm đạt 4 sao". */
    private static final Pattern SECTION_LINE = Pattern.compile("(?:[IVX]{1,4}|[A-Z])[.)]\\s+\\S.*");

    /**
     * Whether the row titles a group of rows inside the table ("I | Sản phẩm đạt 4 sao", "II. SẢN PHẨM 3 SAO"):
     * a mark in Roman numerals or a capital letter, with at most a title beside it, and nothing else.
     */
    static boolean isSectionHeading(SheetRow row, HeaderLayout header) {
        // Asked of every row: a data row is told by its third filled cell, without listing the rest.
        List<String> texts = new ArrayList<>(2);
        for (RawCell cell : row.cells()) {
            String text = CellText.of(cell);
            if (!text.isEmpty()) {
                if (texts.size() == 2) {
                    return false;
                }
                texts.add(text);
            }
        }
        if (texts.isEmpty() || looksLikeData(row, header)) {
            return false;
        }
        return SECTION_MARK.matcher(texts.get(0)).matches()
                || texts.size() == 1 && SECTION_LINE.matcher(texts.get(0)).matches();
    }

    /** Whether the row opens the block under the table: a signature title, a note, or the place and date. */
    static boolean opensFooter(SheetRow row) {
        RawCell first = firstText(row);
        if (first == null) {
            return false;
        }
        String text = CellText.of(first);
        String folded = VietnameseText.fold(text);
        // Asked of every row: no string built per opening ("o + ' '") to compare.
        if (FOOTER_OPENINGS.stream().anyMatch(o -> folded.startsWith(o)
                && (folded.length() == o.length() || folded.charAt(o.length()) == ' '))) {
            return true;
        }
        int colon = text.indexOf(':');
        if (colon > 0 && NOTE_LABELS.contains(VietnameseText.fold(text.substring(0, colon)))) {
            return true;
        }
        return folded.contains("ngai") && PLACE_AND_DATE.matcher(folded).matches();
    }

    /**
     * Whether the row fills at least half of the columns that recognise the header: a row that full is data
     * wherever it stands, even under a signature block.
     */
    static boolean looksLikeData(SheetRow row, HeaderLayout header) {
        long wanted = header.columns().values().stream().filter(Column::distinctive).count();
        long filled = row.cells().stream()
                .filter(cell -> {
                    Column column = header.columns().get(cell.column());
                    return column != null && column.distinctive() && !CellText.of(cell).isEmpty();
                })
                .count();
        return wanted > 0 && filled * 2 >= wanted;
    }

    /** Whether any cell of the row is in a column of the template. */
    static boolean inTemplateColumns(SheetRow row, HeaderLayout header) {
        return row.cells().stream().anyMatch(cell -> header.columns().containsKey(cell.column()) && !CellText.of(cell).isEmpty());
    }
}
