package vn.backan.ocop.sheet;

import java.util.List;

import vn.backan.ocop.reference.ReferenceData;
import vn.backan.ocop.submission.SheetKind;

/**
 * Everything the pipeline knows about one data sheet besides its columns (those are the contract's,
 * {@link SheetKind#recognised()}): how a row becomes a record, where records are staged, which
 * warehouse table they are published to, what makes two rows duplicates and which rules span rows.
 * Each sheet package provides one, as a Spring component; {@link Sheets} lists them.
 */
public interface SheetDescription {

    SheetKind kind();

    RowMapper mapper(ReferenceData reference);

    StagingTable<?> staging();

    WarehouseTable warehouse();

    DuplicateKey duplicates();

    /** Rules beyond duplicates, run in this order after every sheet's duplicates. */
    default List<CrossRowRule> rules() {
        return List.of();
    }
}
