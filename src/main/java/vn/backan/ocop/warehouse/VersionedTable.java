package vn.backan.ocop.warehouse;

import java.util.List;

/**
 * A warehouse table kept as versions, with the view that says what it should hold and the work table
 * publishing materializes that view into.
 *
 * @param key    the surrogate key column
 * @param keys   the natural key within the table (district_code is always part of it)
 * @param values the business columns, compared through row_hash
 */
record VersionedTable(String table, String key, String wanted, String work, List<String> keys, List<String> values) {

    static final List<String> LINEAGE = List.of("submission_id", "sheet_name", "excel_row");

    static final VersionedTable RATING = new VersionedTable("fct_rating", "rating_sk", "stg_current_rating", "stg_publish_rating",
            List.of("district_code", "product_key", "recognised_on"),
            List.of("product_code", "product_name", "set_no", "group_no", "entity_name", "entity_key", "commune_code",
                    "stars", "score", "certified", "expires_on", "decision_no", "recognition_level", "value_chain", "period_code",
                    "set_inferred"));

    static final VersionedTable ENTITY = new VersionedTable("dim_entity", "entity_sk", "stg_current_entity", "stg_publish_entity",
            List.of("district_code", "entity_key"),
            List.of("entity_name", "entity_type", "commune_code", "tax_code", "founded_year", "members", "workers", "period_code"));

    static final VersionedTable COMMUNE_INDICATOR = new VersionedTable("fct_commune_indicator", "indicator_sk",
            "stg_current_commune_indicator", "stg_publish_commune_indicator",
            List.of("district_code", "period_code", "commune_code"),
            List.of("ntm_year", "especially_difficult", "households", "poor_households"));

    static final VersionedTable SUPPORT = new VersionedTable("fct_support", "support_sk", "stg_current_support", "stg_publish_support",
            List.of("district_code", "support_type", "target_key", "support_year"),
            List.of("target", "commune_code", "amount", "funding_source", "period_code"));

    static final List<VersionedTable> ALL = List.of(RATING, ENTITY, COMMUNE_INDICATOR, SUPPORT);

    /** Every column a version row carries, in one order for insert and select. */
    List<String> columns() {
        java.util.List<String> all = new java.util.ArrayList<>(keys);
        all.addAll(values);
        all.add("row_hash");
        all.addAll(LINEAGE);
        return all;
    }

    String keyMatch(String left, String right) {
        return String.join(" and ", keys.stream().map(k -> left + "." + k + " = " + right + "." + k).toList());
    }
}
