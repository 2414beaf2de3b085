package vn.backan.ocop.product;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import vn.backan.ocop.validation.Issue;
import vn.backan.ocop.validation.Outcome;
import vn.backan.ocop.validation.RowOrigin;
import vn.backan.ocop.validation.StagedRow;

/**
 * A row of sheet {@code Sản phẩm}: one rating result of one product, normalized. On a rejected row the
 * fields that could not be read are null.
 *
 * @param productKey  the product's identity in its district: its code where given, else name + entity
 * @param setNumber   product set 1-26 of Decision 148, or null where only the group is known
 * @param groupNumber group I-VI of Decision 148
 * @param level       HUYEN, TINH or TRUNG_UONG, or null
 * @param producerAddress the producer's address below the commune (a village), where the table gives a full address
 * @param setInferred true when the set was inferred from the product's name (no set column)
 * @param dateDerived true when the recognition date was derived from the certificate's expiry
 * @param districtCode the district whose file sent the row (null where the file's district could not be told):
 *                    kept on the row so that cross-file rules seek other districts' copies by index
 */
public record ProductRecord(RowOrigin origin, Outcome outcome, List<Issue> issues,
                            String productCode, String productName, String productKey, String nameKey,
                            Integer setNumber, String groupNumber, String entityName, String entityKey,
                            String communeCode, Integer stars, BigDecimal score, LocalDate recognisedOn,
                            String decisionNumber, String level, boolean valueChain, String note, String rowHash,
                            String producerAddress, boolean setInferred, boolean dateDerived, String districtCode)
        implements StagedRow {

    /** OCOP certifies 3 stars and up; a certificate is valid for 36 months. */
    public boolean certified() {
        return stars != null && stars >= 3;
    }

    public LocalDate expiresOn() {
        return recognisedOn == null ? null : recognisedOn.plusMonths(36);
    }

}
