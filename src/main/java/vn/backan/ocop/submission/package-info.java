/**
 * What a district submission is, independent of how it is read or stored: its sheets
 * ({@link vn.backan.ocop.submission.SheetKind}), the columns of each sheet with the header the template
 * writes and the aliases people really use ({@link vn.backan.ocop.submission.Column}), how a value is
 * demanded ({@link vn.backan.ocop.submission.Presence}) and the reporting periods
 * ({@link vn.backan.ocop.submission.Period}).
 *
 * <p>The contract that the reader ({@code intake}), the sheets, the template, the warehouse and the reports
 * share. It may import {@code text} only; nothing of the project may be imported by it otherwise.
 */
package vn.backan.ocop.submission;
