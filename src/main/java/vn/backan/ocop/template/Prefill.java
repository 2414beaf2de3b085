package vn.backan.ocop.template;

import java.util.List;
import java.util.Map;

import vn.backan.ocop.submission.Column;

/**
 * What a template is prefilled with: the rows in force of the district's previous period, as the
 * clerk would type them (labels from the template's own lists, numbers, dates), so that the clerk
 * updates them rather than retyping.
 *
 * @param fromPeriod the period the rows come from, or null when there is none
 * @param fromFile   the file in force for that period
 * @param products   rows of {@code Sản phẩm}, in the order of that file
 * @param entities   rows of {@code Chủ thể}
 * @param communes   the values of {@code Xã} by commune name as the template lists it
 */
public record Prefill(String fromPeriod, String fromFile, List<Map<Column, Object>> products,
                      List<Map<Column, Object>> entities, Map<String, Map<Column, Object>> communes) {

    public static final Prefill NONE = new Prefill(null, null, List.of(), List.of(), Map.of());

    public boolean isEmpty() {
        return products.isEmpty() && entities.isEmpty() && communes.isEmpty();
    }
}
