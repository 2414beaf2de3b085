/**
 * What a data sheet is to the pipeline, as one description per sheet
 * ({@link vn.backan.ocop.sheet.SheetDescription}): its row mapper, its staging table with each column's
 * SQL type and size and the record field it stores, its versioned warehouse table (surrogate key, wanted
 * view, work table, business key, value columns), its duplicate key and its cross-row rules.
 * {@link vn.backan.ocop.sheet.Sheets} lists the descriptions Spring finds, in sheet order; the warehouse
 * and the job iterate over it and name no sheet.
 *
 * <p>The descriptions live in the sheet packages ({@code product}, {@code entity}, {@code commune},
 * {@code support}); this package only says their shape. It may import {@code submission},
 * {@code validation}, {@code reference} (the mappers' reference data), {@code intake} (the source row
 * only) and Spring's JDBC; never {@code warehouse}, {@code job}, {@code report}, {@code template},
 * {@code cli} nor a sheet package. {@link vn.backan.ocop.sheet.ExcelRows} is the SQL by which a rule
 * and the warehouse read some rows of a submission by Excel row.
 */
package vn.backan.ocop.sheet;
