package vn.backan.ocop.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import vn.backan.ocop.reference.Commune;
import vn.backan.ocop.reference.District;
import vn.backan.ocop.reference.Gazetteer;
import vn.backan.ocop.reference.ProductClassification;
import vn.backan.ocop.reference.ProductSet;
import vn.backan.ocop.submission.Period;
import vn.backan.ocop.submission.Programme;
import vn.backan.ocop.submission.SheetKind;
import vn.backan.ocop.text.VietnameseCollator;
import vn.backan.ocop.warehouse.Submission;
import vn.backan.ocop.warehouse.SubmissionSheets;
import vn.backan.ocop.warehouse.read.IndicatorRow;
import vn.backan.ocop.warehouse.read.RatingRow;

/**
 * Computes the progress figures with the definitions of the reports spec. Pure: everything comes in
 * through {@link ProgressInputs}; communes abolished since are counted in the commune valid on D.
 */
final class ProgressCalculator {

    private final Gazetteer gazetteer;
    private final ProductClassification classification;

    ProgressCalculator(Gazetteer gazetteer, ProductClassification classification) {
        this.gazetteer = gazetteer;
        this.classification = classification;
    }

    /**
     * One pass over the newest ratings: the counts are kept per district, commune and product set
     * (bounded by the reference data), the two long lists go to {@link SortedLines}. The caller closes
     * the result.
     */
    Progress compute(ProgressInputs in) {
        LocalDate d = in.asOf();
        Tally province = new Tally();
        Map<String, Tally> byDistrict = new LinkedHashMap<>();
        for (District district : gazetteer.districts()) {
            byDistrict.put(district.code(), new Tally());
        }
        SortedLines<Progress.ProductLine> products = new SortedLines<>(Progress.ProductLine.ORDER, Progress.ProductLine.CODEC);
        SortedLines<Progress.ExpiringLine> expiring = new SortedLines<>(Progress.ExpiringLine.ORDER, Progress.ExpiringLine.CODEC);
        Map<String, Integer> productsByCommune = new HashMap<>();
        Map<String, int[]> byGroup = new HashMap<>();
        boolean listed = !in.comparison();
        ProgressInputs.Recognised recognised;
        try (ValidEntities entities = new ValidEntities()) {
            in.newest().forEach(r -> {
                if (expiresSoon(r, d)) {
                    province.expiringSoon++;
                    byDistrict.computeIfAbsent(r.districtCode(), k -> new Tally()).expiringSoon++;
                }
                if (listed) {
                    expiring(r, d).ifPresent(expiring::add);
                }
                if (!r.validOn(d)) {
                    return;
                }
                entities.add(r.districtCode(), r.entityType(), r.entityKey());
                Commune recorded = recorded(r.communeCode(), r.recognisedOn());
                Commune now = recorded == null ? null : gazetteer.carriedOnBy(recorded, d);
                String communeCode = now == null ? r.communeCode() : now.code();
                for (Tally t : List.of(province, byDistrict.computeIfAbsent(r.districtCode(), k -> new Tally()))) {
                    t.validByStars[r.stars()]++;
                    t.communesWithOcop.add(communeCode);
                }
                productsByCommune.merge(communeCode, 1, Integer::sum);
                byGroup.computeIfAbsent(r.groupNo() + "|" + (r.setNo() == null ? "" : r.setNo()), k -> new int[6])[r.stars()]++;
                if (listed) {
                    products.add(new Progress.ProductLine(districtName(r.districtCode()), now == null ? r.communeCode() : now.fullName(),
                            recorded != null && now != null && !recorded.code().equals(now.code()) ? recorded.fullName() : null,
                            setName(r.setNo()), r));
                }
            });
            entities.forEachCount((district, type, count) -> {
                province.entitiesByType.merge(type, count, Integer::sum);
                byDistrict.computeIfAbsent(district, k -> new Tally()).entitiesByType.merge(type, count, Integer::sum);
            });
            // Counted beside the pass (ProgressReport): a failure there is this calculation's, its lists closed.
            recognised = in.recognised().get();
        } catch (RuntimeException | Error e) {
            products.close();
            expiring.close();
            throw e;
        }
        var collator = VietnameseCollator.get();

        Map<String, IndicatorRow> indicatorByCommune = new HashMap<>();
        for (IndicatorRow row : in.latestIndicators()) {
            Commune recorded = recorded(row.communeCode(), row.periodEndsOn());
            String code = recorded == null ? row.communeCode() : gazetteer.carriedOnBy(recorded, d).code();
            indicatorByCommune.put(code, row);
            for (Tally t : List.of(province, byDistrict.computeIfAbsent(row.districtCode(), k -> new Tally()))) {
                if (row.ntmYear() != null && row.ntmYear() <= d.getYear()) {
                    t.ntm.add(code);
                }
                if (row.especiallyDifficult()) {
                    t.difficult.add(code);
                }
                if (row.households() != null && row.poorHouseholds() != null) {
                    t.households += row.households();
                    t.poorHouseholds += row.poorHouseholds();
                }
            }
        }
        Tally baseline = new Tally();
        String baselinePeriod = null;
        for (IndicatorRow row : in.earliestIndicators()) {
            baselinePeriod = row.periodCode();
            if (row.households() != null && row.poorHouseholds() != null) {
                baseline.households += row.households();
                baseline.poorHouseholds += row.poorHouseholds();
            }
        }

        List<Progress.CommuneLine> communes = new ArrayList<>();
        for (District district : gazetteer.districts()) {
            List<Commune> valid = new ArrayList<>(gazetteer.communesOf(district.code(), d));
            valid.sort(Comparator.comparing(Commune::name, collator));
            for (Commune c : valid) {
                IndicatorRow row = indicatorByCommune.get(c.code());
                communes.add(new Progress.CommuneLine(district.fullName(), c.name(), c.type(),
                        row == null ? null : row.ntmYear(), row == null ? null : row.especiallyDifficult(),
                        row == null ? null : row.households(), row == null ? null : row.poorHouseholds(),
                        productsByCommune.getOrDefault(c.code(), 0)));
            }
        }

        Map<String, String> names = new LinkedHashMap<>();
        gazetteer.districts().forEach(district -> names.put(district.code(), district.fullName()));
        return new Progress(d, in.generatedAt(), province, byDistrict, names, recognised.products(), in.support(),
                in.supportByDistrict(), baseline.povertyRate(), baselinePeriod, currentPeriod(in.submissions(), d), products,
                expiring, communes, groups(byGroup), years(recognised, d), submissions(in), quality(in), in.deadlineDays(),
                in.runs(), in.changes());
    }

    /** The newest period with a file in force that has ended by {@code d}: the report's current period; null for none. */
    static Period currentPeriod(List<Submission> submissions, LocalDate d) {
        return submissions.stream().filter(Submission::current)
                .map(s -> Period.ofCode(s.periodCode())).filter(p -> !p.endsOn().isAfter(d))
                .max(Comparator.naturalOrder()).orElse(null);
    }

    private String setName(Integer number) {
        return classification.sets().stream().filter(s -> number != null && s.number() == number)
                .map(ProductSet::name).findFirst().orElse(null);
    }

    private Commune recorded(String code, LocalDate on) {
        return gazetteer.version(code, on).orElse(null);
    }

    private String districtName(String code) {
        return gazetteer.district(code).map(District::fullName).orElse(code);
    }

    /** Whether the rating is a certificate that expires within 6 months after D. */
    private static boolean expiresSoon(RatingRow r, LocalDate d) {
        return r.stars() >= 3 && r.expiresOn().isAfter(d) && !r.expiresOn().isAfter(d.plusMonths(6));
    }

    /** The rating's line of the expiring list, if its certificate expires within 6 months after D or expired within 6 months before. */
    private Optional<Progress.ExpiringLine> expiring(RatingRow r, LocalDate d) {
        if (r.stars() < 3) {
            return Optional.empty();
        }
        boolean lately = !r.expiresOn().isAfter(d) && r.expiresOn().isAfter(d.minusMonths(6));
        if (!expiresSoon(r, d) && !lately) {
            return Optional.empty();
        }
        Commune recorded = recorded(r.communeCode(), r.recognisedOn());
        String commune = recorded == null ? r.communeCode() : gazetteer.carriedOnBy(recorded, d).fullName();
        return Optional.of(new Progress.ExpiringLine(districtName(r.districtCode()), commune, r, ChronoUnit.DAYS.between(d, r.expiresOn())));
    }

    /** @param counts "group|set" (set empty where unknown) → valid certified products by stars */
    private List<Progress.GroupLine> groups(Map<String, int[]> counts) {
        List<Progress.GroupLine> lines = new ArrayList<>();
        for (Map.Entry<String, String> group : classification.groups().entrySet()) {
            int[] unknownSet = counts.get(group.getKey() + "|");
            if (unknownSet != null) {
                lines.add(new Progress.GroupLine(group.getKey(), group.getValue(), null, null, unknownSet));
            }
            for (ProductSet set : classification.sets()) {
                if (set.groupNumber().equals(group.getKey())) {
                    lines.add(new Progress.GroupLine(group.getKey(), group.getValue(), set.number(), set.name(),
                            counts.getOrDefault(group.getKey() + "|" + set.number(), new int[6])));
                }
            }
        }
        int[] unclassified = counts.get(null + "|");
        if (unclassified != null) {
            // No set written and none inferred from the name: counted, under its own line.
            lines.add(new Progress.GroupLine(null, "Chưa phân loại", null, null, unclassified));
        }
        return lines;
    }

    private static List<Progress.YearLine> years(ProgressInputs.Recognised recognised, LocalDate d) {
        List<Progress.YearLine> lines = new ArrayList<>();
        for (int year = Programme.startYear(); year <= d.getYear(); year++) {
            lines.add(new Progress.YearLine(year, recognised.byYear().getOrDefault(year, new int[6]),
                    recognised.validAtYearEnd().getOrDefault(year, 0)));
        }
        return lines;
    }

    private List<Progress.SubmissionLine> submissions(ProgressInputs in) {
        TreeSet<Period> periods = new TreeSet<>();
        in.submissions().forEach(s -> periods.add(Period.ofCode(s.periodCode())));
        List<Progress.SubmissionLine> lines = new ArrayList<>();
        for (Period period : periods) {
            for (District district : gazetteer.districts()) {
                List<Submission> versions = in.submissions().stream()
                        .filter(s -> s.districtCode().equals(district.code()) && s.periodCode().equals(period.code())).toList();
                Optional<Submission> shown = versions.stream().filter(Submission::current).findFirst()
                        .or(() -> versions.stream().reduce((a, b) -> b));
                if (shown.isEmpty()) {
                    lines.add(new Progress.SubmissionLine(district.code(), district.fullName(), period, "missing", null, null, 0, null, null, null));
                    continue;
                }
                Submission s = shown.get();
                LocalDate first = versions.stream().map(v -> v.preparedOn() != null ? v.preparedOn()
                        : LocalDate.ofInstant(v.receivedAt(), ZoneId.systemDefault())).min(Comparator.naturalOrder()).orElse(null);
                int loaded = 0;
                int rejected = 0;
                for (SubmissionSheets.Counts c : in.counts().getOrDefault(s.id(), List.of())) {
                    loaded += c.loaded() + c.warning();
                    rejected += c.rejected();
                }
                lines.add(new Progress.SubmissionLine(district.code(), district.fullName(), period, s.status().code(), first,
                        first == null ? null : !first.isAfter(period.endsOn().plusDays(in.deadlineDays())), versions.size(),
                        loaded, rejected, s.fileName()));
            }
        }
        return lines;
    }

    private List<Progress.QualityLine> quality(ProgressInputs in) {
        List<Progress.QualityLine> lines = new ArrayList<>();
        for (Submission s : in.submissions()) {
            if (!s.current()) {
                continue;
            }
            Map<String, String> rules = in.topRules().getOrDefault(s.id(), Map.of());
            List<SubmissionSheets.Counts> sheets = new ArrayList<>(in.counts().getOrDefault(s.id(), List.of()));
            sheets.sort(Comparator.comparing(c -> SheetKind.valueOf(c.sheetKind()).ordinal()));
            for (SubmissionSheets.Counts c : sheets) {
                lines.add(new Progress.QualityLine(districtName(s.districtCode()), Period.ofCode(s.periodCode()), s.fileName(),
                        c.sheetName(), c.read(), c.loaded(), c.warning(), c.rejected(), rules.getOrDefault(c.sheetKind(), "")));
            }
        }
        lines.sort(Comparator.comparing((Progress.QualityLine q) -> q.period()).thenComparing(q -> districtOrder(q.district())));
        return lines;
    }

    private int districtOrder(String name) {
        List<District> districts = gazetteer.districts();
        for (int i = 0; i < districts.size(); i++) {
            if (districts.get(i).fullName().equals(name)) {
                return i;
            }
        }
        return districts.size();
    }
}
