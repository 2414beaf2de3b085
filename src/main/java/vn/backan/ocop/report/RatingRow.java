package vn.backan.ocop.report;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A product's newest rating on or before the report date, as the warehouse holds it.
 *
 * @param communeCode the commune recorded (valid on the rating date); reports map it to the commune valid on D
 * @param entityType  HTX, DN, THT or HKD from the entity dimension, or null where the entity is not listed
 */
record RatingRow(String districtCode, String productKey, String productCode, String productName, Integer setNo,
                 String groupNo, String entityName, String entityKey, String entityType, String communeCode,
                 LocalDate recognisedOn, int stars, BigDecimal score, String decisionNo, String level,
                 boolean valueChain, LocalDate expiresOn) {

    boolean validOn(LocalDate date) {
        return stars >= 3 && !recognisedOn.isAfter(date) && expiresOn.isAfter(date);
    }
}
