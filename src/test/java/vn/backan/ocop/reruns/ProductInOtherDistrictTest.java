package vn.backan.ocop.reruns;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Row;
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
 * A product (name and entity) that other districts' files in force also report is flagged in every
 * file of the run that has it, naming the first other district by name: in each round of a district's
 * cumulative lists, but never for the district's own other rounds, nor for another district's rejected
 * row; a later run's file is compared with the files in force of earlier runs, and so is a file that
 * arrives after a newer one of its district and period.
 */
class ProductInOtherDistrictTest {

    private static final int PRODUCTS = 10;

    @TempDir
    Path home;

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void everyCopyInAnotherDistrictIsFlaggedWithTheFirstOtherDistrict(TestDatabase.Kind kind) throws Exception {
        Pipeline pipeline = new Pipeline(home, kind);
        List<District> districts = Gazetteer.load().districts();
        District a = districts.get(0);
        District b = districts.get(1);
        District c = districts.get(2);
        District d = districts.get(3);
        String sharedName = "Sản phẩm " + a.code() + "-3";
        String sharedEntity = "HTX " + a.code() + "-3";
        for (String period : List.of("2019", "2020")) {
            SyntheticSubmissions.writeCumulative(pipeline.input.resolve(a.code() + "-" + period + ".xlsx"), a, PRODUCTS,
                    Period.ofCode(period));
        }
        Path fileB = write(pipeline, b);
        Path fileC = write(pipeline, c);
        // Product i is on Excel row i + 1. B's row 5 and C's row 6 are A's product 3; C's row 7 is A's
        // product 7 with no stars, rejected, so A's product 7 is reported by no other district.
        Workbooks.edit(fileB, "Sản phẩm", sheet -> rename(sheet.getRow(4), sharedName, sharedEntity));
        Workbooks.edit(fileC, "Sản phẩm", sheet -> {
            rename(sheet.getRow(5), sharedName, sharedEntity);
            rename(sheet.getRow(6), "Sản phẩm " + a.code() + "-7", "HTX " + a.code() + "-7");
            sheet.getRow(6).getCell(Workbooks.column(sheet, "Số sao")).setBlank();
        });

        assertThat(pipeline.run("consolidate")).isEqualTo(Cli.OK);

        assertThat(flagged(pipeline)).containsExactly(
                a.code() + " 2019 row 4 warning: " + first(b, c),
                a.code() + " 2020 row 4 warning: " + first(b, c),
                b.code() + " 2020 row 5 warning: " + first(a, c),
                c.code() + " 2020 row 6 warning: " + first(a, b));

        // A later run's file meets the files in force of the first run.
        Path fileD = write(pipeline, d);
        Workbooks.edit(fileD, "Sản phẩm", sheet -> rename(sheet.getRow(2), sharedName, sharedEntity));

        assertThat(pipeline.run("consolidate")).isEqualTo(Cli.OK);

        assertThat(flagged(pipeline)).contains(d.code() + " 2020 row 3 warning: " + first(a, b, c)).hasSize(5);

        // B's 2020 file arriving late, older than the one in force: not in force, its rows still checked,
        // including a product that B's files in force do not report.
        Path late = pipeline.input.resolve(b.code() + "-2020-late.xlsx");
        SyntheticSubmissions.writeCumulative(late, b, PRODUCTS, Period.ofCode("2020"));
        Workbooks.edit(late, "Sản phẩm", sheet -> rename(sheet.getRow(7), "Sản phẩm " + a.code() + "-5", "HTX " + a.code() + "-5"));
        Files.setLastModifiedTime(late, FileTime.from(Instant.parse("2020-06-01T00:00:00Z")));

        assertThat(pipeline.run("consolidate")).isEqualTo(Cli.OK);

        Boolean lateInForce = pipeline.withDatabase(jdbc -> jdbc.queryForObject(
                "select is_current from audit_submission where file_name = ?", Boolean.class, late.getFileName().toString()));
        assertThat(lateInForce).isFalse();
        assertThat(flagged(pipeline)).contains(b.code() + " 2020 row 8 warning: " + a.fullName()).hasSize(6);
    }

    /**
     * A district's products in force follow its files in force across runs: a corrected file that no
     * longer reports a product takes it away (another district's later file with it is not flagged), a
     * product it newly reports is flagged elsewhere, and each count is what the files in force give.
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aCorrectedFileTakesAwayWhatItNoLongerReports(TestDatabase.Kind kind) throws Exception {
        Pipeline pipeline = new Pipeline(home, kind);
        List<District> districts = Gazetteer.load().districts();
        District a = districts.get(0);
        District b = districts.get(1);
        SyntheticSubmissions.writeCumulative(pipeline.input.resolve(a.code() + "-2019.xlsx"), a, PRODUCTS, Period.ofCode("2019"));
        Path a2020 = pipeline.input.resolve(a.code() + "-2020.xlsx");
        SyntheticSubmissions.writeCumulative(a2020, a, PRODUCTS, Period.ofCode("2020"));
        Workbooks.edit(a2020, "Sản phẩm", sheet -> rename(sheet.getRow(8), "Sản phẩm bỏ", "HTX bỏ"));
        write(pipeline, b);
        Files.setLastModifiedTime(a2020, FileTime.from(Instant.parse("2021-01-01T00:00:00Z")));

        assertThat(pipeline.run("consolidate")).isEqualTo(Cli.OK);
        assertThat(counted(pipeline)).isEqualTo(recounted(pipeline)).anyMatch(p -> p.startsWith(a.code() + "|san pham bo|"));

        // A's 2020 file corrected: the product only it reported is gone, another one comes in.
        Path corrected = pipeline.input.resolve(a.code() + "-2020-sua.xlsx");
        SyntheticSubmissions.writeCumulative(corrected, a, PRODUCTS, Period.ofCode("2020"));
        Workbooks.edit(corrected, "Sản phẩm", sheet -> rename(sheet.getRow(7), "Sản phẩm mới", "HTX mới"));
        Files.setLastModifiedTime(corrected, FileTime.from(Instant.parse("2021-02-01T00:00:00Z")));
        Path b2021 = pipeline.input.resolve(b.code() + "-2021.xlsx");
        SyntheticSubmissions.writeCumulative(b2021, b, PRODUCTS, Period.ofCode("2021"));
        Workbooks.edit(b2021, "Sản phẩm", sheet -> {
            rename(sheet.getRow(2), "Sản phẩm bỏ", "HTX bỏ");
            rename(sheet.getRow(3), "Sản phẩm mới", "HTX mới");
        });

        assertThat(pipeline.run("consolidate")).isEqualTo(Cli.OK);

        assertThat(flagged(pipeline)).containsExactly(
                a.code() + " 2020 row 8 warning: " + b.fullName(),
                b.code() + " 2021 row 4 warning: " + a.fullName());
        assertThat(counted(pipeline)).isEqualTo(recounted(pipeline)).noneMatch(p -> p.startsWith(a.code() + "|san pham bo|"));
        List<Long> filesCounted = pipeline.withDatabase(jdbc -> jdbc.queryForList(
                "select submission_id from int_product_in_force_file order by submission_id", Long.class));
        List<Long> filesInForce = pipeline.withDatabase(jdbc -> jdbc.queryForList(
                "select submission_id from audit_submission where is_current order by submission_id", Long.class));
        assertThat(filesCounted).isEqualTo(filesInForce).hasSize(4);
    }

    /** Each district's products in force with the number of its files in force that report them. */
    private static List<String> counted(Pipeline pipeline) {
        return pipeline.withDatabase(jdbc -> jdbc.queryForList("""
                select district_code || '|' || name_key || '|' || entity_key || '|' || files
                from int_product_in_force order by 1
                """, String.class));
    }

    /** The same, counted again from every staged row of the files in force. */
    private static List<String> recounted(Pipeline pipeline) {
        return pipeline.withDatabase(jdbc -> jdbc.queryForList("""
                select s.district_code || '|' || p.name_key || '|' || p.entity_key || '|' || count(distinct p.submission_id)
                from audit_submission s
                join stg_product p on p.submission_id = s.submission_id
                where s.is_current and p.name_key is not null and p.entity_key is not null
                  and (p.outcome <> 'rejected' or exists (select 1 from stg_issue i where i.submission_id = p.submission_id
                       and i.excel_row = p.excel_row and i.sheet_kind = 'PRODUCT' and i.issue_code = 'DUPLICATE_IN_FILE'))
                group by s.district_code, p.name_key, p.entity_key
                order by 1
                """, String.class));
    }

    private static Path write(Pipeline pipeline, District district) throws Exception {
        Path file = pipeline.input.resolve(district.code() + "-2020.xlsx");
        SyntheticSubmissions.writeCumulative(file, district, PRODUCTS, Period.ofCode("2020"));
        return file;
    }

    private static void rename(Row row, String name, String entity) {
        row.createCell(1).setCellValue(name);
        row.createCell(3).setCellValue(entity);
    }

    /** The district named first: the labels differ in their first distinct letter in any collation. */
    private static String first(District... others) {
        return Stream.of(others).map(District::fullName).sorted().findFirst().orElseThrow();
    }

    private static List<String> flagged(Pipeline pipeline) {
        return pipeline.withDatabase(jdbc -> jdbc.queryForList("""
                select s.district_code || ' ' || s.period_code || ' row ' || i.excel_row || ' ' || p.outcome || ': ' || i.args
                from stg_issue i
                join audit_submission s on s.submission_id = i.submission_id
                join stg_product p on p.submission_id = i.submission_id and p.excel_row = i.excel_row
                where i.issue_code = 'PRODUCT_IN_OTHER_DISTRICT'
                order by s.district_code, s.period_code, i.excel_row
                """, String.class));
    }
}
