package vn.backan.ocop.intake;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.backan.ocop.intake.excel.CellKind;
import vn.backan.ocop.intake.excel.RawCell;
import vn.backan.ocop.intake.excel.SheetRow;
import vn.backan.ocop.text.VietnameseDates;
import vn.backan.ocop.text.VietnameseText;

/** Reads the label/value pairs of the cover sheet: a label cell, then its value in the next non-blank cell. */
final class CoverReader {

    private static final int MAX_ROWS = 50;

    private CoverReader() {
    }

    static Cover read(List<SheetRow> rows) {
        Map<String, RawCell> values = new HashMap<>();
        for (SheetRow row : rows.subList(0, Math.min(rows.size(), MAX_ROWS))) {
            List<RawCell> cells = row.cells();
            for (int i = 0; i + 1 < cells.size(); i++) {
                String label = label(CellText.of(cells.get(i)));
                if (label != null && !values.containsKey(label)) {
                    values.put(label, cells.get(i + 1));
                    break;
                }
            }
        }
        RawCell district = values.containsKey("mahuyen") ? values.get("mahuyen") : values.get("huyen");
        return new Cover(text(district), text(values.get("kybaocao")), text(values.get("nguoilap")),
                date(values.get("ngaylap")), text(values.get("sodienthoai")), text(values.get("email")));
    }

    /** Label as folded by {@link VietnameseText#headerKey} → the field it names. */
    private static final Map<String, String> LABELS = new HashMap<>();

    static {
        label("mahuyen", "Mã huyện", "Mã huyện/thành phố", "Mã đơn vị");
        label("huyen", "Huyện", "Tên huyện", "Huyện/thành phố", "Đơn vị");
        label("kybaocao", "Kỳ báo cáo", "Kỳ", "Kỳ báo cáo năm");
        label("nguoilap", "Người lập", "Người lập biểu");
        label("ngaylap", "Ngày lập", "Ngày lập biểu", "Ngày báo cáo");
        label("sodienthoai", "Số điện thoại", "Điện thoại", "SĐT");
        label("email", "Email", "Thư điện tử");
    }

    private static void label(String field, String... labels) {
        for (String text : labels) {
            LABELS.put(VietnameseText.headerKey(text), field);
        }
    }

    private static String label(String text) {
        return LABELS.get(VietnameseText.headerKey(text));
    }

    private static String text(RawCell cell) {
        if (cell == null) {
            return null;
        }
        if (cell.kind() == CellKind.NUMBER && cell.number() != null && cell.number() == Math.rint(cell.number())) {
            // A district code typed as a number loses its leading zero: 66 means 066.
            return Long.toString(cell.number().longValue());
        }
        String text = CellText.of(cell);
        return text.isEmpty() ? null : text;
    }

    private static LocalDate date(RawCell cell) {
        if (cell == null) {
            return null;
        }
        if (cell.kind() == CellKind.DATE && cell.date() != null) {
            return cell.date().toLocalDate();
        }
        return VietnameseDates.parse(CellText.of(cell)).filter(d -> !d.yearOnly()).map(d -> d.date()).orElse(null);
    }
}
