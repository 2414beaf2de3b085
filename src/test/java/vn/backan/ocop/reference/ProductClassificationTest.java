package vn.backan.ocop.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProductClassificationTest {

    private static final ProductClassification C = ProductClassification.load();

    @ParameterizedTest
    @CsvSource({
            "5, 5, I, false",
            "'Bộ 11', 11, I, false",
            "'05', 5, I, false",
            "'Chè tươi, chế biến', 11, I, false",
            "'Rượu trắng', 14, II, false",
            "'Cà phê, ca cao', 13, I, false",
            "'Vải và may mặc', 22, IV, true",
            "'Vải, may mặc', 22, IV, false",
            "'Lưu niệm - nội thất - trang trí', 21, IV, true",
            "'Dịch vụ du lịch nông thôn, bán hàng', 26, VI, true",
    })
    void resolvesSetsByNumberOrName(String text, int set, String group, boolean old) {
        GroupMatch match = C.resolve(text).orElseThrow();
        assertThat(match.set().number()).isEqualTo(set);
        assertThat(match.groupNumber()).isEqualTo(group);
        assertThat(match.fromOldGroups()).isEqualTo(old);
    }

    @ParameterizedTest
    @CsvSource({"'Thực phẩm', I", "'Đồ uống', II", "'Thảo dược', III"})
    void oldGroupsWithoutASetResolveToTheirGroup(String text, String group) {
        GroupMatch match = C.resolve(text).orElseThrow();
        assertThat(match.set()).isNull();
        assertThat(match.groupNumber()).isEqualTo(group);
        assertThat(match.fromOldGroups()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"27", "0", "'Máy móc'", "''"})
    void unknownGroupsDoNotResolve(String text) {
        assertThat(C.resolve(text)).isEmpty();
    }

    @Test
    void infersTheSetFromWhatTheNameSaysFirst() {
        ProductClassification c = ProductClassification.load();
        assertThat(c.infer("Mật ong hoa rừng Hà Hiệu")).map(ProductSet::number).contains(4);
        assertThat(c.infer("Trà hoa vàng Kim Hỷ")).map(ProductSet::number).contains(12);
        assertThat(c.infer("Trà shan tuyết Khau Slôm")).map(ProductSet::number).contains(11);
        assertThat(c.infer("Tinh bột nghệ Thanh Mai")).map(ProductSet::number).contains(7);
        assertThat(c.infer("Rượu ngô men lá Mai Lạp")).map(ProductSet::number).contains(14);
        // A place in the name does not decide: "Hoá" of Xuất Hoá is no flower.
        assertThat(c.infer("Cá suối Xuất Hoá")).map(ProductSet::number).contains(2);
        assertThat(c.infer("Nem chua Sông Cầu")).isEmpty();
    }
}
