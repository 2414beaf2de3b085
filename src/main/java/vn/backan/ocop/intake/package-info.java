/**
 * Reading a district's submission: finding the files in the input folder, recognising each file's
 * district and period, locating each data sheet's header and its columns (the template's headers or
 * the aliases people use), telling data rows from titles, totals and notes, and handing on every row
 * with its source (file, sheet, Excel row, column) as {@link vn.backan.ocop.intake.SourceRow}; what
 * cannot be read becomes an {@code Issue} naming the place.
 *
 * <p>It may import {@code intake.excel} (the cells), {@code submission} (the contract), {@code text},
 * {@code reference} and {@code validation}. The sheet packages, the warehouse, the reports and the job
 * build on it; it imports none of them.
 */
package vn.backan.ocop.intake;
