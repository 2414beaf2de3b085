package vn.backan.ocop.reference;

/**
 * One of the 26 product sets (bộ sản phẩm) of Decision 148/QĐ-TTg, within one of its 6 groups (ngành).
 */
public record ProductSet(int number, String groupNumber, String groupName, String family, String subFamily) {

    /** The set's own name: the sub-family where the decision gives one, else the family. */
    public String name() {
        return subFamily == null || subFamily.isBlank() ? family : subFamily;
    }
}
