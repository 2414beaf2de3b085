/**
 * The reference data, loaded once from the classpath and immutable: the gazetteer of Bắc Kạn's
 * districts and communes with their former names and the matching of a written address or commune to
 * it, and the OCOP product classification (sets, groups and the keywords that infer them from a
 * product's name).
 *
 * <p>It may import {@code text} (to fold and match Vietnamese names) and {@code submission} (the programme's
 * dates); every layer above may import it.
 */
package vn.backan.ocop.reference;
