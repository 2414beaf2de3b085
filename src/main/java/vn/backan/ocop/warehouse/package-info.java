/**
 * The database side of a run: registering submissions ({@code SubmissionIntake}, {@code SubmissionRegistry}),
 * staging the validated rows and their issues ({@code StagingWriter}, {@code IssueStore}, through COPY or
 * batched inserts), the review that elects the file in force and runs the cross-row rules
 * ({@code SubmissionReview}, {@code CrossRowChecks}), publishing into the versioned warehouse tables
 * ({@code Publisher}), and the audit of runs and sheets.
 *
 * <p>It knows the sheets only through {@link vn.backan.ocop.sheet.Sheets}: no class here names a sheet or
 * a sheet's {@code stg_}, {@code dim_} or {@code fct_} table; it owns the {@code audit_}, {@code ref_}
 * and {@code stg_issue} tables. SQL is lowercase, in text blocks or formatted templates whose
 * identifiers come from the descriptions. It may import {@code sheet}, {@code submission},
 * {@code validation}, {@code reference}, {@code intake} (discovery) and {@code intake.excel.CellRef};
 * never a sheet package, {@code job}, {@code report}, {@code template} nor {@code cli}.
 */
package vn.backan.ocop.warehouse;
