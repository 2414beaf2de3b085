/**
 * The submission template a district fills in ({@link vn.backan.ocop.template.SubmissionTemplate}): its data
 * sheets with dropdowns and checks, the column guide, the lists and the instructions, optionally prefilled
 * with the district's previous period in force ({@link vn.backan.ocop.template.PreviousPeriod}).
 *
 * <p>May import {@code submission} (the sheets and columns it writes), {@code reference}, {@code text},
 * {@code validation} (the rules a column is checked against), the sheets' enums ({@code entity},
 * {@code product}, {@code support}), {@code layout} and {@code warehouse.read} for the prefill; never
 * {@code intake}, {@code report}, {@code job} or {@code cli}, and no SQL.
 */
package vn.backan.ocop.template;
