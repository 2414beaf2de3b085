package vn.backan.ocop.reruns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.backan.ocop.cli.Cli;
import vn.backan.ocop.fixtures.TestDatabase;

/**
 * {@code template --prefill}: Na Rì's 2021 template carries its 2021-H1 rows in force (products, entities, commune
 * figures) as the template's own lists spell them; the clerk dates the cover and sends it, and it loads without a
 * warning, every row the same as before.
 */
class TemplatePrefillTest {

    @TempDir
    Path home;

    @Test
    void aPrefilledTemplateCarriesThePreviousPeriodAndLoadsWithoutAWarning() throws Exception {
        Pipeline pipeline = new Pipeline(home, TestDatabase.Kind.H2);
        pipeline.copySample2020();
        Files.copy(Path.of("input/2021-H1/066-na-ri-2021-H1.xlsx"), pipeline.input.resolve("066-na-ri-2021-H1.xlsx"));
        assertThat(pipeline.run("consolidate")).isEqualTo(Cli.OK);

        Path folder = Files.createDirectories(home.resolve("template"));
        assertThat(pipeline.run("template", "--district", "066", "--period", "2021", "--prefill", "--output", folder + "/"))
                .isEqualTo(Cli.OK);
        Path template = folder.resolve("066-na-ri-2021.xlsx");
        List<String> inForce = pipeline.withDatabase(jdbc -> jdbc.queryForList("select product_name from fct_rating "
                + "where district_code = '066' and period_code = '2021-H1' and valid_to_run is null order by excel_row", String.class));
        List<String> entities = pipeline.withDatabase(jdbc -> jdbc.queryForList("select entity_name from dim_entity "
                + "where district_code = '066' and period_code = '2021-H1' and valid_to_run is null order by excel_row", String.class));
        assertThat(inForce).hasSizeGreaterThan(10).contains("Miến dong Tài Hoan");
        try (XSSFWorkbook book = Workbooks.open(template)) {
            assertThat(column(book.getSheet("Sản phẩm"), 2)).isEqualTo(inForce);
            assertThat(column(book.getSheet("Chủ thể"), 1)).isEqualTo(entities);
            XSSFSheet products = book.getSheet("Sản phẩm");
            Row first = products.getRow(3);
            DataFormatter format = new DataFormatter();
            // Labels of the template's lists, not the warehouse's codes; dates shown dd/mm/yyyy.
            assertThat(format.formatCellValue(first.getCell(3))).doesNotMatch("\\d+");
            assertThat(format.formatCellValue(first.getCell(5))).startsWith("Xã ");
            assertThat(format.formatCellValue(first.getCell(8))).matches("\\d\\d/\\d\\d/\\d{4}");
            assertThat(format.formatCellValue(first.getCell(10))).isIn("Huyện", "Tỉnh", "Trung ương");
            assertThat(format.formatCellValue(book.getSheet("Chủ thể").getRow(3).getCell(2))).isIn("Hợp tác xã", "Doanh nghiệp",
                    "Tổ hợp tác", "Hộ kinh doanh");
            assertThat(column(book.getSheet("Xã"), 4)).as("households carried over").anySatisfy(v -> assertThat(v).matches("[0-9.,]+"));

            // The clerk fills in the cover and sends the file back as it is.
            XSSFSheet cover = book.getSheet("Thông tin");
            cover.getRow(6).getCell(1).setCellValue("Hà Thị Thanh Huyền");
            cover.getRow(7).getCell(1).setCellValue(LocalDate.of(2022, 1, 6));
            try (OutputStream out = Files.newOutputStream(pipeline.input.resolve("066-na-ri-2021.xlsx"))) {
                book.write(out);
            }
        }
        assertThat(pipeline.run("consolidate")).isEqualTo(Cli.OK);
        List<String> problems = pipeline.withDatabase(jdbc -> jdbc.queryForList("select i.issue_code || ' ' || coalesce(i.sheet_name, '') "
                + "|| '!' || coalesce(i.cell_ref, '') || ' ' || coalesce(i.cell_value, '') from stg_issue i join audit_submission s "
                + "on s.submission_id = i.submission_id where s.period_code = '2021' and i.severity <> 'INFO'", String.class));
        assertThat(problems).isEmpty();
        List<String> loaded = pipeline.withDatabase(jdbc -> jdbc.queryForList("select p.product_name || ':' || p.outcome "
                + "from stg_product p join audit_submission s on s.submission_id = p.submission_id where s.period_code = '2021' "
                + "order by p.excel_row", String.class));
        assertThat(loaded).isEqualTo(inForce.stream().map(name -> name + ":loaded").toList());
        String status = pipeline.withDatabase(jdbc -> jdbc.queryForObject("select status || ':' || is_current from audit_submission "
                + "where period_code = '2021'", String.class));
        assertThat(status.toLowerCase(java.util.Locale.ROOT)).isEqualTo("accepted:true");
    }

    @Test
    void withoutAnEarlierPeriodThePrefilledTemplateIsTheBlankOne() throws Exception {
        Pipeline pipeline = new Pipeline(home, TestDatabase.Kind.H2);
        pipeline.copySample2020();
        assertThat(pipeline.run("consolidate")).isEqualTo(Cli.OK);
        Path folder = Files.createDirectories(home.resolve("template"));
        assertThat(pipeline.run("template", "--district", "066", "--period", "2019", "--prefill", "--output", folder + "/"))
                .isEqualTo(Cli.OK);
        try (XSSFWorkbook book = Workbooks.open(folder.resolve("066-na-ri-2019.xlsx"))) {
            assertThat(column(book.getSheet("Sản phẩm"), 2)).isEmpty();
        }
    }

    /** The values of a column below the template's header (row 3), down to the first empty row. */
    private static List<String> column(XSSFSheet sheet, int index) {
        DataFormatter format = new DataFormatter();
        List<String> values = new ArrayList<>();
        for (int r = 3; sheet.getRow(r) != null && sheet.getRow(r).getCell(index) != null; r++) {
            values.add(format.formatCellValue(sheet.getRow(r).getCell(index)));
        }
        return values;
    }

}
