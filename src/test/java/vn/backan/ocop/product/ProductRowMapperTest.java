package vn.backan.ocop.product;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.backan.ocop.submission.Column.PRODUCT_COMMUNE;
import static vn.backan.ocop.submission.Column.PRODUCT_DATE;
import static vn.backan.ocop.submission.Column.PRODUCT_DECISION;
import static vn.backan.ocop.submission.Column.PRODUCT_ENTITY;
import static vn.backan.ocop.submission.Column.PRODUCT_GROUP;
import static vn.backan.ocop.submission.Column.PRODUCT_LEVEL;
import static vn.backan.ocop.submission.Column.PRODUCT_NAME;
import static vn.backan.ocop.submission.Column.PRODUCT_SCORE;
import static vn.backan.ocop.submission.Column.PRODUCT_STARS;
import static vn.backan.ocop.submission.Column.PRODUCT_VALUE_CHAIN;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.backan.ocop.submission.Column;
import vn.backan.ocop.submission.SheetKind;
import vn.backan.ocop.intake.TestRows;
import vn.backan.ocop.reference.ReferenceData;
import vn.backan.ocop.validation.Issue;
import vn.backan.ocop.validation.IssueCode;
import vn.backan.ocop.validation.Kind;
import vn.backan.ocop.validation.Outcome;

class ProductRowMapperTest {

    private static final ProductRowMapper MAPPER = new ProductRowMapper(ReferenceData.load());

    private static Map<Column, Object> good() {
        return TestRows.values(PRODUCT_NAME, "Miến dong Tài Hoan", PRODUCT_GROUP, "6", PRODUCT_ENTITY, "HTX Tài Hoan",
                PRODUCT_COMMUNE, "Côn Minh", PRODUCT_STARS, 4, PRODUCT_SCORE, 78.5, PRODUCT_DATE, LocalDate.of(2018, 12, 12),
                PRODUCT_DECISION, "2309/QĐ-UBND", PRODUCT_LEVEL, "Tỉnh", PRODUCT_VALUE_CHAIN, "Có");
    }

    private static ProductRecord map(Map<Column, Object> values, String period) {
        return MAPPER.map(TestRows.row(TestRows.submission("066", period), SheetKind.PRODUCT, 12, values));
    }

    @Test
    void aGoodRowLoadsNormalized() {
        ProductRecord r = map(good(), "2020");
        assertThat(r.issues()).isEmpty();
        assertThat(r.outcome()).isEqualTo(Outcome.LOADED);
        assertThat(r.communeCode()).isEqualTo("02173");
        assertThat(r.setNumber()).isEqualTo(6);
        assertThat(r.groupNumber()).isEqualTo("I");
        assertThat(r.stars()).isEqualTo(4);
        assertThat(r.score()).isEqualByComparingTo("78.50");
        assertThat(r.level()).isEqualTo("TINH");
        assertThat(r.valueChain()).isTrue();
        assertThat(r.expiresOn()).isEqualTo(LocalDate.of(2021, 12, 12));
        assertThat(r.productKey()).isEqualTo(map(good(), "2021-H1").productKey());
    }

    @Test
    void theSameProductWrittenDifferentlyHasTheSameKey() {
        Map<Column, Object> other = good();
        other.put(PRODUCT_NAME, "MIẾN DONG  TÀI HOAN");
        other.put(PRODUCT_ENTITY, "Hợp tác xã Tài Hoan");
        assertThat(map(other, "2020").productKey()).isEqualTo(map(good(), "2020").productKey());
    }

    @Test
    void scoreOutsideItsStarBandIsRejectedOnTheScoreCell() {
        Map<Column, Object> values = good();
        values.put(PRODUCT_SCORE, 65);
        ProductRecord r = map(values, "2020");
        assertThat(r.outcome()).isEqualTo(Outcome.REJECTED);
        Issue issue = only(r, IssueCode.SCORE_OUTSIDE_STAR_BAND);
        assertThat(issue.cell()).isEqualTo("H12");
        assertThat(issue.value()).isEqualTo("65");
        assertThat(issue.args()).containsExactly("4", "[70; 90)");
    }

    @Test
    void bandEdgesFollowTheSpec() {
        Map<Column, Object> values = good();
        values.put(PRODUCT_SCORE, 70);
        assertThat(map(values, "2020").outcome()).isEqualTo(Outcome.LOADED);
        values.put(PRODUCT_SCORE, 90);
        assertThat(map(values, "2020").outcome()).isEqualTo(Outcome.REJECTED);
        values.put(PRODUCT_STARS, 5);
        values.put(PRODUCT_LEVEL, "Trung ương");
        values.put(PRODUCT_SCORE, 100);
        assertThat(map(values, "2020").outcome()).isEqualTo(Outcome.LOADED);
    }

    @Test
    void communeOfAnotherDistrictIsRejectedNamingBothDistricts() {
        Map<Column, Object> values = good();
        values.put(PRODUCT_COMMUNE, "Nam Mẫu");
        ProductRecord r = map(values, "2020");
        Issue issue = only(r, IssueCode.COMMUNE_OTHER_DISTRICT);
        assertThat(issue.cell()).isEqualTo("F12");
        assertThat(issue.args()).containsExactly("Xã Nam Mẫu", "Huyện Ba Bể", "Huyện Na Rì");
        assertThat(r.outcome()).isEqualTo(Outcome.REJECTED);
    }

    @Test
    void unreadableDateIsAParseErrorAndTheCommuneIsStillChecked() {
        Map<Column, Object> values = good();
        values.put(PRODUCT_DATE, "32/13/2019");
        values.put(PRODUCT_COMMUNE, "Côn Mnh");
        ProductRecord r = map(values, "2020");
        Issue date = only(r, IssueCode.DATE_INVALID);
        assertThat(date.cell()).isEqualTo("I12");
        assertThat(date.code().kind()).isEqualTo(Kind.PARSE);
        Issue commune = only(r, IssueCode.COMMUNE_NEAR_MISS);
        assertThat(commune.args()).containsExactly("Xã Côn Minh", "02173");
        assertThat(commune.code().kind()).isEqualTo(Kind.RULE);
    }

    @Test
    void missingNameIsRequired() {
        Map<Column, Object> values = good();
        values.remove(PRODUCT_NAME);
        ProductRecord r = map(values, "2020");
        Issue issue = only(r, IssueCode.REQUIRED_MISSING);
        assertThat(issue.cell()).isEqualTo("C12");
        assertThat(issue.args()).containsExactly("Tên sản phẩm");
        assertThat(r.outcome()).isEqualTo(Outcome.REJECTED);
    }

    @Test
    void aBareYearIsTheLastDayOfThatYearWithAWarning() {
        Map<Column, Object> values = good();
        values.put(PRODUCT_DATE, 2019);
        ProductRecord r = map(values, "2020");
        assertThat(r.recognisedOn()).isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(only(r, IssueCode.DATE_YEAR_ONLY).normalized()).isEqualTo("31/12/2019");
        assertThat(r.outcome()).isEqualTo(Outcome.WARNING);
    }

    @Test
    void ratingAfterThePeriodEndIsRejected() {
        Map<Column, Object> values = good();
        values.put(PRODUCT_DATE, LocalDate.of(2021, 1, 5));
        ProductRecord r = map(values, "2020");
        assertThat(only(r, IssueCode.DATE_AFTER_PERIOD_END).args()).containsExactly("31/12/2020", "2020");
        // RatingDiffersFromEarlier seeks no copy of a rating in a file whose period ends before its date.
        assertThat(r.outcome()).isEqualTo(Outcome.REJECTED);
    }

    @Test
    void fiveStarsNotRecognisedCentrallyIsAWarningOnTheLevel() {
        Map<Column, Object> values = good();
        values.put(PRODUCT_STARS, "★★★★★");
        values.put(PRODUCT_SCORE, "91,14");
        ProductRecord r = map(values, "2020");
        assertThat(r.stars()).isEqualTo(5);
        assertThat(r.score()).isEqualByComparingTo(new BigDecimal("91.14"));
        assertThat(only(r, IssueCode.LEVEL_MISMATCH).cell()).isEqualTo("K12");
        assertThat(r.outcome()).isEqualTo(Outcome.WARNING);
    }

    @Test
    void oneOrTwoStarsLoadAsNotCertified() {
        Map<Column, Object> values = good();
        values.put(PRODUCT_STARS, "2 sao");
        values.put(PRODUCT_SCORE, 45);
        ProductRecord r = map(values, "2020");
        assertThat(r.outcome()).isEqualTo(Outcome.LOADED);
        assertThat(r.certified()).isFalse();
        assertThat(only(r, IssueCode.NOT_CERTIFIED)).isNotNull();
    }

    @Test
    void oldGroupNameMapsToTheNewGroupWithANote() {
        Map<Column, Object> values = good();
        values.put(PRODUCT_GROUP, "Thực phẩm");
        ProductRecord r = map(values, "2020");
        assertThat(r.groupNumber()).isEqualTo("I");
        assertThat(r.setNumber()).isNull();
        assertThat(only(r, IssueCode.GROUP_OLD_CLASSIFICATION)).isNotNull();
        assertThat(r.outcome()).isEqualTo(Outcome.LOADED);
    }

    @Test
    void formulaErrorsAreErrorsNotBlanks() {
        Map<Column, Object> values = good();
        values.put(PRODUCT_SCORE, TestRows.error("#REF!", "SUM(Z1:Z3)"));
        values.put(PRODUCT_STARS, TestRows.formulaWithoutValue("A1+1"));
        ProductRecord r = map(values, "2020");
        assertThat(only(r, IssueCode.FORMULA_ERROR_VALUE).args()).containsExactly("=SUM(Z1:Z3)");
        assertThat(only(r, IssueCode.FORMULA_WITHOUT_VALUE).cell()).isEqualTo("G12");
        assertThat(r.outcome()).isEqualTo(Outcome.REJECTED);
    }

    @Test
    void abolishedCommuneAfterTheMergerIsMappedWithAWarning() {
        Map<Column, Object> values = good();
        values.put(PRODUCT_COMMUNE, "Hảo Nghĩa");
        values.put(PRODUCT_DATE, LocalDate.of(2021, 3, 1));
        ProductRecord r = map(values, "2021-H1");
        assertThat(r.communeCode()).isEqualTo("02179");
        assertThat(only(r, IssueCode.COMMUNE_MAPPED_TO_SUCCESSOR).args()).containsExactly("01/02/2020", "Xã Trần Phú", "02179");
        values.put(PRODUCT_DATE, LocalDate.of(2019, 3, 1));
        assertThat(map(values, "2021-H1").communeCode()).isEqualTo("02182");
    }

    private static Issue only(ProductRecord r, IssueCode code) {
        assertThat(r.issues()).filteredOn(i -> i.code() == code).hasSize(1);
        return r.issues().stream().filter(i -> i.code() == code).findFirst().orElseThrow();
    }
}
