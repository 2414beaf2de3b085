package vn.backan.ocop.intake;

import vn.backan.ocop.intake.excel.SheetInfo;

/**
 * Which sheet of a workbook is read for a sheet kind, where its header is, and what its title states for
 * every row (an official table's decision, star level).
 */
public record SheetPlan(SheetKind kind, SheetInfo sheet, HeaderLayout header, StatedFacts title) {

    public SheetPlan(SheetKind kind, SheetInfo sheet, HeaderLayout header) {
        this(kind, sheet, header, StatedFacts.NONE);
    }
}
