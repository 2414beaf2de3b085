package vn.backan.ocop.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import vn.backan.ocop.sample.ReferenceUnits.Unit;
import vn.backan.ocop.sample.SubmissionFile.DataRow;

/**
 * The report's figures (shared/spec/reports.md) recomputed from the workbooks as read back, for
 * any as-of date D. Rows that break one of the four rules the sample breaks on purpose are set
 * aside as rejections; everything else counts.
 */
final class SampleFigures {

    /** A product row the pipeline must reject: the cell the rule judges, and why. */
    record Rejection(String file, int row, String column, String why) {
        @Override
        public String toString() {
            return file + " Sản phẩm!" + column + row + " (" + why + ")";
        }
    }

    /** One rating as read from an accepted row; {@code commune} is the commune on the rating date. */
    record Rating(String district, String product, String name, String entity, Unit commune, int stars,
                  OptionalDouble score, LocalDate recognisedOn, String decisionNo, String level,
                  String file, int row) {

        /** A certificate runs 36 months: recognised 2018-12-12, it has expired on 2021-12-12. */
        boolean validOn(LocalDate asOf) {
            return stars >= 3 && !recognisedOn.isAfter(asOf) && asOf.isBefore(recognisedOn.plusMonths(36));
        }

        /** The facts a later copy must repeat unchanged. */
        List<Object> facts() {
            return List.of(name, entity, commune.id(), stars, score, decisionNo, level);
        }
    }

    private final List<SubmissionFile> files;
    private final ReferenceUnits units;
    private final List<Rejection> rejections = new ArrayList<>();
    private final Map<String, Rating> ratings = new LinkedHashMap<>();
    private final List<String> differingCopies = new ArrayList<>();

    SampleFigures(List<SubmissionFile> files, ReferenceUnits units) {
        this.files = files;
        this.units = units;
        for (SubmissionFile file : files) {
            for (DataRow row : file.products.rows()) {
                accept(file, row);
            }
        }
    }

    private void accept(SubmissionFile file, DataRow row) {
        String district = file.district();
        String name = row.text("Tên sản phẩm");
        Optional<LocalDate> date = row.get("Ngày công nhận").asDate();
        OptionalDouble stars = row.get("Số sao").asStars();
        OptionalDouble score = row.get("Điểm").asNumber();
        Optional<Unit> commune = date.flatMap(d -> units.find(district, row.text("Xã"), d));
        String column;
        String why;
        if (name.isEmpty()) {
            column = "Tên sản phẩm";
            why = "empty product name";
        } else if (date.isEmpty()) {
            column = "Ngày công nhận";
            why = "unreadable date '" + row.text("Ngày công nhận") + "'";
        } else if (commune.isEmpty()) {
            column = "Xã";
            why = "'" + row.text("Xã") + "' is no commune of " + district + " on " + date.get();
        } else if (stars.isEmpty()) {
            column = "Số sao";
            why = "unreadable stars '" + row.text("Số sao") + "'";
        } else if (score.isPresent() && !inBand((int) stars.getAsDouble(), score.getAsDouble())) {
            column = "Điểm";
            why = "score " + row.text("Điểm") + " outside the band of " + row.text("Số sao") + " stars";
        } else {
            Rating rating = new Rating(district, Names.key(name) + "|" + Names.key(row.text("Chủ thể")), name,
                    row.text("Chủ thể"), commune.get(), (int) stars.getAsDouble(), score, date.get(),
                    row.text("Số quyết định"), row.text("Cấp công nhận"), file.name, row.excelRow());
            String key = district + "|" + rating.product() + "|" + rating.recognisedOn();
            Rating earlier = ratings.putIfAbsent(key, rating);
            if (earlier != null && !earlier.facts().equals(rating.facts())) {
                differingCopies.add(earlier.file() + " row " + earlier.row() + " vs " + file.name + " row " + row.excelRow());
            }
            return;
        }
        rejections.add(new Rejection(file.name, row.excelRow(), file.products.columnLetters().get(column), why));
    }

    /** Score bands of the spec: 5★ [90,100], 4★ [70,90), 3★ [50,70), 2★ [30,50), 1★ [0,30). */
    static boolean inBand(int stars, double score) {
        return switch (stars) {
            case 5 -> score >= 90 && score <= 100;
            case 4 -> score >= 70 && score < 90;
            case 3 -> score >= 50 && score < 70;
            case 2 -> score >= 30 && score < 50;
            case 1 -> score >= 0 && score < 30;
            default -> false;
        };
    }

    List<Rejection> rejections() {
        return rejections;
    }

    Collection<Rating> ratings() {
        return ratings.values();
    }

    List<String> differingCopies() {
        return differingCopies;
    }

    /** Per product (district|name|entity): its newest rating on or before D, kept if still valid. */
    Map<String, Rating> validProducts(LocalDate asOf) {
        Map<String, Rating> newest = new HashMap<>();
        for (Rating r : ratings.values()) {
            if (!r.recognisedOn().isAfter(asOf)) {
                newest.merge(r.district() + "|" + r.product(), r,
                        (a, b) -> a.recognisedOn().isAfter(b.recognisedOn()) ? a : b);
            }
        }
        newest.values().removeIf(r -> !r.validOn(asOf));
        return newest;
    }

    Map<Integer, Long> byStars(LocalDate asOf) {
        return validProducts(asOf).values().stream()
                .collect(Collectors.groupingBy(Rating::stars, TreeMap::new, Collectors.counting()));
    }

    /** Communes valid on D (by id) holding a valid product, counted where the product's commune went. */
    Set<String> communesWithProducts(LocalDate asOf) {
        Set<String> ids = new TreeSet<>();
        for (Rating r : validProducts(asOf).values()) {
            ids.add(units.onDate(r.commune(), asOf)
                    .orElseThrow(() -> new AssertionError("no successor on " + asOf + " for " + r.commune()))
                    .id());
        }
        return ids;
    }

    /** Per district, the Xã sheet of its latest period ending on or before D. */
    List<SubmissionFile> latestCommuneSheets(LocalDate asOf) {
        Map<String, SubmissionFile> latest = new TreeMap<>();
        for (SubmissionFile file : files) {
            if (!file.periodEnd().isAfter(asOf)) {
                latest.merge(file.district(), file,
                        (a, b) -> a.periodEnd().isAfter(b.periodEnd()) ? a : b);
            }
        }
        return new ArrayList<>(latest.values());
    }

    /** Commune id → its row in the latest Xã sheet on or before D. */
    Map<String, DataRow> communeRows(LocalDate asOf) {
        Map<String, DataRow> rows = new TreeMap<>();
        for (SubmissionFile file : latestCommuneSheets(asOf)) {
            for (DataRow row : file.communes.rows()) {
                Unit unit = units.find(file.district(), row.text("Xã"), file.periodEnd())
                        .orElseThrow(() -> new AssertionError(file.name + " Xã row " + row.excelRow()));
                rows.put(unit.id(), row);
            }
        }
        return rows;
    }

    Set<String> ntmCommunes(LocalDate asOf) {
        return communeRows(asOf).entrySet().stream()
                .filter(e -> e.getValue().get("Năm đạt chuẩn NTM").asNumber().orElse(Double.MAX_VALUE) <= asOf.getYear())
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    Set<String> dbkkCommunes(LocalDate asOf) {
        return communeRows(asOf).entrySet().stream()
                .filter(e -> e.getValue().text("Xã ĐBKK").equals("Có"))
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    long households(LocalDate asOf) {
        return communeRows(asOf).values().stream().mapToLong(r -> (long) r.get("Tổng số hộ").asNumber().orElseThrow()).sum();
    }

    long poorHouseholds(LocalDate asOf) {
        return communeRows(asOf).values().stream().mapToLong(r -> (long) r.get("Số hộ nghèo").asNumber().orElseThrow()).sum();
    }

    /** Σ poor / Σ households in %, rounded to 2 decimals as the report shows it. */
    double povertyRate(LocalDate asOf) {
        return Math.round(10_000.0 * poorHouseholds(asOf) / households(asOf)) / 100.0;
    }

    /** Distinct supported targets per support type, years 2018 to D (one target in two years counts once). */
    Map<String, Integer> supportCounts(LocalDate asOf) {
        Map<String, Set<String>> targets = new TreeMap<>();
        for (SubmissionFile file : files) {
            for (DataRow row : file.support.rows()) {
                int year = (int) row.get("Năm").asNumber().orElseThrow();
                if (year >= 2018 && year <= asOf.getYear()) {
                    targets.computeIfAbsent(row.text("Loại hỗ trợ"), t -> new HashSet<>())
                            .add(Names.key(row.text("Đối tượng")));
                }
            }
        }
        Map<String, Integer> counts = new TreeMap<>();
        targets.forEach((type, set) -> counts.put(type, set.size()));
        return counts;
    }

    /** Commune ids valid on D with the given names, for readable expectations in the test. */
    Set<String> idsOf(LocalDate asOf, Collection<String> names) {
        Set<String> ids = new TreeSet<>();
        for (String name : names) {
            List<Unit> matches = files.stream().map(SubmissionFile::district).distinct()
                    .flatMap(d -> units.inDistrict(d, asOf).stream())
                    .filter(u -> Names.key(u.name()).equals(Names.key(name)))
                    .toList();
            if (matches.size() != 1) {
                throw new AssertionError(name + " names " + matches.size() + " communes on " + asOf);
            }
            ids.add(matches.get(0).id());
        }
        return ids;
    }
}
