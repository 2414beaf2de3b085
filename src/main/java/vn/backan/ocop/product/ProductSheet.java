package vn.backan.ocop.product;

import static vn.backan.ocop.sheet.SqlType.BOOLEAN;
import static vn.backan.ocop.sheet.SqlType.DATE;
import static vn.backan.ocop.sheet.SqlType.INTEGER;
import static vn.backan.ocop.sheet.SqlType.numeric;
import static vn.backan.ocop.sheet.SqlType.varchar;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.backan.ocop.sheet.DerivedColumn;
import vn.backan.ocop.sheet.DuplicateKey;
import vn.backan.ocop.sheet.SheetDescription;
import vn.backan.ocop.sheet.SqlColumn;
import vn.backan.ocop.sheet.StagedColumn;
import vn.backan.ocop.sheet.StagingTable;
import vn.backan.ocop.sheet.WarehouseTable;
import vn.backan.ocop.submission.Column;
import vn.backan.ocop.submission.SheetKind;

/** Sheet {@code Sản phẩm}: staged in stg_product, published as the versioned ratings of fct_rating. */
@Component
public final class ProductSheet extends SheetDescription {

    static final StagingTable<ProductRecord> STAGING = StagingTable.of("stg_product", ProductRecord.class,
            StagedColumn.of("product_code", varchar(100), ProductRecord::productCode),
            StagedColumn.of("product_name", varchar(500), ProductRecord::productName),
            StagedColumn.of("product_key", varchar(1200), ProductRecord::productKey),
            StagedColumn.of("name_key", varchar(500), ProductRecord::nameKey),
            StagedColumn.of("set_no", INTEGER, ProductRecord::setNumber),
            StagedColumn.of("group_no", varchar(4), ProductRecord::groupNumber),
            StagedColumn.of("entity_name", varchar(500), ProductRecord::entityName),
            StagedColumn.of("entity_key", varchar(500), ProductRecord::entityKey),
            StagedColumn.of("commune_code", varchar(5), ProductRecord::communeCode),
            StagedColumn.of("stars", INTEGER, ProductRecord::stars),
            StagedColumn.of("score", numeric(6, 2), ProductRecord::score),
            StagedColumn.of("recognised_on", DATE, ProductRecord::recognisedOn),
            StagedColumn.of("expires_on", DATE, ProductRecord::expiresOn),
            StagedColumn.of("decision_no", varchar(200), ProductRecord::decisionNumber),
            StagedColumn.of("recognition_level", varchar(12), ProductRecord::level),
            StagedColumn.of("value_chain", BOOLEAN, ProductRecord::valueChain),
            StagedColumn.of("note", varchar(2000), ProductRecord::note),
            StagedColumn.of("row_hash", varchar(32), ProductRecord::rowHash),
            StagedColumn.of("producer_address", varchar(500), ProductRecord::producerAddress),
            StagedColumn.of("set_inferred", BOOLEAN, ProductRecord::setInferred),
            StagedColumn.of("date_derived", BOOLEAN, ProductRecord::dateDerived),
            StagedColumn.of("district_code", varchar(3), ProductRecord::districtCode));

    /**
     * The day the product's next current rating was recognised, null for its newest: the end of the span in
     * which this rating is the product's newest, which v_rating_span (V60, V94) and every report compare their
     * day with. Stored, because computing it on each read was 2.5 of the 3.5 s a pass over the 300,000
     * ratings of the 41-file benchmark took, and the report makes ten passes.
     */
    private static final DerivedColumn NEWEST_UNTIL = new DerivedColumn(SqlColumn.of("newest_until", DATE), """
            (select min(n.recognised_on) from stg_publish_rating n
             where n.run_id = w.run_id and n.district_code = w.district_code and n.product_key = w.product_key
               and n.recognised_on > w.recognised_on)""");

    /**
     * The day the product's latest earlier certified (3 stars and up) current rating was recognised, null
     * where there is none: a certified rating dated within a window whose product has no such day on or after
     * the window's start is the product's first recognition in it, so that counting distinct products
     * recognised in a window is a count by day (Recognitions), not a distinct over every current rating.
     */
    private static final DerivedColumn PREVIOUS_CERTIFIED_ON = new DerivedColumn(SqlColumn.of("previous_certified_on", DATE), """
            (select max(n.recognised_on) from stg_publish_rating n
             where n.run_id = w.run_id and n.district_code = w.district_code and n.product_key = w.product_key
               and n.recognised_on < w.recognised_on and n.certified)""");

    private static final WarehouseTable WAREHOUSE = new WarehouseTable("fct_rating", "rating_sk", "stg_offered_rating",
            "stg_publish_rating",
            List.of(WarehouseTable.DISTRICT, staged("product_key"), staged("recognised_on")),
            List.of(staged("product_code"), staged("product_name"), staged("set_no"), staged("group_no"),
                    staged("entity_name"), staged("entity_key"), staged("commune_code"), staged("stars"), staged("score"),
                    SqlColumn.of("certified", BOOLEAN), staged("expires_on"), staged("decision_no"),
                    staged("recognition_level"), staged("value_chain"), WarehouseTable.PERIOD, staged("set_inferred")),
            List.of(NEWEST_UNTIL, PREVIOUS_CERTIFIED_ON));

    private static SqlColumn staged(String name) {
        return STAGING.column(name);
    }

    public ProductSheet() {
        super(SheetKind.PRODUCT, reference -> new ProductRowMapper(reference)::map, STAGING, WAREHOUSE,
                DuplicateKey.of(Column.PRODUCT_NAME, "product_key", "recognised_on").shownAs("product_name"),
                List.of(new EntityNotInSheet(), new RatingDiffersFromEarlier(), new ProductInOtherDistrict()));
    }
}
