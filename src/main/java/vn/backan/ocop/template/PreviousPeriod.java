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

/**
 * Reads, from the warehouse, the rows in force of a district's latest period before the one a
 * template is for, and turns the stored codes back into what the template's lists offer.
 */
public final class PreviousPeriod {

    private static final String SUBMISSIONS = """
            select period_code, file_name
            from audit_submission
            where district_code = ? and is_current
            """;
    private static final String RATINGS = """
            select product_code, product_name, set_no, entity_name, commune_code, stars, score, recognised_on,
                   decision_no, recognition_level, value_chain
            from fct_rating
            where district_code = ? and period_code = ? and valid_to_run is null
            order by excel_row, rating_sk
            """;
    private static final String ENTITIES = """
            select entity_name, entity_type, commune_code, tax_code, founded_year, members, workers
            from dim_entity
            where district_code = ? and period_code = ? and valid_to_run is null
            order by excel_row, entity_sk
            """;
    private static final String COMMUNES = """
            select commune_code, ntm_year, especially_difficult, households, poor_households
            from fct_commune_indicator
            where district_code = ? and period_code = ? and valid_to_run is null
            order by excel_row, indicator_sk
            """;

    private final JdbcTemplate jdbc;
    private final ReferenceData reference;

    public PreviousPeriod(JdbcTemplate jdbc, ReferenceData reference) {
        this.jdbc = jdbc;
        this.reference = reference;
    }

    /** The prefill for a template of {@code period}, or {@link Prefill#NONE} when the district has no earlier period in force. */
    public Prefill of(District district, Period period) {
        Optional<Map<String, Object>> previous = jdbc.queryForList(SUBMISSIONS, district.code()).stream()
                .filter(s -> Period.parse((String) s.get("period_code")).isPresent())
                .filter(s -> Period.ofCode((String) s.get("period_code")).endsOn().isBefore(period.endsOn()))
                .max(Comparator.comparing(s -> Period.ofCode((String) s.get("period_code")).endsOn()));
        if (previous.isEmpty()) {
            return Prefill.NONE;
        }
        String code = (String) previous.get().get("period_code");
        LocalDate end = period.endsOn();
        return new Prefill(code, (String) previous.get().get("file_name"), products(district, code),
                entities(district, code, end), communes(district, code, end));
    }

    private List<Map<Column, Object>> products(District district, String periodCode) {
        List<Map<Column, Object>> rows = new ArrayList<>();
        for (Map<String, Object> r : jdbc.queryForList(RATINGS, district.code(), periodCode)) {
            Map<Column, Object> row = new LinkedHashMap<>();
            LocalDate recognised = date(r.get("recognised_on"));
            row.put(Column.PRODUCT_NO, (double) (rows.size() + 1));
            row.put(Column.PRODUCT_CODE, r.get("product_code"));
            row.put(Column.PRODUCT_NAME, r.get("product_name"));
            row.put(Column.PRODUCT_GROUP, setName(r.get("set_no")));
            row.put(Column.PRODUCT_ENTITY, r.get("entity_name"));
            // As recorded on the day of the rating: the product list offers every commune since 2018.
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
        for (Map<String, Object> r : jdbc.queryForList(ENTITIES, district.code(), periodCode)) {
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
        for (Map<String, Object> r : jdbc.queryForList(COMMUNES, district.code(), periodCode)) {
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
