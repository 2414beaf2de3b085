package vn.backan.ocop.product;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.backan.ocop.sheet.DuplicateKey;
import vn.backan.ocop.sheet.SheetDescription;
import vn.backan.ocop.submission.Column;
import vn.backan.ocop.submission.SheetKind;

/**
 * Publishing takes a file's accepted rows as they are (V95): a sheet whose duplicate key is not its
 * warehouse key within a file could offer two rows for one warehouse row, and is refused where it is
 * described.
 */
class ProductSheetTest {

    private final ProductSheet sheet = new ProductSheet();

    @Test
    void theDuplicateKeyMustBeTheWarehouseKeyWithinAFile() {
        assertThatCode(() -> describe(DuplicateKey.of(Column.PRODUCT_NAME, "recognised_on", "product_key")))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> describe(DuplicateKey.of(Column.PRODUCT_NAME, "product_key")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("recognised_on");
        assertThatThrownBy(() -> describe(DuplicateKey.of(Column.PRODUCT_NAME, "name_key", "recognised_on")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> describe(DuplicateKey.of(Column.PRODUCT_NAME, "product_key", "recognised_on").shownAs("ten")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ten");
    }

    private SheetDescription describe(DuplicateKey key) {
        return new SheetDescription(SheetKind.PRODUCT, sheet::mapper, sheet.staging(), sheet.warehouse(), key, List.of()) {
        };
    }
}
