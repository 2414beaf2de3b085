package vn.backan.ocop.commune;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.backan.ocop.submission.Column.COMMUNE_DBKK;
import static vn.backan.ocop.submission.Column.COMMUNE_HOUSEHOLDS;
import static vn.backan.ocop.submission.Column.COMMUNE_NAME;
import static vn.backan.ocop.submission.Column.COMMUNE_NTM_YEAR;
import static vn.backan.ocop.submission.Column.COMMUNE_POOR;

import org.junit.jupiter.api.Test;

import vn.backan.ocop.submission.SheetKind;
import vn.backan.ocop.intake.TestRows;
import vn.backan.ocop.reference.ReferenceData;
import vn.backan.ocop.validation.IssueCode;
import vn.backan.ocop.validation.Outcome;

class CommuneRowMapperTest {

    private static final CommuneRowMapper MAPPER = new CommuneRowMapper(ReferenceData.load());

    private static CommuneIndicatorRecord map(Object... values) {
        return MAPPER.map(TestRows.row(TestRows.submission("066", "2020"), SheetKind.COMMUNE, 9, TestRows.values(values)));
    }

    @Test
    void indicatorsLoad() {
        CommuneIndicatorRecord r = map(COMMUNE_NAME, "Xã Kim Lư", COMMUNE_NTM_YEAR, 2019, COMMUNE_DBKK, "Không",
                COMMUNE_HOUSEHOLDS, "1.234", COMMUNE_POOR, 150);
        assertThat(r.outcome()).isEqualTo(Outcome.LOADED);
        assertThat(r.communeCode()).isEqualTo("02158");
        assertThat(r.ntmYear()).isEqualTo(2019);
        assertThat(r.households()).isEqualTo(1234L);
        assertThat(r.especiallyDifficult()).isFalse();
    }

    @Test
    void poorHouseholdsAboveHouseholdsIsRejectedOnThePoorCell() {
        CommuneIndicatorRecord r = map(COMMUNE_NAME, "Kim Lư", COMMUNE_HOUSEHOLDS, 100, COMMUNE_POOR, 150, COMMUNE_DBKK, "Có");
        assertThat(r.issues()).singleElement().satisfies(i -> {
            assertThat(i.code()).isEqualTo(IssueCode.POOR_ABOVE_HOUSEHOLDS);
            assertThat(i.cell()).isEqualTo("F9");
            assertThat(i.args()).containsExactly("100");
        });
        assertThat(r.outcome()).isEqualTo(Outcome.REJECTED);
    }

    @Test
    void ntmYearAfterThePeriodIsRejected() {
        assertThat(map(COMMUNE_NAME, "Kim Lư", COMMUNE_NTM_YEAR, 2022).issues())
                .extracting(i -> i.code()).containsExactly(IssueCode.NTM_YEAR_OUT_OF_RANGE);
    }
}
