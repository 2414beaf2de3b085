package vn.backan.ocop.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.poi.hssf.usermodel.HSSFCellStyle;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;

/**
 * Excel 97-2003 workbooks that Microsoft Excel wrote. No Excel runs here, so the corpus starts from a
 * file Excel saved ({@code files/excel-grid-template.xls}: the grid template of jxls 2.14.0, BSD licence,
 * "Name of Creating Application: Microsoft Excel", last saved 2015-07-20). {@link #asSaved} copies it as
 * it is; {@link #filled} types a Chợ Đồn 2021 submission into it with POI's HSSF, which rewrites the cells
 * but keeps Excel's own records: its fonts, cell styles, palette, window settings and document properties.
 */
final class ExcelSavedXls {

    private static final String TEMPLATE = "/corpus/files/excel-grid-template.xls";

    private ExcelSavedXls() {
    }

    /** The Excel file byte for byte: it opens, but holds no sheet of the template. */
    static void asSaved(Path file) throws IOException {
        try (InputStream in = template()) {
            Files.copy(in, file);
        }
    }

    /** Chợ Đồn 2021 in Excel's workbook: the products on Excel's own sheet, renamed, in its header and cell styles. */
    static void filled(Path file) throws IOException {
        try (InputStream in = template(); HSSFWorkbook workbook = new HSSFWorkbook(in)) {
            HSSFSheet products = workbook.getSheetAt(0);
            HSSFCellStyle header = products.getRow(0).getCell(0).getCellStyle();
            HSSFCellStyle body = products.getRow(1).getCell(0).getCellStyle();
            HSSFCellStyle date = workbook.createCellStyle();
            date.cloneStyleFrom(body);
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            workbook.setSheetName(0, "Sản phẩm");
            write(products.getRow(0), header, header, CorpusFiles.PRODUCT);
            write(products.getRow(1), body, date, 1, "CD-2021-01", "Chè Shan tuyết Bằng Phúc", 11, "HTX Chè Bằng Phúc",
                    "Bằng Phúc", 4, 72, LocalDate.of(2021, 11, 30), "2530/QĐ-UBND", "Tỉnh");
            write(products.createRow(2), body, date, 2, "CD-2021-02", "Gạo Bao thai Chợ Đồn", 3, "HTX Nông nghiệp Bằng Lãng",
                    "Bằng Lãng", 3, 61, "30/11/2021", "2530/QĐ-UBND", "Tỉnh");

            HSSFSheet cover = workbook.createSheet("Thông tin");
            workbook.setSheetOrder("Thông tin", 0);
            workbook.setActiveSheet(0);
            workbook.setSelectedTab(0);
            write(cover.createRow(0), body, date, "Mã huyện", "064");
            write(cover.createRow(1), body, date, "Kỳ báo cáo", "2021");
            write(cover.createRow(2), body, date, "Ngày lập", LocalDate.of(2022, 1, 10));

            HSSFSheet entities = workbook.createSheet("Chủ thể");
            write(entities.createRow(0), header, header, CorpusFiles.ENTITY);
            write(entities.createRow(1), body, date, "HTX Chè Bằng Phúc", "HTX", "Bằng Phúc", "4700256781", 2015, 12, 20);
            write(entities.createRow(2), body, date, "HTX Nông nghiệp Bằng Lãng", "HTX", "Bằng Lãng", null, 2017, 9, 15);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
    }

    private static void write(HSSFRow row, HSSFCellStyle style, HSSFCellStyle dateStyle, Object... values) {
        for (int i = 0; i < values.length; i++) {
            var cell = row.getCell(i) != null ? row.getCell(i) : row.createCell(i);
            Object value = values[i];
            cell.setCellStyle(style);
            if (value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (value instanceof LocalDate d) {
                cell.setCellValue(d);
                cell.setCellStyle(dateStyle);
            } else if (value != null) {
                cell.setCellValue(value.toString());
            } else {
                cell.setBlank();
            }
        }
    }

    private static InputStream template() throws IOException {
        InputStream in = ExcelSavedXls.class.getResourceAsStream(TEMPLATE);
        if (in == null) {
            throw new IOException("corpus file missing from src/test/resources: " + TEMPLATE);
        }
        return in;
    }
}
