package vn.backan.ocop.warehouse.read;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A product's newest current rating on a day, as {@code v_rating_span} holds it.
 *
 * @param communeCode the commune recorded (valid on the rating date); reports map it to the commune valid on D
 * @param entityType  HTX, DN, THT or HKD from the entity dimension, or null where the entity is not listed
 * @param validUntil  the first day it is no longer a valid certificate ({@code v_rating_span.valid_until}):
 *                    null below 3 stars
 */
public record RatingRow(String districtCode, String productKey, String productCode, String productName, Integer setNo,
                        String groupNo, String entityName, String entityKey, String entityType, String communeCode,
                        LocalDate recognisedOn, int stars, BigDecimal score, String decisionNo, String level,
                        boolean valueChain, LocalDate expiresOn, LocalDate validUntil) {

    /**
     * Whether it is a valid certificate on {@code date}. Not a second copy of the rule: the rule is the
     * span the view computed ({@code V60__create_v_rating_span.sql}); this compares a day with that span,
     * as {@link Recognitions#validOn} does with the spans the database counted. {@code ReportsOnTheSampleTest.javaSqlAndTheRawRatingsAgreeOnWhatIsValid}
     * checks the two agree, and agree with the rule recalculated from the raw ratings.
     */
    public boolean validOn(LocalDate date) {
        return validUntil != null && !recognisedOn.isAfter(date) && date.isBefore(validUntil);
    }
}
