package vn.backan.ocop.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.backan.ocop.intake.excel.SheetRow;

class StatedFactsTest {

    @Test
    void theDecisionAndItsDateComeFromTheTitleAndTheLevelFromASectionRow() {
        List<SheetRow> title = List.of(
                new SheetRow(1, List.of(TestRows.raw(0, "DANH SÁCH SẢN PHẨM OCOP 5 SAO (SẢN PHẨM OCOP QUỐC GIA)")), false),
                new SheetRow(2, List.of(TestRows.raw(0, "(Kèm theo Quyết định số 1523/QĐ-BNN-KTHT ngày 28/4/2023 của Bộ trưởng)")), false),
                new SheetRow(4, List.of(TestRows.raw(0, "TT"), TestRows.raw(1, "Tên sản phẩm")), false));
        StatedFacts facts = StatedFacts.ofTitle(title, 4);
        assertThat(facts.decision().value()).isEqualTo("1523/QĐ-BNN-KTHT");
        assertThat(facts.decision().cell()).isEqualTo("A2");
        assertThat(facts.date().value()).isEqualTo(LocalDate.of(2023, 4, 28));
        assertThat(facts.stars().value()).isEqualTo(5);
        assertThat(facts.stars().cell()).isEqualTo("A1");

        StatedFacts section = StatedFacts.ofRow(new SheetRow(7, List.of(TestRows.raw(0, "II"),
                TestRows.raw(1, "Sản phẩm cấp lại giấy chứng nhận")), false)).under(facts);
        assertThat(section.renewed().value()).isTrue();
        assertThat(section.renewed().cell()).isEqualTo("B7");
        assertThat(section.decision().value()).isEqualTo("1523/QĐ-BNN-KTHT");
    }

    @Test
    void aReportIsNoDecisionAndSeveralLevelsStateNone() {
        StatedFacts report = StatedFacts.ofText("(Kèm theo Báo cáo số 15/BC-UBND ngày 10/01/2020 của UBND huyện Ba Bể)", "A3");
        assertThat(report.isEmpty()).isTrue();
        assertThat(StatedFacts.ofText("SẢN PHẨM ĐẠT 3 SAO VÀ 4 SAO", "A1").stars()).isNull();
        // A bound is no level (a district summary's subtitle).
        assertThat(StatedFacts.ofText("(Sản phẩm được công nhận từ 3 sao trở lên, kèm theo báo cáo của UBND huyện Na Rì)", "A2")
                .stars()).isNull();
        assertThat(StatedFacts.ofText("Sản phẩm 3 sao trở lên", "A2").stars()).isNull();
        assertThat(StatedFacts.ofText("II. SẢN PHẨM 3 SAO", "A9").stars().value()).isEqualTo(3);
        assertThat(StatedFacts.ofText("4 sao", "B9").stars().value()).isEqualTo(4);
        // The template's own note under its title speaks of re-rating in general: no kind of recognition stated.
        assertThat(StatedFacts.ofTitle(List.of(new SheetRow(2, List.of(TestRows.raw(0,
                "Mỗi lần đánh giá, phân hạng một dòng (sản phẩm đánh giá lại ghi thêm dòng mới).")), false)), 3).isEmpty()).isTrue();
        assertThat(StatedFacts.ofText("Kèm theo Quyết định số 2159/QĐ-UBND ngày 30 tháng 11 năm 2022", "A4").date().value())
                .isEqualTo(LocalDate.of(2022, 11, 30));
    }
}
