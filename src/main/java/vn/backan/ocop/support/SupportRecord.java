package vn.backan.ocop.support;

import java.math.BigDecimal;
import java.util.List;

import vn.backan.ocop.validation.Issue;
import vn.backan.ocop.validation.Outcome;
import vn.backan.ocop.validation.RowOrigin;
import vn.backan.ocop.validation.StagedRow;

/** A row of sheet {@code Hỗ trợ}: one support given, identified by (type, target, year). */
public record SupportRecord(RowOrigin origin, Outcome outcome, List<Issue> issues,
                            String type, String target, String targetKey, String communeCode, Integer year,
                            BigDecimal amount, String fundingSource, String rowHash) implements StagedRow {

}
