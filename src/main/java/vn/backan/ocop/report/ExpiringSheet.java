package vn.backan.ocop.report;

import vn.backan.ocop.submission.Programme;
import vn.backan.ocop.warehouse.read.RatingRow;

/** {@code Sắp hết hạn}: certificates expiring within 6 months of the report date, or expired within 6 months before it. */
record ExpiringSheet(Progress p, Heading heading) {

    void write(SheetWriter w) {
        heading.write(w, "CHỨNG NHẬN SẮP HẾT HẠN (6 THÁNG TỚI) VÀ VỪA HẾT HẠN (6 THÁNG QUA) — CẦN ĐÁNH GIÁ LẠI",
                "Chứng nhận có hiệu lực %d tháng kể từ ngày công nhận. Số ngày còn lại âm: đã hết hạn từng ấy ngày."
                        .formatted(Programme.CERTIFICATE_MONTHS));
        w.header("Huyện, thành phố", "Xã", "Tên sản phẩm", "Chủ thể", "Số sao", "Ngày công nhận", "Hết hạn",
                "Số ngày còn lại", "Tình trạng");
        for (Progress.ExpiringLine line : p.expiring()) {
            RatingRow r = line.rating();
            w.row(line.district(), line.commune(), r.productName(), r.entityName(), r.stars(), r.recognisedOn(), r.expiresOn(),
                    line.daysLeft(), line.daysLeft() > 0 ? "Sắp hết hạn" : "Đã hết hạn");
        }
        if (p.expiring().isEmpty()) {
            w.row("Không có chứng nhận nào hết hạn trong khoảng 6 tháng trước và sau ngày báo cáo.");
        }
        w.finish(!p.expiring().isEmpty());
    }
}
