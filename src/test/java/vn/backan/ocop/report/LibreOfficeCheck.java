package vn.backan.ocop.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.backan.ocop.fixtures.CsvText;
import vn.backan.ocop.submission.Period;
import vn.backan.ocop.job.RunParameters;
import vn.backan.ocop.reference.ReferenceData;
import vn.backan.ocop.template.SubmissionTemplate;

/**
 * Opens every workbook the pipeline writes from the sample in LibreOffice, as a reader without Excel
 * would: each must render to a PDF of at least one page, and each formula's cached value must equal
 * what LibreOffice computes when it recalculates on load (the workbooks are exported to CSV, one
 * file per sheet, and compared with the values POI reads from the cache). Also renders the pages
 * shown in {@code docs/reports.md}; with {@code -Ddocs.images=docs/images} they are copied there.
 *
 * <p>Needs {@code soffice} (LibreOffice) and poppler ({@code pdfinfo}, {@code pdftoppm},
 * {@code pdftotext}), so it is not part of {@code mvn verify}: run {@code mvn -B -Plibreoffice test}.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:libreoffice-check;DB_CLOSE_DELAY=-1")
@SpringBatchTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LibreOfficeCheck {

    static final Path HOME = Path.of("target", "libreoffice");
    static final Path OUTPUT = HOME.resolve("output");
    static final Path PDF = HOME.resolve("pdf");
    static final Path CSV = HOME.resolve("csv");
    static final Path PNG = HOME.resolve("png");
    /** A LibreOffice profile of its own: no clash with a running office, and "recalculate on load: always". */
    static final Path PROFILE = HOME.resolve("profile");

    /** Pages kept for the documentation: image name → workbook and a text that is on the page wanted. */
    static final Map<String, String[]> PAGES = new LinkedHashMap<>();

    static {
        PAGES.put("progress-tong-quan.png", new String[] {"ocop-progress-2021-06-30.xlsx", "TỔNG QUAN"});
        PAGES.put("progress-tong-hop.png", new String[] {"ocop-progress-2021-06-30.xlsx", "TỔNG HỢP"});
        PAGES.put("progress-theo-huyen.png", new String[] {"ocop-progress-2021-06-30.xlsx", "KẾT QUẢ THEO HUYỆN"});
        PAGES.put("progress-san-pham.png", new String[] {"ocop-progress-2021-06-30.xlsx", "DANH SÁCH SẢN PHẨM OCOP"});
        PAGES.put("progress-theo-nam.png", new String[] {"ocop-progress-2021-06-30.xlsx", "KẾT QUẢ THEO NĂM"});
        PAGES.put("progress-nop-bao-cao.png", new String[] {"ocop-progress-2021-06-30.xlsx", "TÌNH HÌNH NỘP BÁO CÁO"});
        PAGES.put("progress-theo-bo-san-pham.png", new String[] {"ocop-progress-2021-06-30.xlsx", "THEO BỘ SẢN PHẨM"});
        PAGES.put("progress-sap-het-han.png", new String[] {"ocop-progress-2021-06-30.xlsx", "SẮP HẾT HẠN"});
        PAGES.put("progress-xa.png", new String[] {"ocop-progress-2021-06-30.xlsx", "CHỈ TIÊU XÃ"});
        PAGES.put("progress-chat-luong.png", new String[] {"ocop-progress-2021-06-30.xlsx", "CHẤT LƯỢNG DỮ LIỆU"});
        PAGES.put("progress-thay-doi.png", new String[] {"ocop-progress-2021-06-30.xlsx", "THAY ĐỔI SO VỚI"});
        PAGES.put("progress-lich-su.png", new String[] {"ocop-progress-2021-06-30.xlsx", "LỊCH SỬ CÁC LẦN CHẠY"});
        PAGES.put("feedback-tom-tat.png", new String[] {"061-ba-be-2020.xlsx", "PHẢN HỒI BÁO CÁO OCOP"});
        PAGES.put("feedback-loi.png", new String[] {"061-ba-be-2020.xlsx", "DANH SÁCH LỖI VÀ CẢNH BÁO"});
        PAGES.put("feedback-ban-sao.png", new String[] {"061-ba-be-2020.xlsx", "BIỂU TỔNG HỢP SẢN PHẨM OCOP"});
        PAGES.put("template-thong-tin.png", new String[] {"066-na-ri-2021.xlsx", "BÁO CÁO CHƯƠNG TRÌNH OCOP"});
        PAGES.put("template-huong-dan.png", new String[] {"066-na-ri-2021.xlsx", "HƯỚNG DẪN ĐIỀN BIỂU MẪU"});
    }

    @Autowired
    JobOperatorTestUtils jobs;

    List<Path> workbooks = new ArrayList<>();

    @BeforeAll
    void writeEveryWorkbookAndConvertThem() throws Exception {
        deleteRecursively(HOME);
        Files.createDirectories(OUTPUT);
        // The default report date (2021-06-30), then the end of the 2020 round in a second run.
        assertThat(jobs.startJob(new RunParameters(Path.of("input"), OUTPUT, LocalDateTime.now(), null).toJobParameters())
                .getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(jobs.startJob(new RunParameters(Path.of("input"), OUTPUT.resolve("2020"), LocalDateTime.now().plusSeconds(1),
                LocalDate.of(2020, 12, 31)).toJobParameters()).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        ReferenceData reference = ReferenceData.load();
        Path template = Files.createDirectories(OUTPUT.resolve("template")).resolve("066-na-ri-2021.xlsx");
        try (OutputStream out = Files.newOutputStream(template)) {
            new SubmissionTemplate(reference).write(reference.gazetteer().district("066").orElseThrow(), Period.ofCode("2021"),
                    Instant.now(), out);
        }
        try (Stream<Path> files = Files.walk(OUTPUT)) {
            workbooks = files.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList();
        }
        // Two progress workbooks, each also kept under its run's name in history/; nine feedback; the template.
        assertThat(workbooks).hasSize(2 * 2 + 9 + 1);
        Path self = selfCheckWorkbook();

        recalculateAlways();
        List<Path> all = new ArrayList<>(workbooks);
        all.add(self);
        soffice("pdf", PDF, all);
        soffice("csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", CSV, all);
    }

    @Test
    void libreOfficeRecalculatesOnLoadSoTheComparisonMeansSomething() throws Exception {
        List<List<String>> rows = csv(CSV.resolve("recalculation-check-Kiểm tra.csv"));
        assertThat(rows.get(1).get(0)).as("A2 = A1*3 was cached as 5; LibreOffice must show 6").isEqualTo("6");
    }

    @Test
    void everyWorkbookRendersToAPdf() throws Exception {
        for (Path workbook : workbooks) {
            Path pdf = PDF.resolve(stem(workbook) + ".pdf");
            assertThat(pdf).as(workbook.toString()).exists();
            assertThat(Files.size(pdf)).as(pdf.toString()).isPositive();
            int pages = pages(pdf);
            assertThat(pages).as(pdf + " pages").isPositive();
        }
    }

    @Test
    void everyFormulaCachesTheValueLibreOfficeComputes() throws Exception {
        int compared = 0;
        for (Path workbook : workbooks) {
            try (XSSFWorkbook book = new XSSFWorkbook(workbook.toFile())) {
                for (Sheet sheet : book) {
                    List<List<String>> recalculated = null;
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            if (cell.getCellType() != CellType.FORMULA) {
                                continue;
                            }
                            if (recalculated == null) {
                                recalculated = csv(CSV.resolve(stem(workbook) + "-" + sheet.getSheetName() + ".csv"));
                            }
                            String where = workbook.getFileName() + " " + sheet.getSheetName() + "!" + cell.getAddress();
                            String shown = recalculated.get(cell.getRowIndex()).get(cell.getColumnIndex());
                            double cached = cell.getNumericCellValue();
                            assertThat(number(shown)).as(where + " (cached " + cached + ", LibreOffice " + shown + ")")
                                    .isCloseTo(cached, within(1e-9 * Math.max(1, Math.abs(cached))));
                            compared++;
                        }
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(150);
    }

    @Test
    void thePagesShownInTheDocsAreRendered() throws Exception {
        Files.createDirectories(PNG);
        for (Path workbook : workbooks) {
            render(PDF.resolve(stem(workbook) + ".pdf"), 1, PNG.resolve(stem(workbook) + "-1"));
        }
        String docs = System.getProperty("docs.images");
        for (Map.Entry<String, String[]> page : PAGES.entrySet()) {
            Path pdf = PDF.resolve(page.getValue()[0].replace(".xlsx", ".pdf"));
            int number = pageWith(pdf, page.getValue()[1]);
            assertThat(number).as(page.getKey()).isPositive();
            Path png = render(pdf, number, PNG.resolve(page.getKey().replace(".png", "")));
            assertThat(Files.size(png)).isGreaterThan(10_000);
            if (docs != null && !docs.isBlank()) {
                Files.createDirectories(Path.of(docs));
                Files.copy(png, Path.of(docs).resolve(page.getKey()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** A1 = 2, A2 = A1*3 cached as 5: LibreOffice shows 6 only if it recalculates on load. */
    private static Path selfCheckWorkbook() throws IOException {
        Path file = OUTPUT.getParent().resolve("recalculation-check.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Kiểm tra");
            sheet.createRow(0).createCell(0).setCellValue(2);
            Cell formula = sheet.createRow(1).createCell(0);
            formula.setCellFormula("A1*3");
            formula.setCellValue(5);
            workbook.write(out);
        }
        return file;
    }

    /** Sets "recalculate on load: always" for Excel files in the private profile, before its first start. */
    private static void recalculateAlways() throws IOException {
        Path user = Files.createDirectories(PROFILE.resolve("user"));
        Files.writeString(user.resolve("registrymodifications.xcu"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" \
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse">\
                <value>0</value></prop></item>
                </oor:items>
                """, StandardCharsets.UTF_8);
    }

    private static void soffice(String format, Path outdir, List<Path> files) throws Exception {
        Files.createDirectories(outdir);
        List<String> command = new ArrayList<>(List.of(System.getProperty("soffice", "soffice"),
                "-env:UserInstallation=" + PROFILE.toAbsolutePath().toUri(), "--headless", "--norestore",
                "--convert-to", format, "--outdir", outdir.toAbsolutePath().toString()));
        files.forEach(f -> command.add(f.toAbsolutePath().toString()));
        run(command, HOME.resolve("soffice-" + outdir.getFileName() + ".log"));
    }

    private static int pages(Path pdf) throws Exception {
        Path log = HOME.resolve("pdfinfo.log");
        run(List.of("pdfinfo", pdf.toAbsolutePath().toString()), log);
        return Files.readAllLines(log).stream().filter(l -> l.startsWith("Pages:"))
                .mapToInt(l -> Integer.parseInt(l.substring(6).trim())).findFirst().orElse(0);
    }

    /** The first page of a PDF whose text contains {@code text}, or 0. */
    private static int pageWith(Path pdf, String text) throws Exception {
        int pages = pages(pdf);
        for (int page = 1; page <= pages; page++) {
            Path out = HOME.resolve("page.txt");
            run(List.of("pdftotext", "-f", Integer.toString(page), "-l", Integer.toString(page), pdf.toAbsolutePath().toString(),
                    out.toAbsolutePath().toString()), HOME.resolve("pdftotext.log"));
            if (Files.readString(out).contains(text)) {
                return page;
            }
        }
        return 0;
    }

    private static Path render(Path pdf, int page, Path prefix) throws Exception {
        run(List.of("pdftoppm", "-png", "-r", "80", "-singlefile", "-f", Integer.toString(page), "-l", Integer.toString(page),
                pdf.toAbsolutePath().toString(), prefix.toAbsolutePath().toString()), HOME.resolve("pdftoppm.log"));
        Path png = Path.of(prefix + ".png");
        assertThat(png).exists();
        return png;
    }

    private static void run(List<String> command, Path log) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("Timed out: " + String.join(" ", command));
        }
        assertThat(process.exitValue()).as(String.join(" ", command) + "\n" + Files.readString(log)).isZero();
    }

    /** A number as LibreOffice writes it unformatted: "18322", "0.5", "18.3267649588893%". */
    private static double number(String text) {
        return text.endsWith("%") ? Double.parseDouble(text.substring(0, text.length() - 1)) / 100 : Double.parseDouble(text);
    }

    /** Reads a CSV file LibreOffice wrote. */
    static List<List<String>> csv(Path file) throws IOException {
        return CsvText.parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    private static String stem(Path workbook) {
        return workbook.getFileName().toString().replaceFirst("\\.xlsx$", "");
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
