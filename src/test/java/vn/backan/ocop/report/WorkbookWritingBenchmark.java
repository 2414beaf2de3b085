package vn.backan.ocop.report;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * POI's streaming workbook as it comes against {@link StreamingWorkbook}, one after the other in one JVM:
 * {@code rows} rows of the product list's shape (9 text cells, 4 numbers, 2 empty), written to a file.
 * Not a test: run it by hand ({@code java -Xmx256m -cp ... vn.backan.ocop.report.WorkbookWritingBenchmark 280000 3}).
 */
public final class WorkbookWritingBenchmark {

    private WorkbookWritingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 280_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path file = Files.createTempFile("ocop-writing", ".xlsx");
        try {
            for (int round = 0; round < rounds; round++) {
                for (boolean ours : new boolean[] {false, true}) {
                    long started = System.nanoTime();
                    SXSSFWorkbook workbook = ours ? StreamingWorkbook.create() : new SXSSFWorkbook(StreamingWorkbook.WINDOW);
                    try (OutputStream out = Files.newOutputStream(file)) {
                        write(workbook.createSheet("Sản phẩm"), rows);
                        workbook.write(out);
                    } finally {
                        workbook.close();
                    }
                    System.out.printf(Locale.ROOT, "round %d %-18s %6.2f s  %,d bytes%n", round, ours ? "StreamingWorkbook" : "POI as it comes",
                            (System.nanoTime() - started) / 1e9, Files.size(file));
                }
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void write(Sheet sheet, int rows) {
        String[] districts = {"Thành phố Bắc Kạn", "Huyện Ba Bể", "Huyện Bạch Thông", "Huyện Chợ Đồn", "Huyện Chợ Mới",
                "Huyện Na Rì", "Huyện Ngân Sơn", "Huyện Pác Nặm"};
        for (int r = 0; r < rows; r++) {
            Row row = sheet.createRow(r);
            row.createCell(0).setCellValue(districts[r % districts.length]);
            row.createCell(1).setCellValue("Phường Đức Xuân");
            row.createCell(2).setCellValue("Sản phẩm thử 24-" + r);
            row.createCell(3);
            row.createCell(4).setCellValue("IV");
            row.createCell(5).setCellValue("Thủ công mỹ nghệ gia dụng, trang trí");
            row.createCell(6).setCellValue("HTX Thử nghiệm 24-" + (r % 997));
            row.createCell(7).setCellValue("HTX");
            row.createCell(8).setCellValue(3 + r % 3);
            row.createCell(9).setCellValue(50 + r % 50);
            row.createCell(10).setCellValue(44_000 + r % 2_000);
            row.createCell(11);
            row.createCell(12).setCellValue(45_000 + r % 2_000);
            row.createCell(13).setCellValue("Không");
            row.createCell(14).setCellValue("Quyết định số " + r + "/QĐ-UBND");
        }
    }
}
