package vn.backan.ocop.reruns;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.backan.ocop.cli.Cli;
import vn.backan.ocop.fixtures.SyntheticSubmissions;
import vn.backan.ocop.fixtures.TestDatabase;
import vn.backan.ocop.reference.District;
import vn.backan.ocop.reference.Gazetteer;
import vn.backan.ocop.submission.Period;

/**
 * Copies of a rating within one file: every copy after the first is rejected and names the first
 * copy's row, however far apart the copies are and whatever order their keys sort in ("Sản phẩm
 * 066-20" sorts before "Sản phẩm 066-3"), each showing the product's name, and a second rating of a
 * product is no copy.
 */
class DuplicatesInFileTest {

    private static final int PRODUCTS = 30;

    @TempDir
    Path home;

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void everyLaterCopyIsRejectedWithItsFirstRow(TestDatabase.Kind kind) throws Exception {
        Pipeline pipeline = new Pipeline(home, kind);
        District district = Gazetteer.load().districts().get(0);
        Path file = pipeline.input.resolve(district.code() + "-2020.xlsx");
        SyntheticSubmissions.writeCumulative(file, district, PRODUCTS, Period.ofCode("2020"));
        // Product i is on Excel row i + 1 (POI row i). Rows 32, 33 and 34 are copies of rows 21, 4 and 21;
        // row 35 copies row 8 with another recognition date: another rating of the product, no copy.
        Workbooks.edit(file, "Sản phẩm", sheet -> {
            copy(sheet, 20, 31);
            copy(sheet, 3, 32);
            copy(sheet, 20, 33);
            copy(sheet, 7, 34);
            Cell day = sheet.getRow(34).getCell(Workbooks.column(sheet, "Ngày công nhận"));
            LocalDate other = LocalDate.of(2019, 6, 15);
            day.setCellValue(day.getLocalDateTimeCellValue().toLocalDate().equals(other) ? other.plusDays(1) : other);
        });

        assertThat(pipeline.run("consolidate")).isEqualTo(Cli.OK);

        List<String> duplicates = pipeline.withDatabase(jdbc -> jdbc.queryForList("""
                select i.excel_row || ' of ' || i.args || ' ' || p.outcome || ': ' || i.cell_value
                from stg_issue i join stg_product p on p.submission_id = i.submission_id and p.excel_row = i.excel_row
                where i.issue_code = 'DUPLICATE_IN_FILE'
                order by i.excel_row
                """, String.class));
        // The clerk sees the copied product's name as the value entered.
        String name = "Sản phẩm " + district.code() + "-";
        assertThat(duplicates).containsExactly("32 of 21 rejected: " + name + 20, "33 of 4 rejected: " + name + 3,
                "34 of 21 rejected: " + name + 20);
        List<String> others = pipeline.withDatabase(jdbc -> jdbc.queryForList("""
                select p.excel_row || ' ' || p.outcome from stg_product p where p.excel_row in (4, 8, 21, 35)
                order by p.excel_row
                """, String.class));
        assertThat(others).containsExactly("4 loaded", "8 loaded", "21 loaded", "35 loaded");
        Integer ratings = pipeline.withDatabase(jdbc -> jdbc.queryForObject(
                "select count(*) from fct_rating where valid_to_run is null", Integer.class));
        assertThat(ratings).isEqualTo(PRODUCTS + 1);
    }

    /** More copies than one batch of findings reads back at once: each still names its own first row and name. */
    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aListPastedTwiceRejectsEveryRowOfTheSecondCopy(TestDatabase.Kind kind) throws Exception {
        int products = 1_200;
        Pipeline pipeline = new Pipeline(home, kind);
        District district = Gazetteer.load().districts().get(0);
        Path file = pipeline.input.resolve(district.code() + "-2020.xlsx");
        SyntheticSubmissions.writeCumulative(file, district, products, Period.ofCode("2020"));
        Workbooks.edit(file, "Sản phẩm", sheet -> {
            for (int i = 1; i <= products; i++) {
                copy(sheet, i, products + i);
            }
        });

        assertThat(pipeline.run("consolidate")).isEqualTo(Cli.OK);

        List<String> copies = pipeline.withDatabase(jdbc -> jdbc.queryForList("""
                select i.excel_row || ' of ' || i.args || ' ' || p.outcome || ': ' || i.cell_value
                from stg_issue i join stg_product p on p.submission_id = i.submission_id and p.excel_row = i.excel_row
                where i.issue_code = 'DUPLICATE_IN_FILE'
                """, String.class));
        assertThat(copies).hasSize(products);
        for (int i = 1; i <= products; i++) {
            // Product i is on Excel row i + 1, its copy on row products + i + 1.
            assertThat(copies).contains((products + i + 1) + " of " + (i + 1) + " rejected: Sản phẩm " + district.code() + "-" + i);
        }
    }

    private static void copy(Sheet sheet, int from, int to) {
        Row source = sheet.getRow(from);
        Row target = sheet.createRow(to);
        for (Cell cell : source) {
            Cell copy = target.createCell(cell.getColumnIndex(), cell.getCellType());
            switch (cell.getCellType()) {
                case NUMERIC -> copy.setCellValue(cell.getNumericCellValue());
                case BOOLEAN -> copy.setCellValue(cell.getBooleanCellValue());
                case FORMULA -> copy.setCellFormula(cell.getCellFormula());
                default -> copy.setCellValue(cell.getStringCellValue());
            }
            copy.setCellStyle(cell.getCellStyle());
        }
    }
}
