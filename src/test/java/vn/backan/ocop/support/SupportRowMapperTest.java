package vn.backan.ocop.support;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.backan.ocop.submission.Column.SUPPORT_AMOUNT;
import static vn.backan.ocop.submission.Column.SUPPORT_COMMUNE;
import static vn.backan.ocop.submission.Column.SUPPORT_TARGET;
import static vn.backan.ocop.submission.Column.SUPPORT_TYPE;
import static vn.backan.ocop.submission.Column.SUPPORT_YEAR;

import org.junit.jupiter.api.Test;

import vn.backan.ocop.submission.SheetKind;
import vn.backan.ocop.intake.TestRows;
import vn.backan.ocop.reference.ReferenceData;
import vn.backan.ocop.validation.IssueCode;
import vn.backan.ocop.validation.Outcome;

class SupportRowMapperTest {

    private static final SupportRowMapper MAPPER = new SupportRowMapper(ReferenceData.load());

    private static SupportRecord map(Object... values) {
        return MAPPER.map(TestRows.row(TestRows.submission("066", "2020"), SheetKind.SUPPORT, 5, TestRows.values(values)));
    }

    @Test
    void supportLoadsWithItsTypeCode() {
        SupportRecord r = map(SUPPORT_TYPE, "Tái cơ cấu HTX", SUPPORT_TARGET, "HTX Tài Hoan", SUPPORT_COMMUNE, "Côn Minh",
                SUPPORT_YEAR, 2019, SUPPORT_AMOUNT, "150,5");
        assertThat(r.outcome()).isEqualTo(Outcome.LOADED);
        assertThat(r.type()).isEqualTo("COOPERATIVE_RESTRUCTURED");
        assertThat(r.amount()).isEqualByComparingTo("150.50");
        assertThat(r.targetKey()).isEqualTo(map(SUPPORT_TYPE, "Tái cơ cấu HTX", SUPPORT_TARGET, "Hợp tác xã Tài Hoan",
                SUPPORT_YEAR, 2020).targetKey());
    }

    @Test
    void unknownTypeAndYearOutsideTheProgrammeAreRejected() {
        SupportRecord r = map(SUPPORT_TYPE, "Tập huấn", SUPPORT_TARGET, "HTX Tài Hoan", SUPPORT_YEAR, 2016);
        assertThat(r.issues()).extracting(i -> i.code())
                .containsExactlyInAnyOrder(IssueCode.SUPPORT_TYPE_UNKNOWN, IssueCode.SUPPORT_YEAR_OUT_OF_RANGE);
        assertThat(r.outcome()).isEqualTo(Outcome.REJECTED);
    }
}
