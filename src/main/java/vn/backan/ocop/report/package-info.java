/**
 * The workbooks the job writes: the progress workbook for provincial staff ({@link vn.backan.ocop.report.ProgressReport},
 * one class per sheet where split out: {@code SubmissionsSheet}, {@code DashboardSheet}, {@code HistorySheet}),
 * and a feedback workbook per submission for the district clerk ({@link vn.backan.ocop.report.FeedbackReport}).
 * Figures are computed in bounded memory ({@code ProgressCalculator}, {@code SortedLines}) and written with
 * POI's streaming workbook, created by {@code StreamingWorkbook}. The progress workbook's reads that do not wait
 * for each other run beside the step's own ({@code SideReads}, in a read-only transaction each); the feedback
 * workbooks are written a few at a time ({@code Workers}). {@code WorkbookWarmUp} writes a throwaway workbook
 * ahead of them, on a thread of its own, while the job is still publishing.
 *
 * <p>Reads the warehouse through {@code warehouse.read} and the {@code warehouse} registry classes
 * ({@code Submission}, {@code SubmissionRegistry}, {@code SubmissionSheets}, {@code IssueStore}); names no
 * table itself, except {@code ReportHistory} and {@code RunFolders} ({@code audit_report}, {@code audit_run}),
 * which are to move. May import {@code submission}, {@code reference}, {@code text}, {@code validation},
 * {@code layout}, {@code intake} (to copy the district's sheets into the feedback workbook) and
 * {@code template} (the template's file name in the feedback); never {@code job} or {@code cli}.
 */
package vn.backan.ocop.report;
