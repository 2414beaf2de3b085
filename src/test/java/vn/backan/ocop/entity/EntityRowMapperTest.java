package vn.backan.ocop.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.backan.ocop.submission.Column.ENTITY_COMMUNE;
import static vn.backan.ocop.submission.Column.ENTITY_FOUNDED;
import static vn.backan.ocop.submission.Column.ENTITY_MEMBERS;
import static vn.backan.ocop.submission.Column.ENTITY_NAME;
import static vn.backan.ocop.submission.Column.ENTITY_TAX_CODE;
import static vn.backan.ocop.submission.Column.ENTITY_TYPE;

import org.junit.jupiter.api.Test;

import vn.backan.ocop.submission.SheetKind;
import vn.backan.ocop.intake.TestRows;
import vn.backan.ocop.reference.ReferenceData;
import vn.backan.ocop.validation.IssueCode;
import vn.backan.ocop.validation.Outcome;

class EntityRowMapperTest {

    private static final EntityRowMapper MAPPER = new EntityRowMapper(ReferenceData.load());

    private static EntityRecord map(Object... values) {
        return MAPPER.map(TestRows.row(TestRows.submission("066", "2020"), SheetKind.ENTITY, 7, TestRows.values(values)));
    }

    @Test
    void fullTypeNamesAndTaxCodesNormalize() {
        EntityRecord r = map(ENTITY_NAME, "HTX Tài Hoan", ENTITY_TYPE, "Hợp tác xã", ENTITY_COMMUNE, "Côn Minh",
                ENTITY_TAX_CODE, "4700123456-001", ENTITY_FOUNDED, 2016, ENTITY_MEMBERS, 12);
        assertThat(r.outcome()).isEqualTo(Outcome.LOADED);
        assertThat(r.type()).isEqualTo("HTX");
        assertThat(r.taxCode()).isEqualTo("4700123456-001");
        assertThat(r.entityKey()).isEqualTo(map(ENTITY_NAME, "Hợp tác xã Tài Hoan", ENTITY_TYPE, "HTX",
                ENTITY_COMMUNE, "Côn Minh").entityKey());
    }

    @Test
    void blankTypeIsInferredFromTheNameWithAWarningOnTheTypeCell() {
        EntityRecord r = map(ENTITY_NAME, "Công ty TNHH Thảo dược Bắc Kạn", ENTITY_COMMUNE, "Côn Minh");
        assertThat(r.type()).isEqualTo("DN");
        assertThat(r.issues()).singleElement().satisfies(i -> {
            assertThat(i.code()).isEqualTo(IssueCode.ENTITY_TYPE_INFERRED);
            assertThat(i.cell()).isEqualTo("C7");
            assertThat(i.header()).isEqualTo("Loại hình");
        });
        assertThat(r.outcome()).isEqualTo(Outcome.WARNING);
    }

    @Test
    void theAbbreviationsClerksTypeAnnounceTheTypeToo() {
        assertThat(map(ENTITY_NAME, "Cty CP Na Rì", ENTITY_COMMUNE, "Côn Minh").type()).isEqualTo("DN");
        assertThat(map(ENTITY_NAME, "CTCP Dược liệu Bắc Kạn", ENTITY_COMMUNE, "Côn Minh").type()).isEqualTo("DN");
        assertThat(map(ENTITY_NAME, "THT Rau sạch Côn Minh", ENTITY_COMMUNE, "Côn Minh").type()).isEqualTo("THT");
    }

    @Test
    void blankTypeThatCannotBeInferredIsRequired() {
        EntityRecord r = map(ENTITY_NAME, "Tài Hoan", ENTITY_COMMUNE, "Côn Minh");
        assertThat(r.issues()).extracting(i -> i.code()).containsExactly(IssueCode.REQUIRED_MISSING);
        assertThat(r.outcome()).isEqualTo(Outcome.REJECTED);
    }

    @Test
    void badOptionalValuesAreDroppedWithWarnings() {
        EntityRecord r = map(ENTITY_NAME, "HTX Tài Hoan", ENTITY_TYPE, "HTX", ENTITY_COMMUNE, "Côn Minh",
                ENTITY_TAX_CODE, "12-34", ENTITY_FOUNDED, 2030, ENTITY_MEMBERS, "nhiều");
        assertThat(r.issues()).extracting(i -> i.code()).containsExactlyInAnyOrder(IssueCode.TAX_CODE_INVALID,
                IssueCode.FOUNDED_YEAR_OUT_OF_RANGE, IssueCode.OPTIONAL_VALUE_IGNORED);
        assertThat(r.outcome()).isEqualTo(Outcome.WARNING);
        assertThat(r.taxCode()).isNull();
        assertThat(r.foundedYear()).isNull();
        assertThat(r.members()).isNull();
    }

    @Test
    void taxCodeThatLostItsLeadingZeroGetsItBack() {
        assertThat(map(ENTITY_NAME, "HTX A", ENTITY_TYPE, "HTX", ENTITY_COMMUNE, "Côn Minh", ENTITY_TAX_CODE, 123456789L).taxCode())
                .isEqualTo("0123456789");
    }
}
