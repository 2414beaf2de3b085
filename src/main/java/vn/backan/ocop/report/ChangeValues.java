package vn.backan.ocop.report;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

import vn.backan.ocop.entity.EntityType;
import vn.backan.ocop.reference.Commune;
import vn.backan.ocop.reference.Gazetteer;
import vn.backan.ocop.support.SupportType;

/**
 * A warehouse value as the change list shows it to staff: dates dd/mm/yyyy, yes/no as Có/Không,
 * levels, entity and support types by their Vietnamese names, communes by name. The codes stay in
 * the warehouse and in the list's last column.
 */
final class ChangeValues {

    /**
     * The recognition levels of {@code product.RecognitionLevel}, whose labels that package keeps to
     * itself; the warehouse stores the enum's names.
     */
    private static final Map<String, String> LEVELS = Map.of("HUYEN", "Huyện", "TINH", "Tỉnh", "TRUNG_UONG", "Trung ương");

    private final Map<String, String> communes = new HashMap<>();

    ChangeValues(Gazetteer gazetteer) {
        // A commune's newest version names it: the change list speaks of today's communes where it can.
        for (Commune c : gazetteer.communes()) {
            communes.put(c.code(), c.fullName());
        }
    }

    String shown(String column, Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Boolean b) {
            return b ? "Có" : "Không";
        }
        if (value instanceof Date d) {
            return SheetWriter.DAY.format(d.toLocalDate());
        }
        if (value instanceof LocalDate d) {
            return SheetWriter.DAY.format(d);
        }
        if (value instanceof Timestamp t) {
            return SheetWriter.DAY.format(t.toLocalDateTime());
        }
        if (value instanceof LocalDateTime t) {
            return SheetWriter.DAY.format(t);
        }
        if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        String text = value.toString();
        return switch (column) {
            case "recognition_level" -> LEVELS.getOrDefault(text, text);
            case "entity_type" -> label(EntityType.class, text);
            case "support_type" -> label(SupportType.class, text);
            case "commune_code" -> communes.getOrDefault(text, text);
            default -> text;
        };
    }

    private static <E extends Enum<E>> String label(Class<E> type, String name) {
        try {
            Enum<E> e = Enum.valueOf(type, name);
            return e instanceof EntityType t ? t.label() : ((SupportType) e).label();
        } catch (IllegalArgumentException unknown) {
            return name;
        }
    }
}
