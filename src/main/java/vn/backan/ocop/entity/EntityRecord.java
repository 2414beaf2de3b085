package vn.backan.ocop.entity;

import java.util.List;

import vn.backan.ocop.validation.Issue;
import vn.backan.ocop.validation.Outcome;
import vn.backan.ocop.validation.RowOrigin;
import vn.backan.ocop.validation.StagedRow;

/** A row of sheet {@code Chủ thể}: a producing entity of the district. */
public record EntityRecord(RowOrigin origin, Outcome outcome, List<Issue> issues,
                           String name, String entityKey, String type, String communeCode, String taxCode,
                           Integer foundedYear, Long members, Long workers, String rowHash) implements StagedRow {

}
