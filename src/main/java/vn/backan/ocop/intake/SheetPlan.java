package vn.backan.ocop.intake;

import vn.backan.ocop.submission.SheetKind;
import vn.backan.ocop.intake.excel.SheetInfo;

/**
 * Which sheet of a workbook is read for a sheet kind, where its header is, what its title states for every
 * row (an official table's decision, star level), and whether its first rows under the header hold data.
 */
public record SheetPlan(SheetKind kind, SheetInfo sheet, HeaderLayout header, StatedFacts title, boolean hasData) {

    public SheetPlan(SheetKind kind, SheetInfo sheet, HeaderLayout header) {
        this(kind, sheet, header, StatedFacts.NONE, true);
    }
}
