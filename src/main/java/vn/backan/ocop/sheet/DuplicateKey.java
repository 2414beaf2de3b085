package vn.backan.ocop.sheet;

import java.util.List;

import vn.backan.ocop.submission.Column;

/**
 * What makes two rows of one file the same record, and the column a duplicate is reported on.
 *
 * @param columns staging columns; rows where one of them is null are never duplicates
 * @param shown   the staging column whose text the clerk sees as the value entered (the anchor's, as
 *                read), or null where staging keeps only a code
 */
public record DuplicateKey(List<String> columns, Column anchor, String shown) {

    public static DuplicateKey of(Column anchor, String... columns) {
        return new DuplicateKey(List.of(columns), anchor, null);
    }

    /** The same key, each copy reported with its text in that staging column. */
    public DuplicateKey shownAs(String column) {
        return new DuplicateKey(columns, anchor, column);
    }
}
