package vn.backan.ocop.template;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.backan.ocop.layout.PrintLayout;
import vn.backan.ocop.reference.District;
import vn.backan.ocop.reference.ReferenceData;
import vn.backan.ocop.submission.Column;
import vn.backan.ocop.submission.Period;
import vn.backan.ocop.submission.SheetKind;

/**
 * The whole blank workbook: cover, the four data sheets, the instructions, and two hidden sheets
 * (the dropdown lists, the template's version). A small workbook, written in memory.
 */
final class TemplateWorkbook {

    static final String VERSION_SHEET = "Phiên bản";
    /** The entity names typed in {@code Chủ thể}: the dropdown of the product sheet's Chủ thể column. */
    static final String ENTITY_NAMES = "DM_CHU_THE";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final ReferenceData reference;
    private final District district;
    private final Period period;
    private final Prefill prefill;
    private final Instant now;

    TemplateWorkbook(ReferenceData reference, District district, Period period, Prefill prefill, Instant now) {
        this.reference = reference;
        this.prefill = prefill;
        this.district = district;
        this.period = period;
        this.now = now;
    }

    void write(OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            TemplateStyles styles = new TemplateStyles(workbook);
            Map<String, List<String>> lists = Lists.of(reference, district, period);
            cover(workbook.createSheet(SheetKind.COVER.title()), styles);
            DataSheets data = new DataSheets(styles, district, period);
            String carried = prefill.fromPeriod() == null ? "" : " Đã ghi sẵn số liệu " + Period.ofCode(prefill.fromPeriod()).label()
                    .toLowerCase(Locale.ROOT) + " (tệp " + prefill.fromFile() + "): sửa, bổ sung cho kỳ này, không cần gõ lại.";
            data.write(workbook.createSheet(SheetKind.PRODUCT.title()), SheetKind.PRODUCT, "SẢN PHẨM OCOP ĐƯỢC ĐÁNH GIÁ, PHÂN HẠNG",
                    "Mỗi lần đánh giá, phân hạng một dòng (sản phẩm đánh giá lại ghi thêm dòng mới). Cột có (*) là bắt buộc; xem sheet "
                            + Instructions.SHEET + "." + carried, prefill.products());
            data.write(workbook.createSheet(SheetKind.ENTITY.title()), SheetKind.ENTITY, "CHỦ THỂ SẢN XUẤT",
                    "Mỗi chủ thể một dòng; ghi đủ các chủ thể có sản phẩm ở sheet " + SheetKind.PRODUCT.title() + "." + carried,
                    prefill.entities());
            data.write(workbook.createSheet(SheetKind.COMMUNE.title()), SheetKind.COMMUNE, "CHỈ TIÊU XÃ",
                    "Mỗi xã một dòng, số liệu tại cuối kỳ; các xã của huyện đã ghi sẵn." + carried,
                    DataSheets.communeRows(lists.get(Lists.COMMUNES), prefill.communes()));
            data.write(workbook.createSheet(SheetKind.SUPPORT.title()), SheetKind.SUPPORT, "HỖ TRỢ THỰC HIỆN CHƯƠNG TRÌNH",
                    "Mỗi đối tượng được hỗ trợ, theo loại hỗ trợ và năm, một dòng.", List.of());
            new Instructions(workbook.createSheet(Instructions.SHEET), styles).write(period);

            XSSFSheet listSheet = workbook.createSheet(Lists.SHEET);
            Lists.write(workbook, listSheet, lists, styles);
            int names = SheetKind.ENTITY.columns().indexOf(Column.ENTITY_NAME);
            Lists.name(workbook, ENTITY_NAMES, new AreaReference(
                    new CellReference(SheetKind.ENTITY.title(), DataSheets.FIRST_DATA_ROW, names, true, true),
                    new CellReference(SheetKind.ENTITY.title(), DataSheets.LAST_DATA_ROW, names, true, true),
                    workbook.getSpreadsheetVersion()));
            version(workbook.createSheet(VERSION_SHEET));
            workbook.setSheetHidden(workbook.getSheetIndex(Lists.SHEET), true);
            workbook.setSheetHidden(workbook.getSheetIndex(VERSION_SHEET), true);
            workbook.setActiveSheet(0);
            workbook.write(out);
        }
    }

    /** Label/value pairs in columns A and B, as the cover reader expects; nothing else on those rows. */
    private void cover(XSSFSheet sheet, TemplateStyles styles) {
        Row title = sheet.createRow(0);
        title.createCell(0).setCellValue("BÁO CÁO CHƯƠNG TRÌNH OCOP TỈNH BẮC KẠN");
        title.getCell(0).setCellStyle(styles.title);
        title.setHeightInPoints(21);
        Row note = sheet.createRow(1);
        note.createCell(0).setCellValue("Ô xám tỉnh đã ghi sẵn, không sửa; ô vàng huyện điền.");
        note.getCell(0).setCellStyle(styles.note);
        int row = 3;
        pair(sheet, row++, "Mã huyện", district.code(), styles.given, styles);
        pair(sheet, row++, "Huyện", district.fullName(), styles.given, styles);
        pair(sheet, row++, "Kỳ báo cáo", period.code(), styles.given, styles);
        pair(sheet, row++, "Người lập", null, styles.input, styles);
        int dateRow = row;
        pair(sheet, row++, "Ngày lập", null, styles.inputDate, styles);
        pair(sheet, row++, "Số điện thoại", null, styles.input, styles);
        pair(sheet, row++, "Email", null, styles.input, styles);
        String[] hints = {"Kỳ báo cáo " + period.code() + ": " + period.label().toLowerCase(Locale.ROOT)
                + ", đến hết ngày " + period.endsOn().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + ".",
                "Hướng dẫn điền các sheet: xem sheet " + Instructions.SHEET + ".",
                "Mẫu phiên bản " + SubmissionTemplate.VERSION + ", lập lúc " + TIME.format(now.atZone(ZoneId.systemDefault())) + "."};
        for (int i = 0; i < hints.length; i++) {
            Row hint = sheet.createRow(row + 1 + i);
            hint.createCell(0).setCellValue(hints[i]);
            hint.getCell(0).setCellStyle(styles.note);
        }
        sheet.setColumnWidth(0, 22 * 256);
        sheet.setColumnWidth(1, 48 * 256);
        PrintLayout.a4Landscape(sheet, -1, 2);

        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation date = helper.createValidation(
                helper.createDateConstraint(OperatorType.BETWEEN, "DATE(" + period.startsOn().getYear() + ",1,1)", "DATE(2030,12,31)", null),
                new CellRangeAddressList(dateRow, dateRow, 1, 1));
        date.setShowPromptBox(true);
        date.createPromptBox("Ngày lập", "Ngày lập báo cáo, dạng ngày/tháng/năm; dùng để tính báo cáo đúng hạn.");
        date.setShowErrorBox(true);
        date.createErrorBox("Giá trị không hợp lệ", "Nhập ngày dạng ngày/tháng/năm, ví dụ 05/01/" + (period.endsOn().getYear() + 1) + ".");
        sheet.addValidationData(date);
    }

    private static void pair(XSSFSheet sheet, int index, String label, String value, CellStyle valueStyle, TemplateStyles styles) {
        Row row = sheet.createRow(index);
        row.setHeightInPoints(18);
        Cell labelCell = row.createCell(0);
        labelCell.setCellValue(label);
        labelCell.setCellStyle(styles.label);
        Cell valueCell = row.createCell(1);
        if (value != null) {
            // Text, so that 066 keeps its leading zero.
            valueCell.setCellValue(value);
        }
        valueCell.setCellStyle(valueStyle);
    }

    /** The hidden version sheet: which template, for which district and period, made when. */
    private void version(XSSFSheet sheet) {
        String[][] rows = {{"Mẫu", "Báo cáo OCOP tỉnh Bắc Kạn"}, {"Phiên bản", SubmissionTemplate.VERSION},
                {"Mã huyện", district.code()}, {"Kỳ báo cáo", period.code()},
                {"Lập lúc", TIME.format(now.atZone(ZoneId.systemDefault()))}};
        for (int i = 0; i < rows.length; i++) {
            Row row = sheet.createRow(i);
            row.createCell(0).setCellValue(rows[i][0]);
            row.createCell(1).setCellValue(rows[i][1]);
        }
        sheet.setColumnWidth(0, 14 * 256);
        sheet.setColumnWidth(1, 30 * 256);
    }
}
