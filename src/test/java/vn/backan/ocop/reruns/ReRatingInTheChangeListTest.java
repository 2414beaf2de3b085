package vn.backan.ocop.reruns;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

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
 * A product rated in one round and rated again, on a later date, in the next: the next run's change
 * list shows the new rating as a re-rating beside the product's rating before it, not as a new product.
 */
class ReRatingInTheChangeListTest {

    private static final int PRODUCTS = 20;
    /** Product 5: 4 stars, 75 points, recognised on 06/01/2018 in every round (SyntheticSubmissions). */
    private static final int RE_RATED = 5;

    @TempDir
    Path home;

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aNewRatingOfAProductRatedBeforeIsAReRatingBesideItsPreviousRating(TestDatabase.Kind kind) throws Exception {
        Pipeline pipeline = new Pipeline(home, kind);
        District district = Gazetteer.load().districts().get(0);
        SyntheticSubmissions.writeCumulative(pipeline.input.resolve(district.code() + "-2019.xlsx"), district, PRODUCTS,
                Period.ofCode("2019"));
        assertThat(pipeline.run("consolidate")).isEqualTo(Cli.OK);

        Path r2020 = pipeline.input.resolve(district.code() + "-2020.xlsx");
        SyntheticSubmissions.writeCumulative(r2020, district, PRODUCTS, Period.ofCode("2020"));
        Workbooks.edit(r2020, "Sản phẩm", sheet -> {
            Row row = sheet.getRow(RE_RATED);
            row.getCell(Workbooks.column(sheet, "Số sao")).setCellValue(3);
            row.getCell(Workbooks.column(sheet, "Điểm")).setCellValue(62);
            row.getCell(Workbooks.column(sheet, "Ngày công nhận")).setCellValue(LocalDate.of(2020, 6, 1));
        });
        assertThat(pipeline.run("consolidate")).isEqualTo(Cli.OK);

        List<List<String>> changes = Workbooks.table(pipeline.output("ocop-progress-2020-12-31.xlsx"), "Thay đổi", "Bảng");
        String product = "Sản phẩm " + district.code() + "-" + RE_RATED;
        assertThat(changes).filteredOn(r -> r.get(3).equals(product)).singleElement().satisfies(r -> {
            assertThat(r.get(0)).isEqualTo("Sản phẩm");
            assertThat(r.get(1)).isEqualTo("Đánh giá lại");
            assertThat(r.get(4)).isEqualTo("Số sao: 4 (06/01/2018)");
            assertThat(r.get(5)).contains("Số sao: 3").contains("Điểm: 62");
        });
        assertThat(changes).as("no other product was rated again").noneMatch(r -> r.get(1).equals("Đánh giá lại") && !r.get(3).equals(product));
    }
}
