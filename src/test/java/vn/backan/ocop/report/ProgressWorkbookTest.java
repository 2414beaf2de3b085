package vn.backan.ocop.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.backan.ocop.intake.excel.RawCell;
import vn.backan.ocop.intake.excel.RowCursor;
import vn.backan.ocop.intake.excel.SheetInfo;
import vn.backan.ocop.intake.excel.SheetRow;
import vn.backan.ocop.intake.excel.WorkbookReader;
import vn.backan.ocop.reference.Commune;
import vn.backan.ocop.reference.District;
import vn.backan.ocop.reference.ReferenceData;
import vn.backan.ocop.warehouse.read.ProgrammeTargets;
import vn.backan.ocop.warehouse.read.RatingRow;

/** The progress workbook from hand-made warehouse rows: hostile names, and a list far longer than any district sends. */
class ProgressWorkbookTest {

    static final ReferenceData REFERENCE = ReferenceData.load();
    static final LocalDate AS_OF = LocalDate.of(2020, 12, 31);

    @TempDir
    Path dir;

    @Test
    void namesThatLookLikeFormulasAreWrittenAsText() throws Exception {
        String commune = REFERENCE.gazetteer().communesOf("066", AS_OF).get(0).code();
        List<RatingRow> ratings = List.of(
                rating("066", "p1", "=HYPERLINK(\"http://evil.example\",\"x\")", "+HTX Một", commune, 3),
                rating("066", "p2", "@Mật ong", "-Hộ ông Hai", commune, 4));
        try (XSSFWorkbook book = write(ratings)) {
            List<Row> products = ReportsOnTheSampleTest.rowsBelow(book.getSheet("Sản phẩm"), "Huyện, thành phố");
            assertThat(products).hasSize(2);
            for (Row row : products) {
                for (int column : new int[] {2, 6}) {
                    Cell cell = row.getCell(column);
                    assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                    assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
                }
            }
            assertThat(products).extracting(r -> r.getCell(2).getStringCellValue())
                    .containsExactlyInAnyOrder("=HYPERLINK(\"http://evil.example\",\"x\")", "@Mật ong");
            Row naRi = ReportsOnTheSampleTest.rowsBelow(book.getSheet("Theo huyện"), "Mã").stream()
                    .filter(r -> r.getCell(0).getStringCellValue().equals("066")).findFirst().orElseThrow();
            assertThat(naRi.getCell(5).getNumericCellValue()).isEqualTo(2);
        }
    }

    @Test
    void fiftyThousandProductsAreStreamedAndStillCountedByTheDistrictFormulas() throws Exception {
        List<RatingRow> ratings = new ArrayList<>();
        int[] perDistrict = new int[REFERENCE.gazetteer().districts().size()];
        int d = 0;
        for (District district : REFERENCE.gazetteer().districts()) {
            List<Commune> communes = REFERENCE.gazetteer().communesOf(district.code(), AS_OF);
            int count = d == 0 ? 15_000 : 5_000;
            for (int i = 0; i < count; i++) {
                ratings.add(rating(district.code(), district.code() + "-" + i, "Sản phẩm " + i, "Chủ thể " + (i % 700),
                        communes.get(i % communes.size()).code(), 3 + i % 3));
            }
            perDistrict[d++] = count;
        }
        long started = System.nanoTime();
        Path file = file(ratings);
        assertThat((System.nanoTime() - started) / 1_000_000_000).as("seconds to compute and write").isLessThan(60);
        // Read back as the pipeline reads districts' files, streaming: loading 50,000 rows into
        // XSSFWorkbook would cost the test more than writing them cost the report.
        try (WorkbookReader reader = WorkbookReader.open(file)) {
            Map<String, SheetInfo> sheets = new java.util.HashMap<>();
            reader.sheets().forEach(info -> sheets.put(info.name(), info));
            int products = 0;
            int header = 0;
            try (RowCursor rows = reader.rows(sheets.get("Sản phẩm"))) {
                for (SheetRow row; (row = rows.next()) != null; ) {
                    if (header > 0) {
                        products++;
                    } else if (row.cell(0) != null && row.cell(0).text().equals("Huyện, thành phố")) {
                        header = row.rowNumber();
                    }
                }
            }
            assertThat(products).isEqualTo(50_000);
            List<SheetRow> districts = new ArrayList<>();
            try (RowCursor rows = reader.rows(sheets.get("Theo huyện"))) {
                boolean below = false;
                for (SheetRow row; (row = rows.next()) != null; ) {
                    if (below) {
                        districts.add(row);
                    }
                    below |= row.cell(0) != null && row.cell(0).text().equals("Mã");
                }
            }
            assertThat(districts).hasSize(9);
            for (int i = 0; i < perDistrict.length; i++) {
                RawCell total = districts.get(i).cell(5);
                assertThat(total.number()).isEqualTo(perDistrict[i]);
                assertThat(total.formula()).isEqualTo("COUNTIF('Sản phẩm'!$A$" + header + ":$A$" + (header + 50_000) + ",$B"
                        + districts.get(i).rowNumber() + ")");
            }
            assertThat(districts.get(8).cell(5).number()).isEqualTo(50_000);
            assertThat(districts.get(8).cell(5).formula()).isEqualTo("SUM(F" + districts.get(0).rowNumber() + ":F"
                    + districts.get(7).rowNumber() + ")");
        }
    }

    @Test
    void withoutTargetsTheDashboardHidesTheTargetColumnsAndWithOneItShowsTheShareReached() throws Exception {
        String commune = REFERENCE.gazetteer().communesOf("066", AS_OF).get(0).code();
        List<RatingRow> ratings = List.of(rating("066", "p1", "Mật ong", "HTX Một", commune, 3),
                rating("066", "p2", "Miến dong", "HTX Hai", commune, 5));
        Progress progress = progress(ratings);
        Dashboard none = new Dashboard(null, null, null, new int[6], new int[6], 0, 0, List.of());
        try (XSSFWorkbook book = write(progress, none)) {
            var sheet = book.getSheet("Tổng quan");
            assertThat(sheet.isColumnHidden(4)).isTrue();
            assertThat(sheet.isColumnHidden(5)).isTrue();
            Row valid = ReportsOnTheSampleTest.labelled(sheet, "Sản phẩm OCOP còn hiệu lực");
            assertThat(valid.getCell(2).getNumericCellValue()).isEqualTo(2);
            assertThat(valid.getCell(1).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(ReportsOnTheSampleTest.labelled(sheet, "Tỉnh chưa nhập mục tiêu (bảng ref_ocop_target trống): cột Mục tiêu được ẩn."))
                    .isNotNull();
        }
        Dashboard target = new Dashboard(null, null, null, new int[6], new int[6], 0, 0,
                List.of(new ProgrammeTargets.Target("VALID_TOTAL", 2025, 8, "8 sản phẩm", "thử")));
        try (XSSFWorkbook book = write(progress, target)) {
            var sheet = book.getSheet("Tổng quan");
            assertThat(sheet.isColumnHidden(4)).isFalse();
            Row valid = ReportsOnTheSampleTest.labelled(sheet, "Sản phẩm OCOP còn hiệu lực");
            assertThat(valid.getCell(4).getNumericCellValue()).isEqualTo(8);
            assertThat(valid.getCell(5).getNumericCellValue()).isEqualTo(0.25);
            assertThat(ReportsOnTheSampleTest.labelled(sheet, "   5 sao").getCell(2).getNumericCellValue()).isEqualTo(1);
        }
    }

    private XSSFWorkbook write(Progress progress, Dashboard dashboard) throws Exception {
        Path file = dir.resolve("dashboard-" + System.nanoTime() + ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            new ProgressWorkbook(progress, dashboard, new HistorySheet(List.of(), 1, "history/x.xlsx")).write(out);
        }
        return new XSSFWorkbook(file.toFile());
    }

    @Test
    void wrappedTextIsCountedInLinesOfTheColumnsWidth() {
        assertThat(SheetWriter.lines("Ngắn", 10)).isEqualTo(1);
        assertThat(SheetWriter.lines("một hai ba bốn năm sáu bảy tám chín mười", 10)).isEqualTo(4);
        assertThat(SheetWriter.lines("dòng một\ndòng hai", 40)).isEqualTo(2);
        assertThat(SheetWriter.lines("x".repeat(100), 20)).isEqualTo(4);
    }

    private XSSFWorkbook write(List<RatingRow> ratings) throws Exception {
        return new XSSFWorkbook(file(ratings).toFile());
    }

    private Path file(List<RatingRow> ratings) throws Exception {
        Path file = dir.resolve("progress-" + System.nanoTime() + ".xlsx");
        try (Progress progress = progress(ratings); OutputStream out = Files.newOutputStream(file)) {
            new ProgressWorkbook(progress).write(out);
        }
        return file;
    }

    @Test
    void theDashboardsSecondDateCountsItsExpiringCertificatesWithoutListingThem() {
        List<RatingRow> ratings = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            // Recognised in early 2018: the certificates expire within 6 months after the end of 2020.
            RatingRow r = rating("066", "sp" + i, "Sản phẩm " + i, "HTX A", "02071", 3 + i % 3);
            LocalDate recognised = LocalDate.of(2018, 2, 1).plusDays(i);
            ratings.add(new RatingRow(r.districtCode(), r.productKey(), null, r.productName(), 5, "I", r.entityName(),
                    r.entityKey(), "HTX", r.communeCode(), recognised, r.stars(), r.score(), r.decisionNo(), "TINH", false,
                    recognised.plusMonths(36), recognised.plusMonths(36)));
        }
        ratings.add(rating("066", "later", "Sản phẩm sau", "HTX A", "02071", 4));
        try (Progress listed = progress(ratings, RunSpan.of(1)); Progress second = progress(ratings, null)) {
            assertThat(listed.province().expiringSoon).isEqualTo(5);
            assertThat(listed.expiring()).extracting(e -> e.rating().productKey()).containsExactlyInAnyOrder("sp0", "sp1", "sp2", "sp3", "sp4");
            assertThat(second.province().expiringSoon).isEqualTo(5);
            assertThat(second.byDistrict().get("066").expiringSoon).isEqualTo(5);
            assertThat(second.expiring()).isEmpty();
            assertThat(second.products()).isEmpty();
        }
    }

    /**
     * The figures counted from the recognitions are asked for after the pass over the ratings (they are read beside it):
     * where that read failed, the calculation fails with its failure, and the lists the pass wrote to temporary
     * files (more than one run of lines) are deleted.
     */
    @Test
    void whereTheRecognitionsCouldNotBeCountedTheCalculationFailsAndLeavesNoTemporaryFile() throws Exception {
        List<RatingRow> ratings = new ArrayList<>();
        for (int i = 0; i <= SortedLines.RUN_SIZE; i++) {
            ratings.add(rating("066", "sp" + i, "Sản phẩm " + i, "HTX A", "02071", 3 + i % 3));
        }
        IllegalStateException failure = new IllegalStateException("the recognitions could not be read");
        List<Path> before = runFiles();
        ProgressInputs inputs = new ProgressInputs(AS_OF, Instant.parse("2021-01-20T03:00:00Z"), ratings::forEach,
                () -> {
                    assertThat(runFiles()).as("the products' first run spilled").hasSizeGreaterThan(before.size());
                    throw failure;
                }, List.of(), List.of(), Map.of(), Map.of(), List.of(), Map.of(), Map.of(), 15, RunSpan.of(1), List.of());
        ProgressCalculator calculator = new ProgressCalculator(REFERENCE.gazetteer(), REFERENCE.classification());
        assertThatThrownBy(() -> calculator.compute(inputs)).isSameAs(failure);
        assertThat(runFiles()).containsExactlyInAnyOrderElementsOf(before);
    }

    private static List<Path> runFiles() {
        try (var temp = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return temp.filter(p -> p.getFileName().toString().startsWith("ocop-lines-")).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Progress progress(List<RatingRow> ratings) {
        return progress(ratings, RunSpan.of(1));
    }

    /** @param runs null for the dashboard's second date */
    private static Progress progress(List<RatingRow> ratings, RunSpan runs) {
        int[] recognised2020 = new int[6];
        ratings.forEach(r -> recognised2020[r.stars()]++);
        ProgressInputs inputs = new ProgressInputs(AS_OF, Instant.parse("2021-01-20T03:00:00Z"), ratings::forEach,
                () -> new ProgressInputs.Recognised(Map.of(2020, recognised2020), ratings.size(),
                        Map.of(2018, 0, 2019, 0, 2020, ratings.size())),
                List.of(), List.of(), Map.of(), Map.of(), List.of(),
                Map.of(), Map.of(), 15, runs, List.of());
        return new ProgressCalculator(REFERENCE.gazetteer(), REFERENCE.classification()).compute(inputs);
    }

    private static RatingRow rating(String district, String key, String name, String entity, String commune, int stars) {
        LocalDate recognised = LocalDate.of(2018, 12, 20);
        return new RatingRow(district, key, null, name, 5, "I", entity, entity, "HTX", commune, recognised, stars,
                BigDecimal.valueOf(stars == 5 ? 92 : stars == 4 ? 75 : 60), "1/QĐ-UBND", "TINH", false, recognised.plusMonths(36),
                stars >= 3 ? recognised.plusMonths(36) : null);
    }
}
