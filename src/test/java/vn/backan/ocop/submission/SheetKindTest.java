package vn.backan.ocop.submission;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SheetKindTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Sản phẩm (2)|PRODUCT", "SP cũ|PRODUCT", "Copy of Sản phẩm|PRODUCT", "Sản phẩm 2020|PRODUCT",
            "San pham - ban sua|PRODUCT", "Chủ thể mới|ENTITY", "Xã (2)|COMMUNE", "Hỗ trợ 2021-H1|SUPPORT",
            "Chỉ tiêu xã bổ sung|COMMUNE"})
    void copiesOfATemplateSheetResembleIt(String name, SheetKind kind) {
        assertThat(kind.resemblesName(name)).isTrue();
        assertThat(kind.matchesName(name)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Tổng hợp sản phẩm|PRODUCT", "Sheet1|PRODUCT", "Xã ĐBKK|COMMUNE", "Danh sách chủ thể HTX|ENTITY", "2020|PRODUCT"})
    void otherNamesDoNot(String name, SheetKind kind) {
        assertThat(kind.resemblesName(name)).isFalse();
    }
}
