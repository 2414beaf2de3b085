/**
 * Sheet {@code Sản phẩm}, whole: the product ratings (ProductRecord), their mapper, the product description ProductSheet (stg_product, fct_rating) and the product's three cross-row rules (entity not in the entity sheet, rating differing from an earlier period's copy, product reported by another district), whose queries may read audit_submission and ref_district; the last one also keeps each district's products in force, counted by the files in force that report them, in int_product_in_force (ProductsInForce: by what changed since the last review, with the files counted in int_product_in_force_file) and its run's answer in int_product_elsewhere.
 *
 * <p>A new column of this sheet goes here (record field, mapper, one line of the staging table in the
 * description, and the warehouse column list if it is published) plus a migration and the column in
 * {@code submission.Column}. It may import {@code sheet}, {@code submission}, {@code intake} (reading a
 * row's fields, not {@code intake.excel}), {@code reference}, {@code text}, {@code validation} and
 * Spring's stereotypes; never {@code warehouse}, {@code job}, {@code report}, {@code template},
 * {@code cli} nor another sheet package.
 */
package vn.backan.ocop.product;
