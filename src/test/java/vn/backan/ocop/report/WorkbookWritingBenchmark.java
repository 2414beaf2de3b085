package vn.backan.ocop.report;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * POI's streaming workbook as it comes against {@link StreamingWorkbook}, one after the other in one JVM:
 * {@code rows} rows of the product list's shape (9 text cells, 4 numbers, 2 empty), written to a file.
 * With a third argument {@code table}, the same rows as the report writes them instead: typed values
 * through {@link SheetWriter} (widths, wrapped lines, styles) into {@link StreamingWorkbook}, to compare
 * versions of that class on one machine by putting each first on the class path in turn.
 * Not a test: run it by hand ({@code java -Xmx256m -cp ... vn.backan.ocop.report.WorkbookWritingBenchmark 280000 3}).
 */
public final class WorkbookWritingBenchmark {

    private static final String[] DISTRICTS = {"Thành phố Bắc Kạn", "Huyện Ba Bể", "Huyện Bạch Thông", "Huyện Chợ Đồn",
            "Huyện Chợ Mới", "Huyện Na Rì", "Huyện Ngân Sơn", "Huyện Pác Nặm"};

    private WorkbookWritingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 280_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path file = Files.createTempFile("ocop-writing", ".xlsx");
        if (args.length > 2 && args[2].equals("table")) {
            try {
                for (int round = 0; round < rounds; round++) {
                    long started = System.nanoTime();
                    try (SXSSFWorkbook workbook = StreamingWorkbook.create(); OutputStream out = Files.newOutputStream(file)) {
                        SheetWriter table = new SheetWriter(workbook.createSheet("Sản phẩm"), new Styles(workbook));
                        table(table, rows);
                        table.finish(true);
                        workbook.write(out);
                    }
                    System.out.printf(Locale.ROOT, "round %d %-18s %6.2f s  %,d bytes%n", round, "SheetWriter",
                            (System.nanoTime() - started) / 1e9, Files.size(file));
                }
            } finally {
                Files.deleteIfExists(file);
            }
            return;
        }
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
        for (int r = 0; r < rows; r++) {
            Row row = sheet.createRow(r);
            row.createCell(0).setCellValue(DISTRICTS[r % DISTRICTS.length]);
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

    private static void table(SheetWriter table, int rows) {
        table.header("Huyện", "Xã", "Sản phẩm", "Mã", "Ngành", "Bộ sản phẩm", "Chủ thể", "Loại", "Số sao", "Điểm",
                "Ngày công nhận", "Số QĐ", "Hết hạn", "Chuỗi giá trị", "Ghi chú");
        LocalDate day = LocalDate.of(2021, 1, 1);
        for (int r = 0; r < rows; r++) {
            table.row(DISTRICTS[r % DISTRICTS.length], "Phường Đức Xuân", "Sản phẩm thử 24-" + r, null, "IV",
                    "Thủ công mỹ nghệ gia dụng, trang trí", "HTX Thử nghiệm 24-" + (r % 997), "HTX", 3 + r % 3,
                    new BigDecimal(50 + r % 50), day.plusDays(r % 2_000), null, day.plusDays(1_095 + r % 2_000), Boolean.FALSE,
                    "Quyết định số " + r + "/QĐ-UBND");
        }
    }
}
