package vn.backan.ocop.intake;

import vn.backan.ocop.submission.SheetKind;

/** Where reading of a submission stands: the sheet kind and the Excel row last handed out. */
public record RowPosition(SheetKind kind, int rowNumber) {
}
