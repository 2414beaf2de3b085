package vn.backan.ocop.intake.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes an N-row .xlsx with SXSSF, then reads it through {@link WorkbookReader}, printing rows/s
 * and heap figures. Meant to be run under the production heap:
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx256m -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     vn.backan.ocop.intake.excel.ReaderBenchmark 1000000 [inline|shared]
 * </pre>
 */
public final class ReaderBenchmark {

    private static final String[] DISTRICTS = {
        "Thành phố Bắc Kạn", "Huyện Ba Bể", "Huyện Bạch Thông", "Huyện Chợ Đồn",
        "Huyện Chợ Mới", "Huyện Na Rì", "Huyện Ngân Sơn", "Huyện Pác Nặm"};

    private ReaderBenchmark() {
    }

    /**
     * {@code <rows> [inline|shared]} writes a temporary file and reads it; {@code write <rows> <inline|shared> <file>}
     * and {@code read <file>} split the two, because POI's shared-strings writer needs far more heap than reading.
     */
    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("read")) {
            read(Path.of(args[1]));
            return;
        }
        if (args.length == 4 && args[0].equals("write")) {
            timedWrite(Path.of(args[3]), rowCount(args[1]), args[2].equals("shared"));
            return;
        }
        int rows = args.length > 0 ? rowCount(args[0]) : 1_000_000;
        boolean shared = args.length > 1 && args[1].equals("shared");
        Path file = Files.createTempFile("ocop-benchmark-", ".xlsx");
        try {
            timedWrite(file, rows, shared);
            System.gc();
            read(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static int rowCount(String arg) {
        return Integer.parseInt(arg.replace("_", "").replace(",", ""));
    }

    private static void timedWrite(Path file, int rows, boolean shared) throws IOException {
        long start = System.nanoTime();
        write(file, rows, shared);
        System.out.printf(Locale.ROOT, "wrote %,d rows (%s strings) in %.1f s: %,d bytes%n", rows,
                shared ? "shared" : "inline", seconds(start), Files.size(file));
    }

    private static void read(Path file) throws WorkbookException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long peakUsed = 0;
        long maxLive = 0;
        long cells = 0;
        int count = 0;
        long start = System.nanoTime();
        try (WorkbookReader reader = WorkbookReader.open(file);
             RowCursor cursor = reader.rows(reader.sheets().get(0))) {
            maxLive = liveHeap(memory);
            for (SheetRow row = cursor.next(); row != null; row = cursor.next()) {
                count++;
                cells += row.cells().size();
                if (count % 1_000 == 0) {
                    peakUsed = Math.max(peakUsed, memory.getHeapMemoryUsage().getUsed());
                }
                if (count % 250_000 == 0) {
                    maxLive = Math.max(maxLive, liveHeap(memory));
                }
            }
        }
        double elapsed = seconds(start);
        System.out.printf(Locale.ROOT, "read %,d rows, %,d cells in %.1f s: %,.0f rows/s (including %s forced GCs)%n",
                count, cells, elapsed, count / elapsed, 1 + count / 250_000);
        System.out.printf(Locale.ROOT, "heap: max %d MB; peak used %d MB (garbage included); "
                        + "live after a full GC at most %d MB%n",
                Runtime.getRuntime().maxMemory() >> 20, peakUsed >> 20, maxLive >> 20);
    }

    /** Heap still reachable: what the reader really holds, shared strings included. */
    private static long liveHeap(MemoryMXBean memory) {
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    static LocalDateTime dateOf(int i) {
        return LocalDateTime.of(2018, 1, 1, 0, 0).plusDays(i % 3650);
    }

    static String district(int i) {
        return DISTRICTS[i % DISTRICTS.length];
    }

    /**
     * A header and {@code rows} data rows: number, product name, 5-digit code as text, decimal,
     * date, district. SXSSF writes inline strings unless {@code sharedStrings}.
     */
    static Path write(Path file, int rows, boolean sharedStrings) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 200, true, sharedStrings);
             OutputStream out = Files.newOutputStream(file)) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            Sheet sheet = wb.createSheet("Dữ liệu");
            Row header = sheet.createRow(0);
            String[] titles = {"STT", "Tên sản phẩm", "Mã", "Giá trị", "Ngày", "Huyện"};
            for (int c = 0; c < titles.length; c++) {
                header.createCell(c).setCellValue(titles[c]);
            }
            for (int i = 1; i <= rows; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue(i);
                row.createCell(1).setCellValue("Sản phẩm OCOP số " + i);
                row.createCell(2).setCellValue(String.format(Locale.ROOT, "%05d", i % 100_000));
                row.createCell(3).setCellValue(i * 1.5 + 0.25);
                row.createCell(4).setCellValue(dateOf(i));
                row.getCell(4).setCellStyle(date);
                row.createCell(5).setCellValue(district(i));
            }
            wb.write(out);
        }
        return file;
    }
}
