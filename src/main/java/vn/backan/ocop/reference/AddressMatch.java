package vn.backan.ocop.reference;

/**
 * A full address read against the gazetteer.
 *
 * @param commune  what its commune part resolves to
 * @param village  the parts below the commune (the producer's own address), or null
 * @param district the district the address names, where it names one
 */
public record AddressMatch(CommuneMatch commune, String village, District district) {
}
