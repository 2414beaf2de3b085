package vn.backan.ocop.intake;

import vn.backan.ocop.submission.Column;
import vn.backan.ocop.submission.SheetKind;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.backan.ocop.intake.excel.RawCell;
import vn.backan.ocop.intake.excel.SheetRow;

class HeaderLocatorTest {

    private static SheetRow row(int number, String... texts) {
        List<RawCell> cells = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            if (texts[i] != null) {
                cells.add(TestRows.raw(i, texts[i]));
            }
        }
        return new SheetRow(number, cells, false);
    }

    @Test
    void skipsTitleRowsAndMapsColumnsInAnyOrder() {
        List<SheetRow> rows = List.of(
                row(1, "BIỂU TỔNG HỢP SẢN PHẨM OCOP HUYỆN NA RÌ"),
                row(2, "(Kèm theo báo cáo số 12/BC-UBND)"),
                row(4, "TT", "Ten san pham (*)", "XÃ", "Chủ thể", "Nhóm", "Hạng sao", "Tổng điểm", "Ngày quyết định", "Cột riêng"),
                row(5, "1", "Miến dong", "Côn Minh", "HTX Tài Hoan", "6", "4", "78", "12/12/2018", "x"));
        HeaderLayout layout = HeaderLocator.locate(SheetKind.PRODUCT, rows).orElseThrow();
        assertThat(layout.lastRow()).isEqualTo(4);
        assertThat(layout.columns()).containsEntry(1, Column.PRODUCT_NAME).containsEntry(2, Column.PRODUCT_COMMUNE)
                .containsEntry(5, Column.PRODUCT_STARS).containsEntry(7, Column.PRODUCT_DATE);
        assertThat(layout.unknown()).containsEntry(8, "Cột riêng");
        assertThat(layout.missing()).isEmpty();
    }

    @Test
    void readsAHeaderSpreadOverTwoRowsUnderAMergedGroupTitle() {
        List<SheetRow> rows = List.of(
                row(3, "STT", "Tên sản phẩm", "Bộ sản phẩm", "Chủ thể", "Xã", "Kết quả đánh giá", null, "Ngày công nhận"),
                row(4, null, null, null, null, null, "Số sao", "Điểm"),
                row(5, "1", "Miến dong", "6", "HTX Tài Hoan", "Côn Minh", "4", "78", "12/12/2018"));
        HeaderLayout layout = HeaderLocator.locate(SheetKind.PRODUCT, rows).orElseThrow();
        assertThat(layout.firstRow()).isEqualTo(3);
        assertThat(layout.lastRow()).isEqualTo(4);
        assertThat(layout.columns()).containsEntry(5, Column.PRODUCT_STARS).containsEntry(6, Column.PRODUCT_SCORE);
        assertThat(layout.unknown()).isEmpty();
    }

    @Test
    void namesUnderAGroupTitleAreReadWithIt() {
        List<SheetRow> rows = List.of(
                row(3, "STT", "Tên sản phẩm", "Bộ sản phẩm", "Chủ thể", "Xã", "Số sao", "Điểm", "Quyết định công nhận", null, null),
                row(4, null, null, null, null, null, null, null, "Số", "Ngày", "Cấp"),
                row(5, "1", "Miến dong", "6", "HTX Tài Hoan", "Côn Minh", "4", "78", "2337/QĐ-UBND", "12/12/2018", "Tỉnh"));
        HeaderLayout layout = HeaderLocator.locate(SheetKind.PRODUCT, rows).orElseThrow();
        assertThat(layout.lastRow()).isEqualTo(4);
        assertThat(layout.columns()).containsEntry(7, Column.PRODUCT_DECISION).containsEntry(8, Column.PRODUCT_DATE)
                .containsEntry(9, Column.PRODUCT_LEVEL).containsEntry(5, Column.PRODUCT_STARS);
        assertThat(layout.missing()).isEmpty();
        assertThat(layout.unknown()).isEmpty();
    }

    @Test
    void aWordUnderATitleThatCompletesNoColumnStaysUnknown() {
        List<SheetRow> rows = List.of(
                row(3, "STT", "Tên sản phẩm", "Bộ sản phẩm", "Chủ thể", "Xã", "Số sao", "Điểm", "Ngày công nhận", "Thông tin khác"),
                row(4, null, null, null, null, null, null, null, null, "Ghi chú riêng"),
                row(5, "1", "Miến dong", "6", "HTX Tài Hoan", "Côn Minh", "4", "78", "12/12/2018", "x"));
        HeaderLayout layout = HeaderLocator.locate(SheetKind.PRODUCT, rows).orElseThrow();
        assertThat(layout.columns()).doesNotContainKey(8);
    }

    @Test
    void aHeaderMergedDownOverTwoRowsReadsOnceAndItsSecondRowIsNotData() {
        // Once merges are filled, the second row of a header merged down repeats every name.
        List<SheetRow> rows = List.of(
                row(4, "STT", "Tên sản phẩm", "Bộ sản phẩm", "Chủ thể", "Xã", "Số sao", "Điểm", "Ngày công nhận"),
                row(5, "STT", "Tên sản phẩm", "Bộ sản phẩm", "Chủ thể", "Xã", "Số sao", "Điểm", "Ngày công nhận"),
                row(6, "1", "Miến dong", "6", "HTX Tài Hoan", "Côn Minh", "4", "78", "12/12/2018"));
        HeaderLayout layout = HeaderLocator.locate(SheetKind.PRODUCT, rows).orElseThrow();
        assertThat(layout.firstRow()).isEqualTo(4);
        assertThat(layout.lastRow()).isEqualTo(5);
        assertThat(layout.columns()).containsEntry(1, Column.PRODUCT_NAME).containsEntry(7, Column.PRODUCT_DATE);
        assertThat(layout.missing()).isEmpty();
    }

    @Test
    void reportsMissingRequiredColumns() {
        List<SheetRow> rows = List.of(row(1, "Tên sản phẩm", "Bộ sản phẩm", "Chủ thể", "Xã", "Số sao", "Điểm"));
        HeaderLayout layout = HeaderLocator.locate(SheetKind.PRODUCT, rows).orElseThrow();
        assertThat(layout.missing()).containsExactly(Column.PRODUCT_DATE);
    }

    @Test
    void noHeaderWhenTooFewColumnsAreNamed() {
        assertThat(HeaderLocator.locate(SheetKind.PRODUCT, List.of(row(1, "Tên sản phẩm", "Ghi chú"), row(2, "a", "b")))).isEmpty();
    }

    @Test
    void aRowOfColumnNumbersUnderTheNamesBelongsToTheHeader() {
        List<SheetRow> rows = List.of(
                row(3, "STT", "Tên sản phẩm", "Bộ sản phẩm", "Chủ thể", "Xã", "Số sao", "Điểm", "Ngày công nhận"),
                row(4, "(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)"),
                row(5, "1", "Miến dong", "6", "HTX Tài Hoan", "Côn Minh", "4", "78", "12/12/2018"));
        HeaderLayout layout = HeaderLocator.locate(SheetKind.PRODUCT, rows).orElseThrow();
        assertThat(layout.firstRow()).isEqualTo(3);
        assertThat(layout.lastRow()).isEqualTo(4);
        assertThat(layout.namesRow()).isEqualTo(3);
    }

    @Test
    void aFirstDataRowIsNeverTakenForColumnNumbers() {
        List<SheetRow> rows = List.of(
                row(1, "Xã", "Năm đạt chuẩn NTM", "Xã ĐBKK", "Tổng số hộ", "Số hộ nghèo"),
                row(2, "2137", "2019", "1", "512", "98"));
        assertThat(HeaderLocator.locate(SheetKind.COMMUNE, rows).orElseThrow().lastRow()).isEqualTo(1);
    }

    @Test
    void aMissingRequiredColumnIsPlacedRightOfTheHeaderWhereItShouldBeAdded() {
        List<SheetRow> rows = List.of(row(1, "TT", "Năm đạt chuẩn NTM", "Xã ĐBKK", "Tổng số hộ", "Số hộ nghèo"));
        HeaderLayout layout = HeaderLocator.locate(SheetKind.COMMUNE, rows).orElseThrow();
        assertThat(layout.missing()).containsExactly(Column.COMMUNE_NAME);
        assertThat(layout.absentColumns()).containsExactly(java.util.Map.entry(Column.COMMUNE_NAME, 5));
    }

    @Test
    void eachHeaderIsPlacedInTheRowItIsWrittenIn() {
        List<SheetRow> rows = List.of(
                row(3, "STT", "Tên sản phẩm", "Bộ sản phẩm", "Chủ thể", "Xã", "Kết quả đánh giá", null, "Ngày công nhận", "Người nhập"),
                row(4, null, null, null, null, null, "Số sao", "Điểm"));
        HeaderLayout layout = HeaderLocator.locate(SheetKind.PRODUCT, rows).orElseThrow();
        assertThat(layout.rowOf(8)).isEqualTo(3);
        assertThat(layout.rowOf(5)).isEqualTo(4);
        assertThat(layout.unknown()).containsOnlyKeys(8);
    }

    @Test
    void notesInBracketsAfterAHeaderAreNotPartOfItsName() {
        List<SheetRow> rows = List.of(row(1, "Tên sản phẩm (*)", "Bộ sản phẩm\n(1-26)", "Chủ thể", "Xã", "Số sao (1-5)",
                "Điểm [thang 100]", "Ngày công nhận (ngày/tháng/năm)", "Kinh phí (triệu đồng)"));
        HeaderLayout layout = HeaderLocator.locate(SheetKind.PRODUCT, rows).orElseThrow();
        assertThat(layout.columns()).containsEntry(1, Column.PRODUCT_GROUP).containsEntry(4, Column.PRODUCT_STARS)
                .containsEntry(5, Column.PRODUCT_SCORE).containsEntry(6, Column.PRODUCT_DATE);
        assertThat(layout.unknown()).containsOnlyKeys(7);
    }

    @Test
    void findsAnOfficialTableByMeaningWhateverElseItLacks() {
        List<SheetRow> rows = List.of(
                row(2, "DANH SÁCH SẢN PHẨM OCOP 5 SAO"),
                row(5, "TT", "Tên sản phẩm", "Chủ thể sản xuất", "Địa chỉ", "Tỉnh, thành phố", "Điểm đánh giá"),
                row(6, "1", "Mật ong hoa rừng Hà Hiệu", "HTX Ong mật Hà Hiệu", "Xã Hà Hiệu, huyện Ba Bể", "Bắc Kạn", "91"));
        HeaderLayout layout = HeaderLocator.locate(SheetKind.PRODUCT, rows).orElseThrow();
        assertThat(layout.firstRow()).isEqualTo(5);
        assertThat(layout.columns()).containsEntry(2, Column.PRODUCT_ENTITY).containsEntry(3, Column.PRODUCT_COMMUNE)
                .containsEntry(4, Column.PRODUCT_PROVINCE).containsEntry(5, Column.PRODUCT_SCORE);
        assertThat(layout.unknown()).isEmpty();
        // The set is inferred from the name; stars and date must come from somewhere (the title, here).
        assertThat(layout.missing()).containsExactly(Column.PRODUCT_STARS, Column.PRODUCT_DATE);
    }

    @Test
    void aTableWithoutARatingOrAPlaceIsNoProductTable() {
        List<SheetRow> rows = List.of(
                row(3, "STT", "Tên sản phẩm", "Tên chủ thể", "Năm công nhận"),
                row(4, "1", "Cá nướng Pác Ngòi", "HTX Cá Pác Ngòi", "2022"));
        assertThat(HeaderLocator.locate(SheetKind.PRODUCT, rows)).isEmpty();
        assertThat(HeaderLocator.attempt(SheetKind.PRODUCT, rows)).containsExactly(
                "STT (A3), Tên sản phẩm (B3), Chủ thể (C3), Ngày công nhận (D3)",
                "Số sao / 3 sao, 4 sao, 5 sao / Điểm, Xã / Địa chỉ");
    }

    @Test
    void starTicksUnderKetQuaPhanHangAndTheDecisionSplitIntoSoAndNgay() {
        List<SheetRow> rows = List.of(
                row(1, "Biểu số 02"),
                row(5, "TT", "Tên sản phẩm", "Tên chủ thể", "Địa chỉ", "Bộ sản phẩm", "Kết quả phân hạng", null, null, "Điểm",
                        "Quyết định công nhận", null, "Ghi chú"),
                row(6, null, null, null, null, null, "3 sao", "4 sao", "5 sao", null, "Số", "Ngày"),
                row(7, "(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)", "(11)", "(12)"),
                row(8, "1", "Gạo nếp Phương Viên", "HTX Nông nghiệp Phương Viên", "Xã Phương Viên", "3", "x", null, null, "64"));
        HeaderLayout layout = HeaderLocator.locate(SheetKind.PRODUCT, rows).orElseThrow();
        assertThat(layout.lastRow()).isEqualTo(7);
        assertThat(layout.columns()).containsEntry(5, Column.PRODUCT_TICK_3).containsEntry(6, Column.PRODUCT_TICK_4)
                .containsEntry(7, Column.PRODUCT_TICK_5).containsEntry(9, Column.PRODUCT_DECISION).containsEntry(10, Column.PRODUCT_DATE)
                .doesNotContainValue(Column.PRODUCT_STARS);
        assertThat(layout.missing()).isEmpty();
    }

    @Test
    void theClassificationSplitAsDecision148IsReadAsItsOwnColumns() {
        List<SheetRow> rows = List.of(
                row(4, "TT", "Tên sản phẩm", "Chủ thể sản xuất", "Địa chỉ", "Phân loại sản phẩm", null, null, "Số điểm", "Hạng sao",
                        "Quyết định công nhận", null, "Thời hạn giấy chứng nhận"),
                row(5, null, null, null, null, "Ngành hàng", "Nhóm", "Phân nhóm", null, null, "Số", "Ngày"));
        HeaderLayout layout = HeaderLocator.locate(SheetKind.PRODUCT, rows).orElseThrow();
        assertThat(layout.columns()).containsEntry(4, Column.PRODUCT_BRANCH).containsEntry(5, Column.PRODUCT_FAMILY)
                .containsEntry(6, Column.PRODUCT_SUBGROUP).containsEntry(11, Column.PRODUCT_EXPIRY);
        assertThat(layout.duplicates()).isEmpty();
        assertThat(layout.missing()).isEmpty();
    }
}
