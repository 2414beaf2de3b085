package vn.backan.ocop.reruns;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.backan.ocop.cli.Cli;
import vn.backan.ocop.fixtures.SyntheticSubmissions;
import vn.backan.ocop.fixtures.TestDatabase;
import vn.backan.ocop.reference.District;
import vn.backan.ocop.reference.Gazetteer;
import vn.backan.ocop.submission.Period;

/**
 * The span publishing stores on each current rating (fct_rating.newest_until: when its product's next
 * current rating was recognised; previous_certified_on: when its product's latest earlier certified one
 * was) stays what the ratings say over runs that add a newer rating to a product
 * whose older one stays as it was, and that withdraw it again: checked after every run against the same
 * rule recomputed from the current ratings, and on the products the runs touch.
 */
class RatingSpansAcrossRunsTest {

    private static final int PRODUCTS = 30;
    /** Re-rated in 2020 (opened with its older rating in one run). */
    private static final int REDATED_2020 = 3;
    /** Re-rated by the 2021 file, then left out of its correction. */
    private static final int REDATED_2021 = 5;
    /** Re-rated by the correction of the 2021 file. */
    private static final int REDATED_BY_CORRECTION = 7;

    @TempDir
    Path home;

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void storedSpansFollowTheRatingsThroughRunsThatAddAndWithdrawRatings(TestDatabase.Kind kind) throws Exception {
        Pipeline pipeline = new Pipeline(home, kind);
        District district = Gazetteer.load().districts().get(0);
        String code = district.code();
        Path r2019 = pipeline.input.resolve(code + "-2019.xlsx");
        Path r2020 = pipeline.input.resolve(code + "-2020.xlsx");
        SyntheticSubmissions.writeCumulative(r2019, district, PRODUCTS, Period.ofCode("2019"));
        SyntheticSubmissions.writeCumulative(r2020, district, PRODUCTS, Period.ofCode("2020"));
        Workbooks.edit(r2020, "Sản phẩm", sheet -> redate(sheet, REDATED_2020, LocalDate.of(2020, 6, 1)));

        assertThat(pipeline.run("consolidate")).isEqualTo(Cli.OK);
        assertThat(spans(pipeline, code, REDATED_2020)).containsExactly("2018-01-04:2020-06-01", "2020-06-01:-");
        assertStoredSpansAreTheRule(pipeline, 0);

        // 2021 re-rates product 5: its 2018 rating, still published from the 2020 file, gains an end.
        Path r2021 = pipeline.input.resolve(code + "-2021.xlsx");
        SyntheticSubmissions.writeCumulative(r2021, district, PRODUCTS, Period.ofCode("2021"));
        Workbooks.edit(r2021, "Sản phẩm", sheet -> redate(sheet, REDATED_2021, LocalDate.of(2021, 3, 1)));
        assertThat(pipeline.run("consolidate")).isEqualTo(Cli.OK);
        assertThat(spans(pipeline, code, REDATED_2021)).containsExactly("2018-01-06:2021-03-01", "2021-03-01:-");
        assertThat(spans(pipeline, code, REDATED_2020)).containsExactly("2018-01-04:2020-06-01", "2020-06-01:-");
        assertStoredSpansAreTheRule(pipeline, 1);

        // The district corrects its 2021 file: product 5's new rating is withdrawn, product 7 is re-rated.
        Path corrected = pipeline.input.resolve(code + "-2021-sua.xlsx");
        Files.copy(r2021, corrected);
        Files.delete(r2021);
        Workbooks.edit(corrected, "Sản phẩm", sheet -> {
            redate(sheet, REDATED_BY_CORRECTION, LocalDate.of(2021, 5, 1));
            sheet.removeRow(sheet.getRow(REDATED_2021));
        });
        assertThat(pipeline.run("consolidate")).isEqualTo(Cli.OK);
        assertThat(spans(pipeline, code, REDATED_2021)).containsExactly("2018-01-06:-");
        assertThat(spans(pipeline, code, REDATED_BY_CORRECTION)).containsExactly("2018-01-08:2021-05-01", "2021-05-01:-");
        assertStoredSpansAreTheRule(pipeline, 2);
    }

    /** Product i's row is Excel row i + 1, POI's row index i. */
    private static void redate(Sheet sheet, int product, LocalDate recognised) {
        sheet.getRow(product).getCell(Workbooks.column(sheet, "Ngày công nhận")).setCellValue(recognised);
    }

    /** The product's current ratings as "recognised_on:newest_until" ("-" for none), oldest first. */
    private static List<String> spans(Pipeline pipeline, String district, int product) {
        return pipeline.withDatabase(jdbc -> jdbc.queryForList("""
                select recognised_on, newest_until from fct_rating
                where valid_to_run is null and district_code = ? and product_name = ?
                order by recognised_on
                """, district, "Sản phẩm " + district + "-" + product).stream()
                .map(r -> r.get("recognised_on") + ":" + (r.get("newest_until") == null ? "-" : r.get("newest_until")))
                .toList());
    }

    /**
     * Every current rating's stored end and previous certified day are the rules recomputed from the current
     * ratings, and some rating has each; at least {@code atLeast} current ratings opened by an earlier run
     * have an end.
     */
    private static void assertStoredSpansAreTheRule(Pipeline pipeline, int atLeast) {
        pipeline.withDatabase(jdbc -> {
            assertThat(differingFromTheRule(jdbc, "newest_until", "min(n.recognised_on)", "n.recognised_on > f.recognised_on"))
                    .as("stored spans that differ from the rule").isEmpty();
            assertThat(differingFromTheRule(jdbc, "previous_certified_on", "max(n.recognised_on)",
                    "n.recognised_on < f.recognised_on and n.certified"))
                    .as("stored days of the previous certified rating that differ from the rule").isEmpty();
            assertThat(jdbc.queryForObject("select count(*) from fct_rating where valid_to_run is null and previous_certified_on is not null",
                    Integer.class)).as("ratings with a previous certified one").isPositive();
            assertThat(jdbc.queryForObject("select count(*) from fct_rating where valid_to_run is null and newest_until is not null",
                    Integer.class)).isPositive();
            Integer later = jdbc.queryForObject("""
                    select count(*) from fct_rating where valid_to_run is null and newest_until is not null
                      and valid_from_run < (select max(run_id) from audit_run)""", Integer.class);
            assertThat(later).as("ratings from earlier runs with an end").isGreaterThanOrEqualTo(atLeast);
            return null;
        });
    }

    /**
     * The current ratings, as "name day: stored", whose stored {@code column} is not {@code aggregate} over
     * the product's other current ratings {@code n} that satisfy {@code condition} against the rating {@code f}.
     */
    private static List<String> differingFromTheRule(JdbcTemplate jdbc, String column, String aggregate, String condition) {
        return jdbc.queryForList("""
                select f.product_name || ' ' || f.recognised_on || ': ' || coalesce(cast(f.%1$s as varchar(10)), '-')
                from fct_rating f
                where f.valid_to_run is null and f.%1$s is distinct from (
                    select %2$s from fct_rating n
                    where n.valid_to_run is null and n.district_code = f.district_code and n.product_key = f.product_key
                      and %3$s)
                """.formatted(column, aggregate, condition), String.class);
    }
}
