package vn.backan.ocop.intake.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A producer merged down over its three products reads on each of the three rows; a merged title does not spread. */
class MergedDownTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void aCellMergedDownIsReadOnEveryRowOfTheMerge(String format) throws Exception {
        Path file = dir.resolve("merged." + format);
        try (Workbook workbook = format.equals("xlsx") ? new XSSFWorkbook() : new HSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Sản phẩm");
            sheet.createRow(0).createCell(0).setCellValue("BIỂU TỔNG HỢP");
            sheet.addMergedRegion(CellRangeAddress.valueOf("A1:C1"));
            Row header = sheet.createRow(1);
            header.createCell(0).setCellValue("Tên sản phẩm");
            header.createCell(1).setCellValue("Chủ thể");
            header.createCell(2).setCellValue("Xã");
            for (int i = 0; i < 4; i++) {
                Row row = sheet.createRow(2 + i);
                row.createCell(0).setCellValue("Sản phẩm " + (i + 1));
                if (i == 0) {
                    row.createCell(1).setCellValue("HTX Tài Hoan");
                    row.createCell(2).setCellValue("Côn Minh");
                }
            }
            sheet.getRow(5).createCell(1).setCellValue("HTX Khác");
            sheet.addMergedRegion(CellRangeAddress.valueOf("B3:B5"));
            sheet.addMergedRegion(CellRangeAddress.valueOf("C3:C6"));
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        List<String> rows = new ArrayList<>();
        try (WorkbookReader reader = WorkbookReader.open(file); RowCursor cursor = reader.rows(reader.sheets().get(0))) {
            for (SheetRow row = cursor.next(); row != null; row = cursor.next()) {
                int number = row.rowNumber();
                rows.add(number + ": " + String.join(" | ", row.cells().stream().map(c -> CellRef.of(number, c.column()) + "=" + c.text()).toList()));
            }
        }
        assertThat(rows).containsExactly(
                "1: A1=BIỂU TỔNG HỢP",
                "2: A2=Tên sản phẩm | B2=Chủ thể | C2=Xã",
                "3: A3=Sản phẩm 1 | B3=HTX Tài Hoan | C3=Côn Minh",
                "4: A4=Sản phẩm 2 | B4=HTX Tài Hoan | C4=Côn Minh",
                "5: A5=Sản phẩm 3 | B5=HTX Tài Hoan | C5=Côn Minh",
                "6: A6=Sản phẩm 4 | B6=HTX Khác | C6=Côn Minh");
    }
}
