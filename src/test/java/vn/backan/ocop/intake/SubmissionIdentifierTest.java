package vn.backan.ocop.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.backan.ocop.reference.Gazetteer;
import vn.backan.ocop.validation.Issue;
import vn.backan.ocop.validation.IssueCode;

class SubmissionIdentifierTest {

    private static final SubmissionIdentifier IDENTIFIER = new SubmissionIdentifier(Gazetteer.load());

    private static Cover cover(String district, String period) {
        return new Cover(district, period, null, null, null, null);
    }

    @Test
    void coverGivesTheIdentity() {
        List<Issue> issues = new ArrayList<>();
        Optional<Identity> identity = IDENTIFIER.identify("bao-cao.xlsx", cover("066", "6 tháng đầu năm 2021"), issues);
        assertThat(identity).hasValueSatisfying(i -> {
            assertThat(i.district().code()).isEqualTo("066");
            assertThat(i.period().code()).isEqualTo("2021-H1");
        });
        assertThat(issues).isEmpty();
    }

    @Test
    void fileNameGivesTheIdentityWhenTheCoverIsMissing() {
        List<Issue> issues = new ArrayList<>();
        assertThat(IDENTIFIER.identify("na-ri-2021-H1.xls", Cover.NONE, issues))
                .hasValueSatisfying(i -> assertThat(i.district().code()).isEqualTo("066"));
        assertThat(issues).extracting(Issue::code).containsExactly(IssueCode.COVER_MISSING);
        assertThat(IDENTIFIER.identify("066_2020.xlsx", Cover.NONE, new ArrayList<>()))
                .hasValueSatisfying(i -> assertThat(i.period().code()).isEqualTo("2020"));
    }

    @Test
    void coverContradictingTheFileNameRejectsTheFile() {
        List<Issue> issues = new ArrayList<>();
        assertThat(IDENTIFIER.identify("061-ba-be-2020.xlsx", cover("Na Rì", "2020"), issues)).isEmpty();
        assertThat(issues).singleElement().satisfies(i -> {
            assertThat(i.code()).isEqualTo(IssueCode.FILE_IDENTITY_CONFLICT);
            assertThat(i.args()).containsExactly("Huyện Na Rì", "Huyện Ba Bể");
        });
    }

    @Test
    void neitherCoverNorFileNameRejectsTheFile() {
        List<Issue> issues = new ArrayList<>();
        assertThat(IDENTIFIER.identify("bao-cao.xlsx", Cover.NONE, issues)).isEmpty();
        assertThat(issues).extracting(Issue::code).containsExactly(IssueCode.FILE_NO_DISTRICT, IssueCode.FILE_NO_PERIOD);
    }

    @Test
    void unknownDistrictAndPeriodsAfterTheReformAreRejected() {
        List<Issue> issues = new ArrayList<>();
        assertThat(IDENTIFIER.identify("x.xlsx", cover("059", "2020"), issues)).isEmpty();
        assertThat(issues).extracting(Issue::code).containsExactly(IssueCode.FILE_UNKNOWN_DISTRICT);
        issues.clear();
        assertThat(IDENTIFIER.identify("x.xlsx", cover("066", "2025-H2"), issues)).isEmpty();
        assertThat(issues).extracting(Issue::code).containsExactly(IssueCode.FILE_PERIOD_OUT_OF_SCOPE);
    }
}
