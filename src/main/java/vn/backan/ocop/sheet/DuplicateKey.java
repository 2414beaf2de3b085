package vn.backan.ocop.sheet;

import java.util.List;

import vn.backan.ocop.submission.Column;

/**
 * What makes two rows of one file the same record, and the column a duplicate is reported on.
 *
 * @param columns staging columns; rows where one of them is null are never duplicates
 */
public record DuplicateKey(List<String> columns, Column anchor) {

    public static DuplicateKey of(Column anchor, String... columns) {
        return new DuplicateKey(List.of(columns), anchor);
    }
}
