package vn.backan.ocop.template;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import vn.backan.ocop.layout.PrintLayout;
import vn.backan.ocop.submission.Column;
import vn.backan.ocop.submission.Period;
import vn.backan.ocop.submission.SheetKind;
import vn.backan.ocop.validation.IssueCode;
import vn.backan.ocop.validation.Messages;
import vn.backan.ocop.validation.Severity;

/**
 * The instruction sheet, generated from the rule catalogue: for each column, what to type and the
 * rules that check it; then every rule with its message and what to do, as the feedback workbook
 * will word them.
 */
final class Instructions {

    static final String SHEET = "Hướng dẫn";
    /** Sheet or level, column, required, how to type it (or the message), checks (or what to do), the rule's code. */
    private static final int[] WIDTHS = {12, 22, 8, 44, 45, 34};

    private final XSSFSheet sheet;
    private final TemplateStyles styles;
    private final Messages vi = Messages.vietnamese();
    private int next;

    Instructions(XSSFSheet sheet, TemplateStyles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    void write(Period period) {
        line("HƯỚNG DẪN ĐIỀN BIỂU MẪU BÁO CÁO CHƯƠNG TRÌNH OCOP", styles.title);
        line("Kỳ báo cáo: " + period.label() + " (từ " + day(period.startsOn()) + " đến " + day(period.endsOn()) + ").", styles.note);
        next++;
        for (String step : List.of(
                "1. Sheet " + SheetKind.COVER.title() + ": điền Người lập, Ngày lập, Số điện thoại, Email. Không sửa Mã huyện và Kỳ báo cáo.",
                "2. Các sheet " + SheetKind.dataSheets().stream().map(SheetKind::title).collect(Collectors.joining(", "))
                        + ": nhập từ dòng " + (DataSheets.FIRST_DATA_ROW + 1) + ", ngay dưới dòng tiêu đề; cột có dấu (*) là bắt buộc.",
                "3. Không đổi tên sheet, không xóa, đổi tên hay đổi chỗ các cột tiêu đề; không chèn dòng trống giữa tiêu đề và số liệu.",
                "4. Ô có mũi tên: chọn trong danh sách. Ngày nhập dạng ngày/tháng/năm (ví dụ 12/12/2018). Số lẻ dùng dấu phẩy hoặc chấm.",
                "5. Nhập sheet " + SheetKind.ENTITY.title() + " trước: cột Chủ thể của sheet " + SheetKind.PRODUCT.title()
                        + " chọn trong các chủ thể đã ghi.",
                "6. Sau khi gửi, huyện nhận tệp phản hồi: các ô có vấn đề được tô màu (đỏ: lỗi, dòng bị từ chối; vàng: cảnh báo)"
                        + " kèm ghi chú; sửa và gửi lại cả tệp, tệp mới thay thế tệp cũ của cùng kỳ.")) {
            line(step, null);
        }
        next++;
        row(styles.header, "Sheet", "Cột", "Bắt buộc", "Cách nhập", "Hệ thống kiểm tra", "Mã lỗi");
        for (SheetKind kind : SheetKind.dataSheets()) {
            for (Column column : kind.columns()) {
                ColumnGuide.Guide guide = ColumnGuide.of(column);
                String checks = guide.checks().stream().map(code -> "• " + pattern(code, column))
                        .collect(Collectors.joining("\n"));
                String codes = guide.checks().stream().map(IssueCode::name).collect(Collectors.joining("\n"));
                row(styles.wrapped, kind.title(), DataSheets.header(column), column.required() ? "Có" : "", guide.text(), checks, codes);
            }
        }
        next++;
        line("DANH MỤC LỖI VÀ CẢNH BÁO (như trong tệp phản hồi)", styles.title);
        line("Lỗi: dòng bị từ chối, phải sửa. Cảnh báo: dòng vẫn được nạp, nên sửa. Ghi chú: chỉ để biết. Lỗi tệp: cả tệp bị từ chối.", styles.note);
        // The message across the three columns after the level; the code last, for whoever searches the catalogue by it.
        merged(row(styles.header, "Mức độ", "Nội dung", "", "", "Cách sửa", "Mã lỗi"));
        for (IssueCode code : IssueCode.values()) {
            merged(row(styles.wrapped, label(code.severity()), pattern(code), "", "",
                    vi.text(code.name() + ".hint").replaceAll("\\{\\d+}", "…"), code.name()));
        }
        for (int i = 0; i < WIDTHS.length; i++) {
            sheet.setColumnWidth(i, WIDTHS[i] * 256);
        }
        PrintLayout.a4Landscape(sheet, -1, WIDTHS.length);
    }

    /** Columns 1 to 3 of a rule's row hold its message: one cell, and the row as high as the message needs there. */
    private void merged(Row row) {
        sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 1, 3));
        String message = row.getCell(1).getStringCellValue();
        float needed = lines(message, WIDTHS[1] + WIDTHS[2] + WIDTHS[3]) * 14.5f + 3;
        float others = 1;
        for (int i = 4; i < WIDTHS.length; i++) {
            others = Math.max(others, lines(row.getCell(i).getStringCellValue(), WIDTHS[i]));
        }
        row.setHeightInPoints(Math.max(needed, others * 14.5f + 3));
    }

    /** A rule's message with its blanks shown as "…": "“…” không phải là ngày hợp lệ." */
    private String pattern(IssueCode code) {
        return vi.text(code.name() + ".message").replaceAll("\\{\\d+}", "…");
    }

    /** As {@link #pattern(IssueCode)}, with the column named where the message names it. */
    private String pattern(IssueCode code, Column column) {
        String text = vi.text(code.name() + ".message");
        if (NAMES_COLUMN.contains(code)) {
            text = text.replace("{1}", column.header());
        }
        return text.replaceAll("\\{\\d+}", "…");
    }

    /** Rules whose message argument {1} is the column's header. */
    private static final Set<IssueCode> NAMES_COLUMN = EnumSet.of(IssueCode.REQUIRED_MISSING,
            IssueCode.NEGATIVE_NUMBER, IssueCode.OPTIONAL_VALUE_IGNORED);

    private static String label(Severity severity) {
        return switch (severity) {
            case FILE_ERROR -> "Lỗi tệp";
            case ERROR -> "Lỗi";
            case WARNING -> "Cảnh báo";
            case INFO -> "Ghi chú";
        };
    }

    private static String day(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    /** A line of text across the sheet's columns, wrapped within them so that it never widens the printed page. */
    private void line(String text, CellStyle style) {
        Row row = sheet.createRow(next++);
        Cell cell = row.createCell(0);
        cell.setCellValue(text);
        int across = Arrays.stream(WIDTHS).sum();
        if (style == styles.title || text.length() < across) {
            if (style != null) {
                cell.setCellStyle(style);
            }
            return;
        }
        cell.setCellStyle(style == styles.note ? styles.noteWrapped : styles.longText);
        sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, WIDTHS.length - 1));
        row.setHeightInPoints(lines(text, across) * 14.5f + 2);
    }

    private Row row(CellStyle style, String... values) {
        Row row = sheet.createRow(next++);
        int lines = 1;
        for (int i = 0; i < values.length; i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(values[i]);
            cell.setCellStyle(style);
            lines = Math.max(lines, lines(values[i], WIDTHS[i]));
        }
        row.setHeightInPoints(lines * 14.5f + 3);
        return row;
    }

    /** Lines a text takes in a column {@code width} characters wide (letters are narrower than the digit 0). */
    private static int lines(String text, int width) {
        int letters = (int) (width * 1.15);
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines += Math.max(1, (paragraph.length() + letters - 1) / letters);
        }
        return Math.max(1, lines);
    }
}
