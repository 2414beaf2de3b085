package vn.backan.ocop.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.backan.ocop.entity.EntityType;
import vn.backan.ocop.support.SupportType;

/** Writes the consolidated progress workbook (reports spec, section 1), streaming its long lists. */
final class ProgressWorkbook {

    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
    static final String SUMMARY = "Tổng hợp";
    static final String DISTRICTS = "Theo huyện";
    static final String GROUPS = "Theo bộ sản phẩm";
    static final String PRODUCTS = "Sản phẩm";
    static final String EXPIRING = "Sắp hết hạn";
    static final String COMMUNES = "Xã";
    static final String YEARS = "Theo năm";
    static final String SUBMISSIONS = "Nộp báo cáo";
    static final String QUALITY = "Chất lượng dữ liệu";
    static final String CHANGES = "Thay đổi";

    private final Progress p;
    private final String subtitle;

    ProgressWorkbook(Progress progress) {
        this.p = progress;
        this.subtitle = "Số liệu tính đến ngày " + SheetWriter.DAY.format(progress.asOf()) + " — lập lúc "
                + GENERATED.format(progress.generatedAt().atZone(ZoneId.systemDefault()));
    }

    void write(OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            Styles styles = new Styles(workbook);
            summary(new SheetWriter(workbook.createSheet(SUMMARY), styles));
            districts(new SheetWriter(workbook.createSheet(DISTRICTS), styles));
            groups(new SheetWriter(workbook.createSheet(GROUPS), styles));
            products(new SheetWriter(workbook.createSheet(PRODUCTS), styles));
            expiring(new SheetWriter(workbook.createSheet(EXPIRING), styles));
            communes(new SheetWriter(workbook.createSheet(COMMUNES), styles));
            years(new SheetWriter(workbook.createSheet(YEARS), styles));
            submissions(new SheetWriter(workbook.createSheet(SUBMISSIONS), styles));
            quality(new SheetWriter(workbook.createSheet(QUALITY), styles));
            changes(new SheetWriter(workbook.createSheet(CHANGES), styles));
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private void heading(SheetWriter w, String title) {
        w.title(title).note(subtitle).blank();
    }

    private void summary(SheetWriter w) {
        Tally t = p.province();
        heading(w, "CHƯƠNG TRÌNH OCOP TỈNH BẮC KẠN — TỔNG HỢP");
        w.header("Chỉ tiêu", "Giá trị", "Định nghĩa");
        w.row("Sản phẩm OCOP còn hiệu lực", t.valid(), "Sản phẩm có lần đánh giá mới nhất đến ngày báo cáo đạt 3-5 sao và được công nhận chưa quá 36 tháng");
        w.row("   trong đó 3 sao", t.validByStars[3], "Như trên, hạng 3 sao");
        w.row("   trong đó 4 sao", t.validByStars[4], "Như trên, hạng 4 sao");
        w.row("   trong đó 5 sao", t.validByStars[5], "Như trên, hạng 5 sao (do Trung ương công nhận)");
        w.row("Sản phẩm được công nhận từ 2018 (lũy kế)", p.recognisedSince2018(), "Số sản phẩm khác nhau được công nhận 3 sao trở lên từ 01/01/2018 đến ngày báo cáo");
        w.row("Chủ thể OCOP", t.entities(), "Chủ thể có ít nhất một sản phẩm OCOP còn hiệu lực");
        for (EntityType type : EntityType.values()) {
            w.row("   trong đó " + type.label(), t.entities(type.name()), "Chủ thể OCOP loại hình " + type.name());
        }
        if (t.entities("?") > 0) {
            w.row("   chưa rõ loại hình", t.entities("?"), "Chủ thể OCOP không có trong sheet Chủ thể của huyện");
        }
        for (SupportType type : SupportType.values()) {
            if (type != SupportType.OTHER || p.support().containsKey(type.name())) {
                w.row("Hỗ trợ: " + type.label(), p.support().getOrDefault(type.name(), 0),
                        "Số đối tượng khác nhau được hỗ trợ từ năm 2018 đến năm " + p.asOf().getYear());
            }
        }
        w.row("Xã đạt chuẩn nông thôn mới", t.ntm.size(), "Xã có năm đạt chuẩn NTM không muộn hơn năm báo cáo (số liệu xã kỳ gần nhất)");
        w.row("   trong đó có sản phẩm OCOP", t.ntmWithOcop(), "Xã NTM có chủ thể của ít nhất một sản phẩm OCOP còn hiệu lực");
        w.row("   tỷ lệ", Cells.percent(t.ntm.isEmpty() ? null
                : BigDecimal.valueOf(t.ntmWithOcop()).divide(BigDecimal.valueOf(t.ntm.size()), 6, java.math.RoundingMode.HALF_UP)),
                "Xã NTM có sản phẩm OCOP / xã NTM");
        w.row("Xã đặc biệt khó khăn có sản phẩm OCOP", t.difficultWithOcop(), "Xã ĐBKK (số liệu xã kỳ gần nhất) có sản phẩm OCOP còn hiệu lực");
        w.row("Xã có sản phẩm OCOP", t.communesWithOcop.size(), "Xã (theo địa giới tại ngày báo cáo) có sản phẩm OCOP còn hiệu lực");
        w.row("Tỷ lệ hộ nghèo", Cells.percent(t.povertyRate()), "Tổng số hộ nghèo / tổng số hộ, số liệu xã kỳ gần nhất của mỗi huyện");
        w.row("Tỷ lệ hộ nghèo kỳ đầu" + (p.baselinePeriod() == null ? "" : " (" + p.baselinePeriod() + ")"),
                Cells.percent(p.baselinePovertyRate()), "Như trên, kỳ báo cáo sớm nhất đã nạp");
        long expected = p.submissions().stream().filter(s -> s.period().equals(p.currentPeriod())).count();
        long received = p.submissions().stream().filter(s -> s.period().equals(p.currentPeriod()) && !s.status().equals("missing")).count();
        long onTime = p.submissions().stream().filter(s -> s.period().equals(p.currentPeriod()) && Boolean.TRUE.equals(s.onTime())).count();
        String period = p.currentPeriod() == null ? "" : " — " + p.currentPeriod().label();
        w.row("Báo cáo phải nộp" + period, (int) expected, "Tất cả 8 huyện, thành phố mỗi kỳ");
        w.row("Báo cáo đã nhận" + period, (int) received, "Huyện đã gửi tệp của kỳ (kể cả tệp bị từ chối)");
        w.row("Báo cáo đúng hạn" + period, (int) onTime, "Ngày lập trên bìa (hoặc ngày nhận tệp) không quá hạn nộp sau ngày kết thúc kỳ");
        w.finish(false);
    }

    private void districts(SheetWriter w) {
        heading(w, "KẾT QUẢ THEO HUYỆN, THÀNH PHỐ");
        w.header("Mã", "Huyện, thành phố", "SP 3 sao", "SP 4 sao", "SP 5 sao", "Tổng SP OCOP", "Chủ thể OCOP",
                "Xã có SP OCOP", "Xã NTM", "Xã NTM có SP OCOP", "Xã ĐBKK có SP OCOP", "Tổng số hộ", "Số hộ nghèo",
                "Tỷ lệ hộ nghèo", "Báo cáo kỳ " + (p.currentPeriod() == null ? "" : p.currentPeriod().code()));
        int first = w.rowIndex() + 1;
        for (Map.Entry<String, Tally> e : p.byDistrict().entrySet()) {
            Tally t = e.getValue();
            String status = p.submissions().stream()
                    .filter(s -> s.districtCode().equals(e.getKey()) && s.period().equals(p.currentPeriod()))
                    .map(s -> StatusLabels.of(s.status())).findFirst().orElse(StatusLabels.of("missing"));
            String name = p.districtNames().getOrDefault(e.getKey(), e.getKey());
            w.row(e.getKey(), name, t.validByStars[3], t.validByStars[4], t.validByStars[5], t.valid(), t.entities(),
                    t.communesWithOcop.size(), t.ntm.size(), t.ntmWithOcop(), t.difficultWithOcop(), t.households,
                    t.poorHouseholds, Cells.percent(t.povertyRate()), status);
        }
        int last = w.rowIndex();
        Tally t = p.province();
        Object[] totals = new Object[15];
        totals[1] = "Toàn tỉnh";
        int[] values = {t.validByStars[3], t.validByStars[4], t.validByStars[5], t.valid(), t.entities(),
                t.communesWithOcop.size(), t.ntm.size(), t.ntmWithOcop(), t.difficultWithOcop()};
        for (int i = 0; i < values.length; i++) {
            String column = String.valueOf((char) ('C' + i));
            totals[2 + i] = new Cells.Formula("SUM(" + column + first + ":" + column + last + ")", values[i], false);
        }
        totals[11] = new Cells.Formula("SUM(L" + first + ":L" + last + ")", t.households, false);
        totals[12] = new Cells.Formula("SUM(M" + first + ":M" + last + ")", t.poorHouseholds, false);
        totals[13] = new Cells.Formula("IF(L" + (last + 1) + "=0,0,M" + (last + 1) + "/L" + (last + 1) + ")",
                t.povertyRate() == null ? 0 : t.povertyRate().doubleValue(), true);
        w.boldRow(totals);
        w.finish(false);
    }

    private void groups(SheetWriter w) {
        heading(w, "SẢN PHẨM OCOP CÒN HIỆU LỰC THEO BỘ SẢN PHẨM (QUYẾT ĐỊNH 148/QĐ-TTg)");
        w.header("Ngành", "Tên ngành", "Bộ SP", "Tên bộ sản phẩm", "3 sao", "4 sao", "5 sao", "Tổng");
        for (Progress.GroupLine g : p.groups()) {
            int[] s = g.byStars();
            w.row(g.groupNumber(), g.groupName(), g.setNumber(), g.setName() == null ? "(chưa rõ bộ sản phẩm)" : g.setName(),
                    s[3], s[4], s[5], s[3] + s[4] + s[5]);
        }
        w.finish(true);
    }

    private void products(SheetWriter w) {
        heading(w, "DANH SÁCH SẢN PHẨM OCOP CÒN HIỆU LỰC");
        w.header("Huyện, thành phố", "Xã", "Tên sản phẩm", "Mã SP", "Ngành", "Bộ SP", "Chủ thể", "Loại hình", "Số sao",
                "Điểm", "Ngày công nhận", "Số quyết định", "Hết hạn", "Chuỗi giá trị", "Xã khi công nhận");
        for (Progress.ProductLine line : p.products()) {
            RatingRow r = line.rating();
            w.row(line.district(), line.commune(), r.productName(), r.productCode(), r.groupNo(), r.setNo(), r.entityName(),
                    r.entityType(), r.stars(), Cells.decimal(r.score()), r.recognisedOn(), r.decisionNo(), r.expiresOn(),
                    r.valueChain(), line.recordedCommune());
        }
        w.finish(true);
    }

    private void expiring(SheetWriter w) {
        heading(w, "CHỨNG NHẬN SẮP HẾT HẠN (6 THÁNG TỚI) VÀ VỪA HẾT HẠN (6 THÁNG QUA) — CẦN ĐÁNH GIÁ LẠI");
        w.header("Huyện, thành phố", "Xã", "Tên sản phẩm", "Chủ thể", "Số sao", "Ngày công nhận", "Hết hạn", "Số ngày còn lại");
        for (Progress.ExpiringLine line : p.expiring()) {
            RatingRow r = line.rating();
            w.row(line.district(), line.commune(), r.productName(), r.entityName(), r.stars(), r.recognisedOn(), r.expiresOn(),
                    line.daysLeft());
        }
        w.finish(true);
    }

    private void communes(SheetWriter w) {
        heading(w, "CHỈ TIÊU XÃ (ĐỊA GIỚI TẠI NGÀY BÁO CÁO)");
        w.header("Huyện, thành phố", "Xã, phường, thị trấn", "Loại", "Năm đạt chuẩn NTM", "Xã ĐBKK", "Tổng số hộ",
                "Số hộ nghèo", "Tỷ lệ hộ nghèo", "SP OCOP còn hiệu lực");
        for (Progress.CommuneLine c : p.communes()) {
            BigDecimal rate = c.households() == null || c.households() == 0 || c.poorHouseholds() == null ? null
                    : BigDecimal.valueOf(c.poorHouseholds()).divide(BigDecimal.valueOf(c.households()), 6, java.math.RoundingMode.HALF_UP);
            w.row(c.district(), c.commune(), c.type(), Cells.plain(c.ntmYear()), c.difficult(), c.households(), c.poorHouseholds(),
                    Cells.percent(rate), c.validProducts());
        }
        w.finish(true);
    }

    private void years(SheetWriter w) {
        heading(w, "KẾT QUẢ THEO NĂM");
        w.header("Năm", "Công nhận mới 3 sao", "Công nhận mới 4 sao", "Công nhận mới 5 sao", "Tổng công nhận mới",
                "SP còn hiệu lực cuối năm");
        for (Progress.YearLine y : p.years()) {
            int[] s = y.recognisedByStars();
            w.row(Cells.plain(y.year()), s[3], s[4], s[5], s[3] + s[4] + s[5], y.validAtEnd());
        }
        w.finish(false);
    }

    private void submissions(SheetWriter w) {
        heading(w, "TÌNH HÌNH NỘP BÁO CÁO CỦA CÁC HUYỆN");
        w.header("Kỳ báo cáo", "Mã", "Huyện, thành phố", "Tình trạng", "Ngày nhận", "Đúng hạn", "Số lần gửi",
                "Dòng đã nạp", "Dòng bị từ chối", "Tệp");
        for (Progress.SubmissionLine s : p.submissions()) {
            w.row(s.period().code(), s.districtCode(), s.district(), StatusLabels.of(s.status()), s.receivedOn(), s.onTime(),
                    s.versions(), s.rowsLoaded(), s.rowsRejected(), s.fileName());
        }
        w.finish(true);
    }

    private void quality(SheetWriter w) {
        heading(w, "CHẤT LƯỢNG DỮ LIỆU CÁC BÁO CÁO ĐANG CÓ HIỆU LỰC");
        w.header("Huyện, thành phố", "Kỳ", "Tệp", "Sheet", "Số dòng đọc", "Nạp", "Nạp có cảnh báo", "Từ chối", "Lỗi thường gặp");
        for (Progress.QualityLine q : p.quality()) {
            w.row(q.district(), q.period().code(), q.fileName(), q.sheet(), q.read(), q.loaded(), q.warning(), q.rejected(), q.topRules());
        }
        w.finish(true);
    }


    private void changes(SheetWriter w) {
        heading(w, "THAY ĐỔI TRONG KHO DỮ LIỆU DO LẦN CHẠY #" + p.runId());
        if (p.changes().isEmpty()) {
            w.note("Không có thay đổi so với lần chạy trước.");
        }
        w.header("Bảng", "Thay đổi", "Huyện, thành phố", "Đối tượng", "Trước", "Sau", "Tệp", "Dòng");
        for (ChangeQueries.Change c : p.changes()) {
            w.row(c.table(), c.kind(), p.districtNames().getOrDefault(c.districtCode(), c.districtCode()), c.title(),
                    c.before(), c.after(), c.fileName(), c.location());
        }
        w.finish(true);
    }
}
