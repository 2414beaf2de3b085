package vn.backan.ocop.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.backan.ocop.job.RunParameters;
import vn.backan.ocop.reference.Commune;
import vn.backan.ocop.reference.District;
import vn.backan.ocop.reference.ReferenceData;
import vn.backan.ocop.submission.Column;
import vn.backan.ocop.submission.Period;
import vn.backan.ocop.submission.Programme;
import vn.backan.ocop.submission.SheetKind;

/**
 * A template filled in with what its dropdowns offer (every product set, every commune of the
 * since-2018 list on a date it existed, every entity and support type) and sent through the whole
 * job loads every row, without a single warning or error.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:template-round-trip;DB_CLOSE_DELAY=-1")
@SpringBatchTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TemplateRoundTripTest {

    static final ReferenceData REFERENCE = ReferenceData.load();
    static final District NA_RI = REFERENCE.gazetteer().district("066").orElseThrow();
    static final Period PERIOD = Period.ofCode("2021");

    @Autowired
    JobOperatorTestUtils jobs;
    @Autowired
    JdbcTemplate jdbc;

    Path input;
    Map<String, Object> submission;
    int products;
    int entities;
    int communes;
    int supports;

    @BeforeAll
    void fillTheTemplateAndLoadIt(@TempDir Path dir) throws Exception {
        input = Files.createDirectories(dir.resolve("input"));
        Path file = input.resolve(SubmissionTemplate.fileName(NA_RI, PERIOD));
        try (OutputStream out = Files.newOutputStream(file)) {
            new SubmissionTemplate(REFERENCE).write(NA_RI, PERIOD, Instant.now(), out);
        }
        fill(file);
        JobExecution run = jobs.startJob(new RunParameters(input, dir.resolve("output"), LocalDateTime.now(), null).toJobParameters());
        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        submission = jdbc.queryForMap("select submission_id, district_code, period_code, status from audit_submission");
    }

    @Test
    void theFilledTemplateLoadsWithoutAWarningOrAnError() {
        List<String> problems = jdbc.queryForList("select issue_code || ' ' || coalesce(sheet_name, '') || '!' || coalesce(cell_ref, '') "
                + "|| ' ' || coalesce(cell_value, '') from stg_issue where severity <> 'INFO'", String.class);
        assertThat(problems).isEmpty();
        assertThat(submission.get("DISTRICT_CODE")).isEqualTo("066");
        assertThat(submission.get("PERIOD_CODE")).isEqualTo("2021");
        assertThat(submission.get("STATUS")).isEqualTo("accepted");
    }

    @Test
    void everyRowFilledIsLoaded() {
        assertThat(loaded("stg_product")).isEqualTo(products).isEqualTo(26);
        assertThat(loaded("stg_entity")).isEqualTo(entities).isEqualTo(4);
        assertThat(loaded("stg_commune_indicator")).isEqualTo(communes)
                .isEqualTo(REFERENCE.gazetteer().communesOf("066", PERIOD.endsOn()).size());
        assertThat(loaded("stg_support")).isEqualTo(supports).isEqualTo(7);
        assertThat(jdbc.queryForList("select distinct set_no from stg_product", Integer.class)).hasSize(26);
    }

    @Test
    void notEvenANoteIsRaised() {
        // Notes (INFO) would be allowed, but a template needs none: no column unknown, no sheet chosen
        // among several, no old product group (set 22, "Vải, may mặc", is a set of Decision 148).
        assertThat(jdbc.queryForList("select issue_code || ' ' || coalesce(cell_value, '') from stg_issue", String.class))
                .isEmpty();
    }

    private int loaded(String table) {
        return jdbc.queryForObject("select count(*) from " + table + " where outcome = 'loaded'", Integer.class);
    }

    /** Fills the template as a clerk would, choosing every value from the template's own lists. */
    private void fill(Path file) throws Exception {
        XSSFWorkbook workbook;
        try (InputStream in = Files.newInputStream(file)) {
            workbook = new XSSFWorkbook(in);
        }
        try (workbook) {
            XSSFSheet cover = workbook.getSheet(SheetKind.COVER.title());
            cover.getRow(6).getCell(1).setCellValue("Hoàng Văn Thử");
            cover.getRow(7).getCell(1).setCellValue(LocalDate.of(2022, 1, 5));
            cover.getRow(8).getCell(1).setCellValue("0209 3871 234");
            cover.getRow(9).getCell(1).setCellValue("ocop@nari.backan.gov.vn");

            List<String> types = list(workbook, Lists.ENTITY_TYPES);
            List<String> current = list(workbook, Lists.COMMUNES);
            List<String> entityNames = new ArrayList<>();
            XSSFSheet entitySheet = workbook.getSheet(SheetKind.ENTITY.title());
            for (int i = 0; i < types.size(); i++) {
                String name = types.get(i) + " Thử nghiệm " + (i + 1);
                entityNames.add(name);
                Row row = entitySheet.createRow(DataSheets.FIRST_DATA_ROW + i);
                set(entitySheet, row, Column.ENTITY_NAME, name);
                set(entitySheet, row, Column.ENTITY_TYPE, types.get(i));
                set(entitySheet, row, Column.ENTITY_COMMUNE, current.get(i % current.size()));
                set(entitySheet, row, Column.ENTITY_TAX_CODE, "470012345" + i);
                set(entitySheet, row, Column.ENTITY_FOUNDED, 2015.0);
                set(entitySheet, row, Column.ENTITY_MEMBERS, 12.0);
                set(entitySheet, row, Column.ENTITY_WORKERS, 30.0);
                entities++;
            }

            List<String> sets = list(workbook, Lists.PRODUCT_SETS);
            List<String> since2018 = list(workbook, Lists.COMMUNES_SINCE_2018);
            XSSFSheet productSheet = workbook.getSheet(SheetKind.PRODUCT.title());
            double[] scores = {0, 0, 0, 62.5, 80, 93.25};
            for (int i = 0; i < sets.size(); i++) {
                int stars = 3 + i % 3;
                String commune = since2018.get(i % since2018.size());
                Row row = productSheet.createRow(DataSheets.FIRST_DATA_ROW + i);
                set(productSheet, row, Column.PRODUCT_NO, i + 1.0);
                set(productSheet, row, Column.PRODUCT_CODE, "NR-" + (i + 1));
                set(productSheet, row, Column.PRODUCT_NAME, "Sản phẩm thử " + (i + 1));
                set(productSheet, row, Column.PRODUCT_GROUP, sets.get(i));
                set(productSheet, row, Column.PRODUCT_ENTITY, entityNames.get(i % entityNames.size()));
                set(productSheet, row, Column.PRODUCT_COMMUNE, commune);
                set(productSheet, row, Column.PRODUCT_STARS, (double) stars);
                set(productSheet, row, Column.PRODUCT_SCORE, scores[stars]);
                set(productSheet, row, Column.PRODUCT_DATE, dateWhenValid(commune));
                set(productSheet, row, Column.PRODUCT_DECISION, (100 + i) + "/QĐ-UBND");
                set(productSheet, row, Column.PRODUCT_LEVEL, stars == 5 ? "Trung ương" : "Tỉnh");
                set(productSheet, row, Column.PRODUCT_VALUE_CHAIN, i % 2 == 0 ? "Có" : "Không");
                products++;
            }

            XSSFSheet communeSheet = workbook.getSheet(SheetKind.COMMUNE.title());
            for (int r = DataSheets.FIRST_DATA_ROW; communeSheet.getRow(r) != null; r++) {
                Row row = communeSheet.getRow(r);
                if (r % 3 == 0) {
                    set(communeSheet, row, Column.COMMUNE_NTM_YEAR, 2019.0);
                }
                set(communeSheet, row, Column.COMMUNE_DBKK, r % 2 == 0 ? "Có" : "Không");
                set(communeSheet, row, Column.COMMUNE_HOUSEHOLDS, 1000.0 + r);
                set(communeSheet, row, Column.COMMUNE_POOR, 100.0 + r);
                communes++;
            }

            List<String> supportTypes = list(workbook, Lists.SUPPORT_TYPES);
            XSSFSheet supportSheet = workbook.getSheet(SheetKind.SUPPORT.title());
            for (int i = 0; i < supportTypes.size(); i++) {
                Row row = supportSheet.createRow(DataSheets.FIRST_DATA_ROW + i);
                set(supportSheet, row, Column.SUPPORT_TYPE, supportTypes.get(i));
                set(supportSheet, row, Column.SUPPORT_TARGET, entityNames.get(i % entityNames.size()) + " — hỗ trợ " + (i + 1));
                set(supportSheet, row, Column.SUPPORT_COMMUNE, current.get(i % current.size()));
                set(supportSheet, row, Column.SUPPORT_YEAR, 2021.0);
                set(supportSheet, row, Column.SUPPORT_AMOUNT, 150.5);
                set(supportSheet, row, Column.SUPPORT_SOURCE, "Ngân sách tỉnh");
                supports++;
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
    }

    /** A rating date within the period, or where the commune was abolished, a day it still existed. */
    private static LocalDate dateWhenValid(String fullName) {
        Commune commune = REFERENCE.gazetteer().communes().stream()
                .filter(c -> c.districtCode().equals("066") && c.fullName().equals(fullName))
                .filter(c -> c.validTo() == null || !c.validTo().isBefore(Programme.START))
                .findFirst().orElseThrow(() -> new AssertionError("Not a commune of Na Rì: " + fullName));
        LocalDate date = LocalDate.of(2021, 6, 15);
        if (!commune.validOn(date)) {
            date = commune.validTo();
        }
        if (!commune.validOn(date)) {
            date = commune.validFrom();
        }
        return date;
    }

    /** Writes a value as typing it would, in the column's own format (Excel applies the column's style). */
    private static void set(XSSFSheet sheet, Row row, Column column, Object value) {
        int index = column.sheet().columns().indexOf(column);
        Cell cell = row.getCell(index) == null ? row.createCell(index) : row.getCell(index);
        CellStyle style = sheet.getColumnStyle(index);
        if (style != null) {
            cell.setCellStyle(style);
        }
        if (value instanceof String text) {
            cell.setCellValue(text);
        } else if (value instanceof Double number) {
            cell.setCellValue(number);
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
        }
    }

    /** The values of a named dropdown list, read through its name as Excel would. */
    static List<String> list(XSSFWorkbook workbook, String name) {
        AreaReference area = new AreaReference(workbook.getName(name).getRefersToFormula(), workbook.getSpreadsheetVersion());
        List<String> values = new ArrayList<>();
        for (CellReference ref : area.getAllReferencedCells()) {
            Row row = workbook.getSheet(ref.getSheetName()).getRow(ref.getRow());
            Cell cell = row == null ? null : row.getCell(ref.getCol());
            if (cell != null && !cell.getStringCellValue().isEmpty()) {
                values.add(cell.getStringCellValue());
            }
        }
        return values;
    }
}
