package vn.backan.ocop.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What a run changed in the warehouse: the versions it closed and opened, paired by natural key into
 * additions, removals and changes with the values before and after.
 */
@Repository
class ChangeQueries {

    /** A versioned table as the change list shows it. */
    private record Table(String name, String label, List<String> keys, String title, List<String> values) {
    }

    private static final List<Table> TABLES = List.of(
            new Table("fct_rating", "Sản phẩm", List.of("district_code", "product_key", "recognised_on"), "product_name",
                    List.of("stars", "score", "recognised_on", "expires_on", "decision_no", "recognition_level", "set_no",
                            "group_no", "entity_name", "commune_code", "value_chain", "product_code")),
            new Table("dim_entity", "Chủ thể", List.of("district_code", "entity_key"), "entity_name",
                    List.of("entity_type", "commune_code", "tax_code", "founded_year", "members", "workers")),
            new Table("fct_commune_indicator", "Chỉ tiêu xã", List.of("district_code", "period_code", "commune_code"),
                    "commune_code", List.of("ntm_year", "especially_difficult", "households", "poor_households")),
            new Table("fct_support", "Hỗ trợ", List.of("district_code", "support_type", "target_key", "support_year"), "target",
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

    private final JdbcTemplate jdbc;
    private final ChangeValues values;

    ChangeQueries(JdbcTemplate jdbc, vn.backan.ocop.reference.ReferenceData reference) {
        this.jdbc = jdbc;
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
            Map<String, Map<String, Object>> closed = versions(t, "valid_to_run", runs);
            Map<String, Map<String, Object>> opened = versions(t, "valid_from_run", runs);
            if (earlierRatings == null) {
                earlierRatings = earlierRatings(runs, opened.values());
            }
            Map<String, String> earlier = earlierRatings;
            int unlisted = count(t, "valid_to_run", runs) - closed.size() + count(t, "valid_from_run", runs) - opened.size();
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
        java.util.Comparator<String> vi = vn.backan.ocop.text.VietnameseCollator.get();
        List<String> tables = TABLES.stream().map(Table::label).toList();
        changes.sort(java.util.Comparator.comparing((Change c) -> tables.indexOf(c.table()))
                .thenComparing(Change::districtCode).thenComparing(Change::title, vi).thenComparing(Change::kind)
                .thenComparing(Change::location));
        return changes;
    }

    /**
     * For the listed ratings the runs opened: the product's previous current rating, as "Số sao: 4
     * (2018-12-12)". Only those listed are kept: a first load re-rates a country's products.
     */
    private Map<String, String> earlierRatings(RunSpan runs, java.util.Collection<Map<String, Object>> listed) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        listed.forEach(row -> keys.add(row.get("district_code") + "|" + row.get("product_key")));
        Map<String, String> earlier = new LinkedHashMap<>();
        jdbc.query("select o.district_code, o.product_key, o.stars, o.recognised_on from fct_rating o "
                + "join fct_rating n on n.district_code = o.district_code and n.product_key = o.product_key "
                + "and n.valid_from_run between ? and ? and o.recognised_on < n.recognised_on "
                + "where o.valid_to_run is null order by o.recognised_on", rs -> {
                    String key = rs.getString(1) + "|" + rs.getString(2);
                    if (keys.contains(key)) {
                        earlier.put(key, LABELS.get("stars") + ": " + rs.getInt(3) + " ("
                                + SheetWriter.DAY.format(rs.getDate(4).toLocalDate()) + ")");
                    }
                }, runs.first(), runs.last());
        return earlier;
    }

    private Map<String, Map<String, Object>> versions(Table t, String runColumn, RunSpan runs) {
        Map<String, Map<String, Object>> byKey = new LinkedHashMap<>();
        for (Map<String, Object> row : jdbc.queryForList("select v.*, s.file_name from " + t.name() + " v "
                + "join audit_submission s on s.submission_id = v.submission_id where " + inSpan(runColumn) + " "
                + "order by " + String.join(", ", t.keys().stream().map(k -> "v." + k).toList())
                + " fetch first " + LISTED + " rows only", spanArgs(runColumn, runs))) {
            Map<String, Object> lower = new LinkedHashMap<>();
            row.forEach((column, value) -> lower.put(column.toLowerCase(java.util.Locale.ROOT), value));
            byKey.put(String.join("|", t.keys().stream().map(k -> String.valueOf(lower.get(k))).toList()), lower);
        }
        return byKey;
    }

    private int count(Table t, String runColumn, RunSpan runs) {
        Integer count = jdbc.queryForObject("select count(*) from " + t.name() + " v where " + inSpan(runColumn),
                Integer.class, spanArgs(runColumn, runs));
        return count == null ? 0 : count;
    }

    /**
     * Versions closed by the span that existed before it, and versions opened by it that outlive it: a
     * version one run of the span opened and the next closed never reached a workbook, and is not a change.
     */
    private static String inSpan(String runColumn) {
        return runColumn.equals("valid_to_run")
                ? "v.valid_to_run between ? and ? and v.valid_from_run < ?"
                : "v.valid_from_run between ? and ? and (v.valid_to_run is null or v.valid_to_run > ?)";
    }

    private static Object[] spanArgs(String runColumn, RunSpan runs) {
        return new Object[] {runs.first(), runs.last(), runColumn.equals("valid_to_run") ? runs.first() : runs.last()};
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
        if (a instanceof java.math.BigDecimal x && b instanceof java.math.BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }
}
