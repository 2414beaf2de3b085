/**
 * The warehouse read API: small public query classes and records through which the reports and the
 * template read the warehouse, so that no class outside {@code warehouse} names a {@code fct_},
 * {@code dim_}, {@code stg_}, {@code audit_} or {@code ref_} table.
 *
 * <ul>
 * <li>{@link vn.backan.ocop.warehouse.read.Ratings} ({@link vn.backan.ocop.warehouse.read.RatingRow}): the
 *     current ratings; the newest rating on a day and the valid-on-a-day rule come from the view
 *     {@code v_rating_span} (V60), the one definition the analyst views share; its
 *     {@link vn.backan.ocop.warehouse.read.Recognitions}, read once per report;</li>
 * <li>{@link vn.backan.ocop.warehouse.read.CommuneIndicators} ({@link vn.backan.ocop.warehouse.read.IndicatorRow}),
 *     {@link vn.backan.ocop.warehouse.read.SupportCounts}, {@link vn.backan.ocop.warehouse.read.ProgrammeTargets};</li>
 * <li>{@link vn.backan.ocop.warehouse.read.SubmissionsInForce}, {@link vn.backan.ocop.warehouse.read.IssueCounts};</li>
 * <li>{@link vn.backan.ocop.warehouse.read.Versions}: what a span of runs closed and opened;</li>
 * <li>{@link vn.backan.ocop.warehouse.read.PeriodRows}: the rows of one district's period, for a template's prefill.</li>
 * </ul>
 *
 * <p>Reads only; writing the warehouse is {@code warehouse}'s. SQL is lowercase, in text blocks, with
 * parameters bound, never built with {@code +}; cursors where a result grows with the country. May import
 * Spring JDBC (and its transaction synchronisation, to know a read holds one connection), {@code submission}
 * and {@code text}; nothing of {@code report}, {@code template} or above.
 */
package vn.backan.ocop.warehouse.read;
