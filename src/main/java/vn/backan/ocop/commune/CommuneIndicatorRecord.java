package vn.backan.ocop.commune;

import java.util.List;

import vn.backan.ocop.validation.Issue;
import vn.backan.ocop.validation.Outcome;
import vn.backan.ocop.validation.RowOrigin;
import vn.backan.ocop.validation.StagedRow;

/** A row of sheet {@code Xã}: one commune's indicators for the submission's period. */
public record CommuneIndicatorRecord(RowOrigin origin, Outcome outcome, List<Issue> issues,
                                     String communeCode, Integer ntmYear, boolean especiallyDifficult,
                                     Long households, Long poorHouseholds, String rowHash) implements StagedRow {

}
