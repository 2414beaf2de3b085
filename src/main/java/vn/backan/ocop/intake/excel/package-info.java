/**
 * Reading district workbooks: the only place in the project that reads Excel files with POI.
 *
 * <p>Entry point: {@link vn.backan.ocop.intake.excel.WorkbookReader#open(java.nio.file.Path)}. The
 * format comes from the bytes; .xlsx/.xlsm are streamed with StAX over POI's package layer (never
 * XSSFWorkbook), so a sheet of a million rows costs one row of memory plus the shared strings and
 * styles; .xls goes through HSSF in memory (refused as TOO_LARGE when the file would not fit the heap).
 *
 * <p>Cells come out raw: text as stored with the font of each run, because legacy Vietnamese fonts
 * (.VnTime = TCVN3, VNI-Times = VNI) are decoded elsewhere, from the font. Every file is untrusted:
 * zip bombs, DOCTYPEs (XXE), encryption, truncation, over-limit sizes and non-workbooks all end in a
 * {@link vn.backan.ocop.intake.excel.WorkbookException} of a stated kind with a one-line message.
 */
package vn.backan.ocop.intake.excel;
