package vn.backan.ocop.validation;

/** Where a row came from: the lineage every staged row and fact keeps. */
public record RowOrigin(long submissionId, String sheetKind, String sheetName, int rowNumber) {
}
