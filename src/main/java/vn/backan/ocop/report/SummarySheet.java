package vn.backan.ocop.report;

import vn.backan.ocop.entity.EntityType;
import vn.backan.ocop.submission.Programme;
import vn.backan.ocop.support.SupportType;

/** {@code Tổng hợp}: the headline figures with their definitions, pointing at the province row of {@code Theo huyện}. */
record SummarySheet(Progress p, Heading heading) {

    void write(SheetWriter w, int totalsRow) {
        Tally t = p.province();
        heading.write(w, "CHƯƠNG TRÌNH OCOP TỈNH BẮC KẠN — TỔNG HỢP",
                "Số sản phẩm, chủ thể và xã lấy từ dòng Toàn tỉnh của sheet " + ProgressWorkbook.DISTRICTS + " (là tổng các huyện, thành phố).");
        w.width(0, 44).width(2, 90);
        w.header("Chỉ tiêu", "Giá trị", "Định nghĩa");
        String d = ProgressWorkbook.DISTRICTS;
        w.section("Sản phẩm OCOP");
        w.row("Sản phẩm OCOP còn hiệu lực", Cells.ref(d, totalsRow, DistrictsSheet.D_TOTAL, t.valid(), false),
                "Sản phẩm có lần đánh giá mới nhất đến ngày báo cáo đạt 3-5 sao và được công nhận chưa quá %d tháng"
                        .formatted(Programme.CERTIFICATE_MONTHS));
        for (int stars = Programme.CERTIFIED_STARS; stars <= Programme.MAX_STARS; stars++) {
            w.row("   trong đó " + stars + " sao", Cells.ref(d, totalsRow, DistrictsSheet.D_STARS + stars - Programme.CERTIFIED_STARS, t.validByStars[stars], false),
                    stars == 5 ? "Như trên, hạng 5 sao (do Trung ương công nhận)" : "Như trên, hạng " + stars + " sao");
        }
        w.row(DashboardSheet.RECOGNISED_TOTAL, p.recognisedSince2018(),
                "Số sản phẩm khác nhau được công nhận 3 sao trở lên từ %s đến ngày báo cáo, kể cả đã hết hạn"
                        .formatted(SheetWriter.DAY.format(Programme.START)));
        w.section("Chủ thể OCOP");
        w.row("Chủ thể OCOP", Cells.ref(d, totalsRow, DistrictsSheet.D_ENTITIES, t.entities(), false),
                "Chủ thể có ít nhất một sản phẩm OCOP còn hiệu lực");
        for (EntityType type : EntityType.values()) {
            w.row("   trong đó " + type.label(), t.entities(type.name()), "Chủ thể OCOP loại hình " + type.name());
        }
        if (t.entities(ValidEntities.NOT_LISTED) > 0) {
            w.row("   chưa rõ loại hình", t.entities(ValidEntities.NOT_LISTED), "Chủ thể OCOP không có trong sheet Chủ thể của huyện");
        }
        w.section("Hỗ trợ (lũy kế từ năm %d)".formatted(Programme.startYear()));
        for (SupportType type : SupportType.values()) {
            if (type != SupportType.OTHER || p.support().containsKey(type.name())) {
                w.row("Hỗ trợ: " + type.label(), p.support().getOrDefault(type.name(), 0),
                        "Số đối tượng khác nhau được hỗ trợ từ năm %d đến năm %d".formatted(Programme.startYear(), p.asOf().getYear()));
            }
        }
        w.section("Xã và hộ nghèo");
        int ntmRow = w.rowIndex();
        w.row("Xã đạt chuẩn nông thôn mới", Cells.ref(d, totalsRow, DistrictsSheet.D_NTM, t.ntm.size(), false),
                "Xã có năm đạt chuẩn NTM không muộn hơn năm báo cáo (số liệu xã kỳ gần nhất)");
        w.row("   trong đó có sản phẩm OCOP", Cells.ref(d, totalsRow, DistrictsSheet.D_NTM_OCOP, t.ntmWithOcop(), false),
                "Xã NTM có chủ thể của ít nhất một sản phẩm OCOP còn hiệu lực");
        double share = Cells.ratio(t.ntmWithOcop(), t.ntm.size());
        String ntm = "B" + (ntmRow + 1);
        String ntmOcop = "B" + (ntmRow + 2);
        w.row("   tỷ lệ", new Cells.Formula("IF(" + ntm + "=0,0," + ntmOcop + "/" + ntm + ")", share, true),
                "Xã NTM có sản phẩm OCOP / xã NTM");
        w.row("Xã đặc biệt khó khăn có sản phẩm OCOP", Cells.ref(d, totalsRow, DistrictsSheet.D_DIFFICULT, t.difficultWithOcop(), false),
                "Xã ĐBKK (số liệu xã kỳ gần nhất) có sản phẩm OCOP còn hiệu lực");
        w.row("Xã có sản phẩm OCOP", Cells.ref(d, totalsRow, DistrictsSheet.D_COMMUNES, t.communesWithOcop.size(), false),
                "Xã (theo địa giới tại ngày báo cáo) có sản phẩm OCOP còn hiệu lực");
        w.row("Tỷ lệ hộ nghèo", Cells.ref(d, totalsRow, DistrictsSheet.D_RATE, Cells.ratio(t.poorHouseholds, t.households), true),
                "Tổng số hộ nghèo / tổng số hộ, số liệu xã kỳ gần nhất của mỗi huyện");
        w.row("Tỷ lệ hộ nghèo kỳ đầu" + (p.baselinePeriod() == null ? "" : " (" + p.baselinePeriod() + ")"),
                Cells.percent(p.baselinePovertyRate()), "Như trên, kỳ báo cáo sớm nhất đã nạp");
        w.section("Báo cáo của các huyện" + Heading.period(p));
        long expected = p.submissions().stream().filter(s -> s.period().equals(p.currentPeriod())).count();
        long received = p.submissions().stream().filter(s -> s.period().equals(p.currentPeriod()) && !s.status().equals("missing")).count();
        long onTime = p.submissions().stream().filter(s -> s.period().equals(p.currentPeriod()) && Boolean.TRUE.equals(s.onTime())).count();
        String label = p.currentPeriod() == null ? "" : " — " + p.currentPeriod().label();
        w.row("Báo cáo phải nộp" + label, (int) expected, "Tất cả 8 huyện, thành phố mỗi kỳ");
        w.row("Báo cáo đã nhận" + label, (int) received, "Huyện đã gửi tệp của kỳ (kể cả tệp bị từ chối)");
        w.row("Báo cáo đúng hạn" + label, (int) onTime, "Ngày lập trên bìa (hoặc ngày nhận tệp) không quá "
                + p.deadlineDays() + " ngày sau ngày kết thúc kỳ");
        w.finish(false);
    }
}
