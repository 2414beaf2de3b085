package vn.backan.ocop.reruns;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
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
 * "This rating differs from an earlier period" over three yearly cumulative lists of one district: a
 * rating is compared with its nearest earlier copy, so a change is reported once, in the round that
 * made it, and a rating the middle round left out is compared with the round before.
 */
class RatingAcrossRoundsTest {

    private static final int PRODUCTS = 40;
    /** Excel rows of the {@code Sản phẩm} sheet: product i is on row i + 1 in every round. */
    private static final int CHANGED = 5;
    private static final int LEFT_OUT_CHANGED = 7;
    private static final int LEFT_OUT_SAME = 9;

    @TempDir
    Path home;

    /** The three rounds in one run: each is compared with the round before, checked earlier in the run. */
    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aChangeIsReportedInTheRoundThatMadeItAndComparedWithTheNearestCopy(TestDatabase.Kind kind) throws Exception {
        Pipeline pipeline = new Pipeline(home, kind);
        for (Path round : rounds()) {
            Files.copy(round, pipeline.input.resolve(round.getFileName()));
        }
        assertThat(pipeline.run("consolidate")).isEqualTo(Cli.OK);
        assertFlagged(pipeline);
    }

    /** A round per run: each is compared with the round before as staged in an earlier run. */
    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aRoundPerRunIsComparedAsInOneRun(TestDatabase.Kind kind) throws Exception {
        Pipeline pipeline = new Pipeline(home, kind);
        for (Path round : rounds()) {
            Files.copy(round, pipeline.input.resolve(round.getFileName()));
            assertThat(pipeline.run("consolidate")).isEqualTo(Cli.OK);
        }
        assertFlagged(pipeline);
    }

    /**
     * 2020 re-scores product 5 and leaves out products 7 and 9; 2021 keeps 5's new score, brings 7 back
     * re-scored and 9 as it was in 2019.
     */
    private List<Path> rounds() throws Exception {
        Path folder = Files.createDirectories(home.resolve("rounds"));
        District district = Gazetteer.load().districts().get(0);
        Path r2019 = folder.resolve(district.code() + "-2019.xlsx");
        Path r2020 = folder.resolve(district.code() + "-2020.xlsx");
        Path r2021 = folder.resolve(district.code() + "-2021.xlsx");
        SyntheticSubmissions.writeCumulative(r2019, district, PRODUCTS, Period.ofCode("2019"));
        SyntheticSubmissions.writeCumulative(r2020, district, PRODUCTS, Period.ofCode("2020"));
        SyntheticSubmissions.writeCumulative(r2021, district, PRODUCTS, Period.ofCode("2021"));
        Workbooks.edit(r2020, "Sản phẩm", sheet -> {
            addToScore(sheet, CHANGED, 1);
            sheet.removeRow(sheet.getRow(LEFT_OUT_CHANGED));
            sheet.removeRow(sheet.getRow(LEFT_OUT_SAME));
        });
        Workbooks.edit(r2021, "Sản phẩm", sheet -> {
            addToScore(sheet, CHANGED, 1);
            addToScore(sheet, LEFT_OUT_CHANGED, 1);
        });
        return List.of(r2019, r2020, r2021);
    }

    private static void assertFlagged(Pipeline pipeline) {
        List<String> flagged = pipeline.withDatabase(jdbc -> jdbc.queryForList("""
                select s.period_code || ' row ' || i.excel_row || ': ' || i.args
                from stg_issue i join audit_submission s on s.submission_id = i.submission_id
                where i.issue_code = 'RATING_DIFFERS_FROM_EARLIER'
                order by s.period_code, i.excel_row
                """, String.class));
        // Product 5 in 2020 against 2019; product 7 in 2021 against 2019, the nearest round that has it.
        // Not product 5 in 2021 (as in 2020), nor product 9 in 2021 (as in 2019).
        assertThat(flagged).hasSize(2);
        assertThat(flagged.get(0)).startsWith("2020 row " + (CHANGED + 1) + ": 2019").contains("Điểm");
        assertThat(flagged.get(1)).startsWith("2021 row " + (LEFT_OUT_CHANGED + 1) + ": 2019").contains("Điểm");
    }

    /** Product i's row is Excel row i + 1, POI's row index i. */
    private static void addToScore(Sheet sheet, int product, int points) {
        Cell score = sheet.getRow(product).getCell(Workbooks.column(sheet, "Điểm"));
        score.setCellValue(score.getNumericCellValue() + points);
    }
}
