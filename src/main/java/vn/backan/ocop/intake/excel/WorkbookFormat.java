package vn.backan.ocop.intake.excel;

/** The container formats {@link WorkbookReader} reads, as detected from the file's bytes. */
public enum WorkbookFormat {
    /** Office Open XML workbook (.xlsx, also .xltx templates). */
    XLSX,
    /** Macro-enabled Office Open XML workbook (.xlsm, .xltm, .xlam); the macros are never run. */
    XLSM,
    /** Excel 97-2003 BIFF8 workbook (.xls). */
    XLS
}
