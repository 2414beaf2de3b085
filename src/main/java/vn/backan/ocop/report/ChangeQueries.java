package vn.backan.ocop.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Service;

import vn.backan.ocop.reference.ReferenceData;
import vn.backan.ocop.text.VietnameseCollator;
import vn.backan.ocop.warehouse.read.Versions;
import vn.backan.ocop.warehouse.read.Versions.Side;

/**
 * What a run changed in the warehouse: the versions it closed and opened, paired by natural key into
 * additions, removals and changes with the values before and after.
 */
@Service
class ChangeQueries {

    /** A versioned table as the change list shows it: its label, the column that names a row, the values compared. */
    private record Table(Versions.Table table, String label, String title, List<String> values) {

        String name() {
            return table.tableName();
        }

        List<String> keys() {
            return table.keys();
        }
    }

    private static final List<Table> TABLES = List.of(
            new Table(Versions.Table.RATING, "Sản phẩm", "product_name",
                    List.of("stars", "score", "recognised_on", "expires_on", "decision_no", "recognition_level", "set_no",
                            "group_no", "entity_name", "commune_code", "value_chain", "product_code")),
            new Table(Versions.Table.ENTITY, "Chủ thể", "entity_name",
                    List.of("entity_type", "commune_code", "tax_code", "founded_year", "members", "workers")),
            new Table(Versions.Table.COMMUNE_INDICATOR, "Chỉ tiêu xã",
                    "commune_code", List.of("ntm_year", "especially_difficult", "households", "poor_households")),
            new Table(Versions.Table.SUPPORT, "Hỗ trợ", "target",
                    List.of("support_type", "support_year", "commune_code", "amount", "funding_source")));

    static final Map<String, String> LABELS = Map.ofEntries(Map.entry("stars", "Số sao"), Map.entry("score", "Điểm"),
            Map.entry("recognised_on", "Ngày công nhận"), Map.entry("expires_on", "Hết hạn"),
            Map.entry("decision_no", "Số quyết định"), Map.entry("recognition_level", "Cấp công nhận"),
            Map.entry("set_no", "Bộ SP"), Map.entry("group_no", "Ngành"), Map.entry("entity_name", "Chủ thể"),
            Map.entry("commune_code", "Xã"), Map.entry("value_chain", "Chuỗi giá trị"), Map.entry("product_code", "Mã SP"),
            Map.entry("entity_type", "Loại hình"), Map.entry("tax_code", "Mã số thuế"), Map.entry("founded_year", "Năm thành lập"),
            Map.entry("members", "Số thành viên"), Map.entry("workers", "Số lao động"), Map.entry("ntm_year", "Năm đạt chuẩn NTM"),
            Map.entry("especially_difficult", "Xã ĐBKK"), Map.entry("households", "Tổng số hộ"),
            Map.entry("poor_households", "Số hộ nghèo"), Map.entry("support_type", "Loại hỗ trợ"),
            Map.entry("support_year", "Năm"), Map.entry("amount", "Kinh phí"), Map.entry("funding_source", "Nguồn vốn"));

    private final Versions versions;
    private final ChangeValues values;

    ChangeQueries(Versions versions, ReferenceData reference) {
        this.versions = versions;
        this.values = new ChangeValues(reference.gazetteer());
    }

    /**
     * One change: kind is "Thêm", "Bỏ" or "Sửa"; before/after list only the values that differ, as
     * staff read them (Vietnamese labels, dates dd/mm/yyyy).
     *
     * @param codes the warehouse's table and natural key, for filtering and for finding the row
     */
    record Change(String table, String kind, String districtCode, String title, String before, String after,
                  String fileName, String location, String codes) {
    }

    /**
     * Versions listed per table and side (opened, closed). A first load opens every row; listing a
     * country's worth of additions would neither fit in memory nor help anyone, so the rest is counted.
     */
    static final int LISTED = 2000;

    List<Change> of(RunSpan runs) {
        List<Change> changes = new ArrayList<>();
        Map<String, String> earlierRatings = null;
        for (Table t : TABLES) {
            Versions.Listing closedVersions = versions.listing(t.table(), Side.CLOSED, runs.first(), runs.last(), LISTED);
            Versions.Listing openedVersions = versions.listing(t.table(), Side.OPENED, runs.first(), runs.last(), LISTED);
            Map<String, Map<String, Object>> closed = byKey(t, closedVersions);
            Map<String, Map<String, Object>> opened = byKey(t, openedVersions);
            if (earlierRatings == null) {
                earlierRatings = earlierRatings(opened.values());
            }
            Map<String, String> earlier = earlierRatings;
            int unlisted = closedVersions.count() - closed.size() + openedVersions.count() - opened.size();
            opened.forEach((key, now) -> {
                Map<String, Object> was = closed.remove(key);
                Change change = change(t, was == null ? "Thêm" : "Sửa", was, now);
                String before = t == TABLES.get(0) && was == null
                        ? earlier.get(now.get("district_code") + "|" + now.get("product_key")) : null;
                // A new rating of a product rated before is a re-rating, not a new product.
                changes.add(before == null ? change : new Change(change.table(), "Đánh giá lại", change.districtCode(),
                        change.title(), before, change.after(), change.fileName(), change.location(), change.codes()));
            });
            closed.values().forEach(was -> changes.add(change(t, "Bỏ", was, null)));
            if (unlisted > 0) {
                changes.add(new Change(t.label(), "…", "", "Còn " + unlisted + " phiên bản thêm hoặc bỏ không liệt kê ở đây "
                        + "(bảng " + t.name() + " của kho dữ liệu có đủ)", "", "", "", "", t.name()));
            }
        }
        // Tables in their fixed order (the list is built table by table), then a total order within each.
        Comparator<String> vi = VietnameseCollator.get();
        List<String> tables = TABLES.stream().map(Table::label).toList();
        changes.sort(Comparator.comparing((Change c) -> tables.indexOf(c.table()))
                .thenComparing(Change::districtCode).thenComparing(Change::title, vi).thenComparing(Change::kind)
                .thenComparing(Change::location));
        return changes;
    }

    /**
     * For the listed ratings the runs opened: the product's previous current rating, as "Số sao: 4
     * (2018-12-12)". Only those listed are kept: a first load re-rates a country's products.
     */
    private Map<String, String> earlierRatings(Collection<Map<String, Object>> listed) {
        List<Long> ratings = listed.stream().map(row -> ((Number) row.get("rating_sk")).longValue()).toList();
        Map<String, String> earlier = new LinkedHashMap<>();
        versions.earlierRatings(ratings, r -> earlier.put(r.districtCode() + "|" + r.productKey(),
                LABELS.get("stars") + ": " + r.stars() + " (" + SheetWriter.DAY.format(r.recognisedOn()) + ")"));
        return earlier;
    }

    private static Map<String, Map<String, Object>> byKey(Table t, Versions.Listing listing) {
        Map<String, Map<String, Object>> byKey = new LinkedHashMap<>();
        for (Map<String, Object> row : listing.rows()) {
            byKey.put(String.join("|", t.keys().stream().map(k -> String.valueOf(row.get(k))).toList()), row);
        }
        return byKey;
    }

    private Change change(Table t, String kind, Map<String, Object> was, Map<String, Object> now) {
        Map<String, Object> shown = now != null ? now : was;
        StringBuilder before = new StringBuilder();
        StringBuilder after = new StringBuilder();
        for (String column : t.values()) {
            Object a = was == null ? null : was.get(column);
            Object b = now == null ? null : now.get(column);
            if (was != null && now != null && same(a, b)) {
                continue;
            }
            if (was != null) {
                append(before, column, a);
            }
            if (now != null) {
                append(after, column, b);
            }
        }
        String title = t.title().equals("commune_code") ? values.shown(t.title(), shown.get(t.title())) : String.valueOf(shown.get(t.title()));
        String codes = t.name() + " " + String.join(" ", t.keys().stream().map(k -> String.valueOf(shown.get(k))).toList());
        return new Change(t.label(), kind, String.valueOf(shown.get("district_code")), title,
                before.toString(), after.toString(), String.valueOf(shown.get("file_name")),
                shown.get("sheet_name") + ", dòng " + shown.get("excel_row"), codes);
    }

    private void append(StringBuilder text, String column, Object value) {
        if (value == null) {
            return;
        }
        if (!text.isEmpty()) {
            text.append("; ");
        }
        text.append(LABELS.getOrDefault(column, column)).append(": ").append(values.shown(column, value));
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }
}
