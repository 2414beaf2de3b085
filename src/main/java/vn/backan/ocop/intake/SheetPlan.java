package vn.backan.ocop.intake;

import vn.backan.ocop.intake.excel.SheetInfo;

/** Which sheet of a workbook is read for a sheet kind, and where its header is. */
public record SheetPlan(SheetKind kind, SheetInfo sheet, HeaderLayout header) {
}
