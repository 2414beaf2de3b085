package vn.backan.ocop.template;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.backan.ocop.entity.EntityType;
import vn.backan.ocop.submission.Column;
import vn.backan.ocop.submission.Period;
import vn.backan.ocop.product.RecognitionLevel;
import vn.backan.ocop.reference.Commune;
import vn.backan.ocop.reference.District;
import vn.backan.ocop.reference.ProductSet;
import vn.backan.ocop.reference.ReferenceData;
import vn.backan.ocop.warehouse.read.PeriodRows;
import vn.backan.ocop.warehouse.read.SubmissionsInForce;

/**
 * Reads, from the warehouse, the rows in force of a district's latest period before the one a
 * template is for, and turns the stored codes back into what the template's lists offer.
 */
public final class PreviousPeriod {

    private final SubmissionsInForce inForce;
    private final PeriodRows periodRows;
    private final ReferenceData reference;

    public PreviousPeriod(JdbcTemplate jdbc, ReferenceData reference) {
        this.inForce = new SubmissionsInForce(jdbc);
        this.periodRows = new PeriodRows(jdbc);
        this.reference = reference;
    }

    /** The prefill for a template of {@code period}, or {@link Prefill#NONE} when the district has no earlier period in force. */
    public Prefill of(District district, Period period) {
        Optional<SubmissionsInForce.PeriodFile> previous = inForce.periods(district.code()).stream()
                .filter(s -> Period.parse(s.periodCode()).isPresent())
                .filter(s -> Period.ofCode(s.periodCode()).endsOn().isBefore(period.endsOn()))
                .max(Comparator.comparing(s -> Period.ofCode(s.periodCode()).endsOn()));
        if (previous.isEmpty()) {
            return Prefill.NONE;
        }
        String code = previous.get().periodCode();
        LocalDate end = period.endsOn();
        return new Prefill(code, previous.get().fileName(), products(district, code),
                entities(district, code, end), communes(district, code, end));
    }

    private List<Map<Column, Object>> products(District district, String periodCode) {
        List<Map<Column, Object>> rows = new ArrayList<>();
        for (Map<String, Object> r : periodRows.ratings(district.code(), periodCode)) {
            Map<Column, Object> row = new LinkedHashMap<>();
            LocalDate recognised = date(r.get("recognised_on"));
            row.put(Column.PRODUCT_NO, (double) (rows.size() + 1));
            row.put(Column.PRODUCT_CODE, r.get("product_code"));
            row.put(Column.PRODUCT_NAME, r.get("product_name"));
            row.put(Column.PRODUCT_GROUP, setName(r.get("set_no")));
            row.put(Column.PRODUCT_ENTITY, r.get("entity_name"));
            // As recorded on the day of the rating: the product list offers every commune since the programme began.
            row.put(Column.PRODUCT_COMMUNE, commune((String) r.get("commune_code"), recognised));
            row.put(Column.PRODUCT_STARS, number(r.get("stars")));
            row.put(Column.PRODUCT_SCORE, number(r.get("score")));
            row.put(Column.PRODUCT_DATE, recognised);
            row.put(Column.PRODUCT_DECISION, r.get("decision_no"));
            row.put(Column.PRODUCT_LEVEL, level((String) r.get("recognition_level")));
            row.put(Column.PRODUCT_VALUE_CHAIN, Boolean.TRUE.equals(r.get("value_chain")) ? "Có" : "Không");
            rows.add(row);
        }
        return rows;
    }

    private List<Map<Column, Object>> entities(District district, String periodCode, LocalDate end) {
        List<Map<Column, Object>> rows = new ArrayList<>();
        for (Map<String, Object> r : periodRows.entities(district.code(), periodCode)) {
            Map<Column, Object> row = new LinkedHashMap<>();
            row.put(Column.ENTITY_NO, (double) (rows.size() + 1));
            row.put(Column.ENTITY_NAME, r.get("entity_name"));
            String type = (String) r.get("entity_type");
            row.put(Column.ENTITY_TYPE, type == null ? null : EntityType.parse(type).map(EntityType::label).orElse(null));
            // The commune that carries it on at the end of the new period: the list offers only those.
            row.put(Column.ENTITY_COMMUNE, communeCarriedOn((String) r.get("commune_code"), end));
            row.put(Column.ENTITY_TAX_CODE, r.get("tax_code"));
            row.put(Column.ENTITY_FOUNDED, number(r.get("founded_year")));
            row.put(Column.ENTITY_MEMBERS, number(r.get("members")));
            row.put(Column.ENTITY_WORKERS, number(r.get("workers")));
            rows.add(row);
        }
        return rows;
    }

    private Map<String, Map<Column, Object>> communes(District district, String periodCode, LocalDate end) {
        Map<String, Map<Column, Object>> byName = new LinkedHashMap<>();
        for (Map<String, Object> r : periodRows.communes(district.code(), periodCode)) {
            // Only a commune still in force: a merged one's figures do not add up to its successor's.
            Optional<Commune> commune = reference.gazetteer().version((String) r.get("commune_code"), end);
            if (commune.isEmpty()) {
                continue;
            }
            Map<Column, Object> row = new LinkedHashMap<>();
            row.put(Column.COMMUNE_NTM_YEAR, number(r.get("ntm_year")));
            row.put(Column.COMMUNE_DBKK, Boolean.TRUE.equals(r.get("especially_difficult")) ? "Có" : "Không");
            row.put(Column.COMMUNE_HOUSEHOLDS, number(r.get("households")));
            row.put(Column.COMMUNE_POOR, number(r.get("poor_households")));
            byName.put(commune.get().fullName(), row);
        }
        return byName;
    }

    private String setName(Object number) {
        if (number == null) {
            return null;
        }
        int set = ((Number) number).intValue();
        return reference.classification().sets().stream().filter(s -> s.number() == set).map(ProductSet::name)
                .findFirst().orElse(null);
    }

    private String commune(String code, LocalDate on) {
        if (code == null) {
            return null;
        }
        return reference.gazetteer().version(code, on).or(() -> latest(code)).map(Commune::fullName).orElse(null);
    }

    private String communeCarriedOn(String code, LocalDate end) {
        return code == null ? null
                : latest(code).map(c -> reference.gazetteer().carriedOnBy(c, end)).map(Commune::fullName).orElse(null);
    }

    private Optional<Commune> latest(String code) {
        return reference.gazetteer().communes().stream().filter(c -> c.code().equals(code))
                .max(Comparator.comparing(c -> c.validFrom() == null ? LocalDate.MIN : c.validFrom()));
    }

    private static String level(String code) {
        if (code == null) {
            return null;
        }
        for (RecognitionLevel level : RecognitionLevel.values()) {
            if (level.name().equals(code)) {
                return level.label();
            }
        }
        return null;
    }

    private static Double number(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }

    private static LocalDate date(Object value) {
        if (value instanceof Date date) {
            return date.toLocalDate();
        }
        return value instanceof LocalDate local ? local : null;
    }
}
