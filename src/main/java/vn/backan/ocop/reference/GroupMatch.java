package vn.backan.ocop.reference;

/**
 * A product group written in a submission, resolved to Decision 148.
 *
 * @param set         the product set, or null when only the group (ngành) is known (an old 6-group name)
 * @param groupNumber the group of Decision 148, "I".."VI"
 * @param fromOldGroups true when the text was one of the 6 groups of Decisions 490/1048
 * @param inferred    true when no set was written and it was inferred from the product's name
 */
public record GroupMatch(ProductSet set, String groupNumber, String groupName, boolean fromOldGroups, boolean inferred) {

    public GroupMatch(ProductSet set, String groupNumber, String groupName, boolean fromOldGroups) {
        this(set, groupNumber, groupName, fromOldGroups, false);
    }
}
