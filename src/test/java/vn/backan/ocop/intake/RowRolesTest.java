package vn.backan.ocop.intake;

import vn.backan.ocop.submission.SheetKind;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import vn.backan.ocop.intake.excel.RawCell;
import vn.backan.ocop.intake.excel.SheetRow;

class RowRolesTest {

    private static SheetRow row(Object... values) {
        List<RawCell> cells = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                cells.add(TestRows.raw(i, values[i]));
            }
        }
        return new SheetRow(20, cells, false);
    }

    private static final HeaderLayout PRODUCTS = HeaderLocator.locate(SheetKind.PRODUCT, List.of(new SheetRow(1, List.of(
            TestRows.raw(0, "STT"), TestRows.raw(1, "Tên sản phẩm"), TestRows.raw(2, "Bộ sản phẩm"), TestRows.raw(3, "Chủ thể"),
            TestRows.raw(4, "Xã"), TestRows.raw(5, "Số sao"), TestRows.raw(6, "Điểm"), TestRows.raw(7, "Ngày công nhận")), false)))
            .orElseThrow();

    @ParameterizedTest
    @ValueSource(strings = {"Người lập biểu", "NGƯỜI LẬP", "Thủ trưởng đơn vị", "KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN",
            "(Ký, ghi rõ họ tên)", "(Ký tên, đóng dấu)", "Nơi nhận:", "Xác nhận của UBND huyện",
            "Na Rì, ngày 10 tháng 01 năm 2021", "......, ngày ..... tháng ..... năm 2021", "Ghi chú: số liệu đến 31/12",
            "Lưu ý: sản phẩm 2 sao không tính", "Giám đốc"})
    void linesUnderTheTableOpenTheFooter(String text) {
        assertThat(RowRoles.opensFooter(row(null, text))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Miến dong Tài Hoan", "Hợp tác xã Tài Hoan", "Ghi chú", "Chè ngày xuân", "Người Dao đỏ",
            "Tổng cộng", "Cộng đồng Dao", "Nơi nhậnhàng (a word that only begins like an opening)"})
    void dataDoesNotOpenTheFooter(String text) {
        assertThat(RowRoles.opensFooter(row(1, text))).isFalse();
    }

    @Test
    void totalsRowsStartWithTongOrCongButNotCongDong() {
        assertThat(RowRoles.isTotals(row("Tổng cộng", null, 12))).isTrue();
        assertThat(RowRoles.isTotals(row(null, "Cộng: 5 sản phẩm"))).isTrue();
        assertThat(RowRoles.isTotals(row(1, "TONG"))).isTrue();
        assertThat(RowRoles.isTotals(row(1, "Cộng đồng Dao Tiền"))).isFalse();
        assertThat(RowRoles.isTotals(row(1, "TỔNG CỘNG (4 sản phẩm)"))).isTrue();
        assertThat(RowRoles.isTotals(row(1, "Tổng số:"))).isTrue();
        assertThat(RowRoles.isTotals(row(1, "Tổng các xã"))).isTrue();
        assertThat(RowRoles.isTotals(row(1, "Tong so 5 san pham"))).isTrue();
        assertThat(RowRoles.isTotals(row("Tổng công ty Lương thực miền Bắc", "DN", "Sông Cầu"))).isFalse();
        assertThat(RowRoles.isTotals(row(1, "Công ty TNHH Tổng hợp"))).isFalse();
        assertThat(RowRoles.isTotals(row(1, "Tong cong ty Bac Kan"))).isFalse();
    }

    @Test
    void aRowFillingHalfTheColumnsIsDataWhereverItStands() {
        assertThat(RowRoles.looksLikeData(row(1, "Miến dong", 6, "HTX Tài Hoan", "Côn Minh", 4, 78), PRODUCTS)).isTrue();
        assertThat(RowRoles.looksLikeData(row(null, "Nguyễn Văn An", null, null, null, null, "Trần Thị Bình"), PRODUCTS)).isFalse();
    }

    @Test
    void aGroupTitleInsideTheTableIsNotData() {
        assertThat(RowRoles.isSectionHeading(row("I", "Sản phẩm đạt 4 sao"), PRODUCTS)).isTrue();
        assertThat(RowRoles.isSectionHeading(row(null, "II. SẢN PHẨM ĐẠT 3 SAO"), PRODUCTS)).isTrue();
        assertThat(RowRoles.isSectionHeading(row("B"), PRODUCTS)).isTrue();
        assertThat(RowRoles.isSectionHeading(row(1, "Miến dong"), PRODUCTS)).isFalse();
        assertThat(RowRoles.isSectionHeading(row(null, "1. Miến dong"), PRODUCTS)).isFalse();
        assertThat(RowRoles.isSectionHeading(row("I", "Miến dong", 6, "HTX Tài Hoan", "Côn Minh", 4, 78), PRODUCTS)).isFalse();
        assertThat(RowRoles.isSectionHeading(row(null, "Ớt Nghiên Loan"), PRODUCTS)).isFalse();
    }
}
