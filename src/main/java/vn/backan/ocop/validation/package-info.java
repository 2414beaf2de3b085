/**
 * The vocabulary of validation that every layer shares: a problem found ({@link vn.backan.ocop.validation.Issue})
 * with its stable code ({@link vn.backan.ocop.validation.IssueCode}), kind and severity and its messages
 * in Vietnamese and English (bundles {@code messages/issues_{vi,en}.properties}); a row's origin and
 * outcome (loaded, loaded with warnings, rejected); the fingerprint that tells a changed fact from a
 * repeated one.
 *
 * <p>The rules themselves live with what they check (the sheet packages, {@code intake}, the warehouse's
 * cross-row checks). It may import {@code submission} and {@code text} only.
 */
package vn.backan.ocop.validation;
