package vn.backan.ocop.corpus;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;

/** A district workbook written with POI's usermodel, the way a clerk's spreadsheet ends up. */
final class Book {

    private final Workbook workbook;
    private final Map<String, CellStyle> textStyles = new HashMap<>();
    private final Map<String, Font> fonts = new HashMap<>();
    private final Map<String, CellStyle> numberStyles = new HashMap<>();

    private Book(Workbook workbook) {
        this.workbook = workbook;
    }

    static Book xlsx() {
        return new Book(new XSSFWorkbook());
    }

    static Book xlsm() {
        XSSFWorkbook workbook = new XSSFWorkbook(XSSFWorkbookType.XLSM);
        return new Book(workbook);
    }

    static Book xls() {
        return new Book(new HSSFWorkbook());
    }

    Workbook workbook() {
        return workbook;
    }

    Page sheet(String name) {
        return new Page(this, workbook.createSheet(name));
    }

    /** The template's cover: Mã huyện, Kỳ báo cáo, Người lập, Ngày lập. */
    Book cover(String district, String period, LocalDate preparedOn) {
        Page cover = sheet("Thông tin");
        cover.row("Mã huyện", district);
        cover.row("Kỳ báo cáo", period);
        cover.row("Người lập", "Nguyễn Thị Lan");
        cover.row("Ngày lập", preparedOn);
        return this;
    }

    Book hide(String sheet) {
        workbook.setSheetHidden(workbook.getSheetIndex(sheet), true);
        return this;
    }

    Path write(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        workbook.close();
        return file;
    }

    Font font(String name) {
        return fonts.computeIfAbsent(name, n -> {
            Font font = workbook.createFont();
            font.setFontName(n);
            return font;
        });
    }

    CellStyle textStyle(String fontName) {
        return textStyles.computeIfAbsent(fontName, n -> {
            CellStyle style = workbook.createCellStyle();
            style.setFont(font(n));
            return style;
        });
    }

    CellStyle numberStyle(String format) {
        return numberStyles.computeIfAbsent(format, f -> {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(f));
            return style;
        });
    }
}
