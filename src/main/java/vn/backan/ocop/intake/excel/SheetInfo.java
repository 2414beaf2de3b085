package vn.backan.ocop.intake.excel;

/**
 * A sheet of a workbook.
 *
 * @param index  0-based position in workbook order (the order of the tabs)
 * @param name   the sheet name as shown on its tab
 * @param hidden true for hidden and "very hidden" sheets
 */
public record SheetInfo(int index, String name, boolean hidden) {
}
