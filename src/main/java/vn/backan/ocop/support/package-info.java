/**
 * Sheet {@code Hỗ trợ}, whole: the supports given (SupportRecord), their mapper and the description SupportSheet (stg_support, fct_support).
 *
 * <p>A new column of this sheet goes here (record field, mapper, one line of the staging table in the
 * description, and the warehouse column list if it is published) plus a migration and the column in
 * {@code submission.Column}. It may import {@code sheet}, {@code submission}, {@code intake} (reading a
 * row's fields, not {@code intake.excel}), {@code reference}, {@code text}, {@code validation} and
 * Spring's stereotypes; never {@code warehouse}, {@code job}, {@code report}, {@code template},
 * {@code cli} nor another sheet package.
 */
package vn.backan.ocop.support;
