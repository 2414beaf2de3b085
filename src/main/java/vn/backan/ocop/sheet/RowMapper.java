package vn.backan.ocop.sheet;

import vn.backan.ocop.intake.SourceRow;
import vn.backan.ocop.validation.StagedRow;

/** Parses and validates one row of a sheet. Pure: reference data is in memory, nothing is read or written. */
@FunctionalInterface
public interface RowMapper {

    StagedRow map(SourceRow row);
}
