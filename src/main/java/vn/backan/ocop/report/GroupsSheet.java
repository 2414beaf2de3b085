package vn.backan.ocop.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.backan.ocop.submission.Programme;

/** {@code Theo bộ sản phẩm}: valid products by group and product set, with the groups' and the province's totals. */
record GroupsSheet(Progress p, Heading heading) {

    void write(SheetWriter w) {
        heading.write(w, "SẢN PHẨM OCOP CÒN HIỆU LỰC THEO BỘ SẢN PHẨM (QUYẾT ĐỊNH 148/QĐ-TTg)",
                "6 ngành, 26 bộ sản phẩm. Dòng in đậm là tổng của ngành; dòng Toàn tỉnh là tổng các ngành.");
        w.header("Ngành", "Tên ngành", "Bộ SP", "Tên bộ sản phẩm", "3 sao", "4 sao", "5 sao", "Tổng");
        Map<String, List<Progress.GroupLine>> byGroup = new LinkedHashMap<>();
        p.groups().forEach(g -> byGroup.computeIfAbsent(g.groupNumber(), k -> new ArrayList<>()).add(g));
        List<Integer> groupRows = new ArrayList<>();
        int[] all = new int[6];
        for (Map.Entry<String, List<Progress.GroupLine>> group : byGroup.entrySet()) {
            int row = w.rowIndex() + 1;
            int from = row + 1;
            int to = row + group.getValue().size();
            int[] sum = new int[6];
            group.getValue().forEach(g -> {
                for (int s = Programme.CERTIFIED_STARS; s <= Programme.MAX_STARS; s++) {
                    sum[s] += g.byStars()[s];
                }
            });
            Object[] values = new Object[8];
            values[0] = group.getKey();
            values[1] = group.getValue().get(0).groupName();
            for (int s = Programme.CERTIFIED_STARS; s <= Programme.MAX_STARS; s++) {
                String c = Cells.column(4 + s - Programme.CERTIFIED_STARS);
                values[4 + s - Programme.CERTIFIED_STARS] = Cells.formula("SUM(" + c + from + ":" + c + to + ")", sum[s]);
                all[s] += sum[s];
            }
            values[7] = Cells.formula("SUM(E" + row + ":G" + row + ")", sum[3] + sum[4] + sum[5]);
            w.boldRow(values);
            groupRows.add(row);
            for (Progress.GroupLine g : group.getValue()) {
                int[] s = g.byStars();
                int r = w.rowIndex() + 1;
                w.row(null, null, g.setNumber(), g.setName() == null ? "(chưa rõ bộ sản phẩm)" : g.setName(),
                        s[3], s[4], s[5], Cells.formula("SUM(E" + r + ":G" + r + ")", s[3] + s[4] + s[5]));
            }
        }
        Object[] totals = new Object[8];
        totals[1] = "Toàn tỉnh";
        for (int s = Programme.CERTIFIED_STARS; s <= Programme.MAX_STARS; s++) {
            String c = Cells.column(4 + s - Programme.CERTIFIED_STARS);
            totals[4 + s - Programme.CERTIFIED_STARS] = Cells.formula(String.join("+", groupRows.stream().map(r -> c + r).toList()), all[s]);
        }
        int r = w.rowIndex() + 1;
        totals[7] = Cells.formula("SUM(E" + r + ":G" + r + ")", all[3] + all[4] + all[5]);
        w.boldRow(totals);
        w.finish(false);
    }
}
