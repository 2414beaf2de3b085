package vn.backan.ocop.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.backan.ocop.sample.ReferenceUnits.Unit;
import vn.backan.ocop.sample.SampleFigures.Rating;
import vn.backan.ocop.sample.SubmissionFile.DataRow;

/**
 * Checks the committed sample in {@code input/} against the published figures it exists to
 * reproduce. It reads the workbooks with plain POI and the reference CSV only, never the
 * pipeline's code nor the generator's data, so it stays an independent account of what the
 * files say.
 */
class SampleInputTest {

    private static final Path INPUT = Path.of("input");
    private static final Path ADMIN_UNITS = Path.of("src/main/resources/reference/bac-kan-admin-units.csv");
    private static final LocalDate END_2020 = LocalDate.of(2020, 12, 31);
    private static final LocalDate MID_2021 = LocalDate.of(2021, 6, 30);

    private static final List<String> FILES = List.of(
            "2020/058-tp-bac-kan-2020.xlsx", "2020/060-pac-nam-2020.xls", "2020/061-ba-be-2020.xlsx",
            "2020/062-ngan-son-2020.xlsx", "2020/063-bach-thong-2020.xlsx", "2020/064-cho-don-2020.xlsx",
            "2020/065-cho-moi-2020.xlsx", "2020/066-na-ri-2020.xlsx", "2021-H1/066-na-ri-2021-H1.xlsx");

    /** NTM communes with OCOP products; the last four only through the communes they absorbed in 2020. */
    private static final List<String> NTM_WITH_PRODUCTS = List.of("Vân Tùng", "Kim Lư", "Cường Lợi", "Như Cố",
            "Bình Văn", "Nghĩa Tá", "Yên Thượng", "Địa Linh", "Khang Ninh", "Quang Thuận", "Dương Quang",
            "Nông Thượng", "Trần Phú", "Đồng Thắng", "Thượng Giáo", "Quân Hà");
    private static final Map<String, String> ABSORBED = Map.of(
            "Hảo Nghĩa", "Trần Phú", "Rã Bản", "Đồng Thắng", "Cao Trĩ", "Thượng Giáo", "Quân Bình", "Quân Hà");

    private static ReferenceUnits units;
    private static List<SubmissionFile> files;
    private static SampleFigures figures;

    @BeforeAll
    static void readInput() throws IOException {
        units = ReferenceUnits.load(ADMIN_UNITS);
        files = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(INPUT)) {
            for (Path path : paths.filter(p -> p.toString().matches(".*\\.xlsx?$")).sorted().toList()) {
                files.add(SubmissionFile.read(INPUT, path));
            }
        }
        figures = new SampleFigures(files, units);
    }

    @Test
    void nineWorkbooksWithTheFiveSheetsAndTheSpecHeaders() {
        assertThat(files).extracting(f -> f.name).containsExactlyElementsOf(FILES);
        for (SubmissionFile file : files) {
            assertThat(file.sheetNames).as(file.name)
                    .containsExactly("Thông tin", "Sản phẩm", "Chủ thể", "Xã", "Hỗ trợ");
            assertThat(file.products.headers()).as(file.name).isEqualTo(SubmissionFile.PRODUCT_HEADERS);
            assertThat(file.entities.headers()).as(file.name).isEqualTo(SubmissionFile.ENTITY_HEADERS);
            assertThat(file.communes.headers()).as(file.name).isEqualTo(SubmissionFile.COMMUNE_HEADERS);
            assertThat(file.support.headers()).as(file.name).isEqualTo(SubmissionFile.SUPPORT_HEADERS);
        }
    }

    @Test
    void coversNameTheDistrictAsTextAndThePeriod() {
        for (SubmissionFile file : files) {
            CellValue code = file.cover.get("Mã huyện");
            assertThat(code.kind()).as(file.name).isEqualTo(CellValue.Kind.TEXT);
            assertThat(file.name).contains("/" + code.text() + "-");
            assertThat(file.name).startsWith(file.period() + "/");
            assertThat(file.cover.get("Ngày lập").kind()).as(file.name).isEqualTo(CellValue.Kind.DATE);
            assertThat(file.cover.get("Ngày lập").date()).as(file.name).isAfter(file.periodEnd());
            assertThat(file.cover).containsKeys("Huyện", "Người lập", "Số điện thoại", "Email");
        }
        long onTime = files.stream()
                .filter(f -> !f.cover.get("Ngày lập").date().isAfter(f.periodEnd().plusDays(15)))
                .count();
        assertThat(onTime).as("files prepared within 15 days of the period's end").isEqualTo(7);
        assertThat(files).extracting(f -> f.cover.get("Kỳ báo cáo").text())
                .contains("2020", "Năm 2020", "6 tháng đầu năm 2021");
    }

    @Test
    void exactlyTheDeliberatelyWrongRowsAreRejected() {
        assertThat(figures.rejections()).extracting(r -> r.file() + "!" + r.column() + r.row())
                .containsExactlyInAnyOrder(
                        "2020/061-ba-be-2020.xlsx!C17",
                        "2020/061-ba-be-2020.xlsx!F21",
                        "2020/061-ba-be-2020.xlsx!I29",
                        "2020/065-cho-moi-2020.xlsx!I13",
                        "2020/065-cho-moi-2020.xlsx!H21");
    }

    @Test
    void cumulativeListsRepeatRatingsOnlyAsIdenticalCopies() {
        assertThat(figures.differingCopies()).isEmpty();
        assertThat(figures.ratings()).hasSize(132);
    }

    @Test
    void endOf2020_131ValidProducts_13FourStar_118ThreeStar() {
        Map<String, Rating> valid = figures.validProducts(END_2020);
        assertThat(valid).hasSize(131);
        assertThat(figures.byStars(END_2020)).isEqualTo(Map.of(3, 118L, 4, 13L));
        // each of the 131 products was rated exactly once up to then
        assertThat(figures.ratings().stream().filter(r -> !r.recognisedOn().isAfter(END_2020))).hasSize(131);
        assertThat(valid.values()).extracting(Rating::district).containsOnly(
                "058", "060", "061", "062", "063", "064", "065", "066");
        assertThat(valid.values().stream().map(Rating::district).distinct()).hasSize(8);
    }

    @Test
    void eachRoundHasOneDecisionAndItsPublishedSplit() {
        Map<Integer, List<Rating>> byYear = figures.ratings().stream()
                .filter(r -> !r.recognisedOn().isAfter(END_2020))
                .collect(Collectors.groupingBy(r -> r.recognisedOn().getYear()));
        assertRound(byYear.get(2018), 5, 32);
        assertRound(byYear.get(2019), 4, 43);
        assertRound(byYear.get(2020), 4, 43);
        assertThat(byYear.get(2018)).extracting(Rating::recognisedOn).containsOnly(LocalDate.of(2018, 12, 12));
        assertThat(figures.ratings()).allSatisfy(r ->
                assertThat(r.level()).isEqualTo(r.stars() == 5 ? "Trung ương" : "Tỉnh"));
    }

    private static void assertRound(List<Rating> round, int fourStars, int threeStars) {
        assertThat(round.stream().filter(r -> r.stars() == 4)).hasSize(fourStars);
        assertThat(round.stream().filter(r -> r.stars() == 3)).hasSize(threeStars);
        assertThat(round.stream().map(Rating::recognisedOn).distinct()).hasSize(1);
        assertThat(round.stream().map(Rating::decisionNo).distinct()).hasSize(1);
    }

    @Test
    void midYear2021_MienDongTaiHoanIsFiveStar_118_12_1() {
        assertThat(figures.validProducts(MID_2021)).hasSize(131);
        assertThat(figures.byStars(MID_2021)).isEqualTo(Map.of(3, 118L, 4, 12L, 5, 1L));
        Rating fiveStar = figures.validProducts(MID_2021).values().stream()
                .filter(r -> r.stars() == 5).findFirst().orElseThrow();
        assertThat(fiveStar.name()).isEqualTo("Miến dong Tài Hoan");
        assertThat(fiveStar.entity()).isEqualTo("HTX Tài Hoan");
        assertThat(fiveStar.commune().name()).isEqualTo("Côn Minh");
        assertThat(fiveStar.recognisedOn()).isEqualTo(MID_2021);
        assertThat(fiveStar.decisionNo()).isEqualTo("2890/QĐ-BNN-VPĐP");
        assertThat(fiveStar.file()).isEqualTo("2021-H1/066-na-ri-2021-H1.xlsx");
        Rating before = figures.validProducts(END_2020).values().stream()
                .filter(r -> r.name().equals("Miến dong Tài Hoan")).findFirst().orElseThrow();
        assertThat(before.stars()).isEqualTo(4);
        assertThat(before.recognisedOn()).isEqualTo(LocalDate.of(2018, 12, 12));
    }

    @Test
    void naRiHalfYearRepeatsItsEarlierRatingsAndAddsOne() {
        SubmissionFile year = file("2020/066-na-ri-2020.xlsx");
        SubmissionFile half = file("2021-H1/066-na-ri-2021-H1.xlsx");
        Set<List<String>> earlier = productFacts(year);
        Set<List<String>> later = productFacts(half);
        assertThat(later).containsAll(earlier);
        assertThat(later).hasSize(earlier.size() + 1);
        assertThat(half.support.rows()).isEmpty();
        assertThat(entityFacts(half)).isEqualTo(entityFacts(year));
        assertThat(half.communes.rows()).hasSize(year.communes.rows().size());
        assertThat(sum(half, "Số hộ nghèo")).isLessThan(sum(year, "Số hộ nghèo"));
    }

    @Test
    void productCommunesBelongToTheDistrictOnTheRatingDate() {
        // accepted ratings were resolved on their own date; here the four absorbed NTM communes
        Set<String> recordedIn = figures.ratings().stream().map(r -> r.commune().name()).collect(Collectors.toSet());
        assertThat(recordedIn).doesNotContainAnyElementsOf(ABSORBED.values());
        for (String old : ABSORBED.keySet()) {
            List<Rating> there = figures.ratings().stream().filter(r -> r.commune().name().equals(old)).toList();
            assertThat(there).as(old).isNotEmpty();
            assertThat(there).as(old).allSatisfy(r -> assertThat(r.recognisedOn().getYear()).isIn(2018, 2019));
            assertThat(units.onDate(there.get(0).commune(), END_2020).orElseThrow().name()).isEqualTo(ABSORBED.get(old));
        }
    }

    @Test
    void ntm_23Communes_16OfThemWithProducts() {
        for (LocalDate asOf : List.of(END_2020, MID_2021)) {
            Set<String> ntm = figures.ntmCommunes(asOf);
            assertThat(ntm).as("NTM on " + asOf).hasSize(23);
            Set<String> withProducts = intersection(ntm, figures.communesWithProducts(asOf));
            assertThat(withProducts).isEqualTo(figures.idsOf(asOf, NTM_WITH_PRODUCTS));
            Set<String> others = new TreeSet<>(ntm);
            others.removeAll(withProducts);
            assertThat(others).hasSize(7).allSatisfy(id -> {
                assertThat(units.byId(id, asOf).type()).isEqualTo("Xã");
                assertThat(figures.communeRows(asOf).get(id).get("Năm đạt chuẩn NTM").asNumber().orElseThrow())
                        .isBetween(2015.0, 2020.0);
            });
        }
    }

    @Test
    void dbkk_29CommunesWithProducts_disjointFromNtm() {
        for (LocalDate asOf : List.of(END_2020, MID_2021)) {
            Set<String> dbkk = figures.dbkkCommunes(asOf);
            Set<String> withProducts = figures.communesWithProducts(asOf);
            assertThat(intersection(dbkk, withProducts)).as("ĐBKK with products on " + asOf).hasSize(29);
            assertThat(intersection(dbkk, figures.ntmCommunes(asOf))).isEmpty();
            assertThat(dbkk).as("some ĐBKK communes have no products").isNotEqualTo(intersection(dbkk, withProducts));
            Set<String> neither = new TreeSet<>(withProducts);
            neither.removeAll(dbkk);
            neither.removeAll(figures.ntmCommunes(asOf));
            assertThat(neither).as("communes with products that are neither NTM nor ĐBKK")
                    .anySatisfy(id -> assertThat(units.byId(id, asOf).type()).isEqualTo("Phường"))
                    .anySatisfy(id -> assertThat(units.byId(id, asOf).type()).isEqualTo("Thị trấn"))
                    .anySatisfy(id -> assertThat(units.byId(id, asOf).type()).isEqualTo("Xã"));
        }
    }

    @Test
    void communeSheetsListEveryCommuneOfTheDistrictOnce() {
        for (SubmissionFile file : files) {
            List<String> listed = new ArrayList<>();
            for (DataRow row : file.communes.rows()) {
                Unit unit = units.find(file.district(), row.text("Xã"), file.periodEnd()).orElseThrow(
                        () -> new AssertionError(file.name + " Xã row " + row.excelRow() + ": " + row.text("Xã")));
                listed.add(unit.id());
                double households = row.get("Tổng số hộ").asNumber().orElseThrow();
                double poor = row.get("Số hộ nghèo").asNumber().orElseThrow();
                assertThat(poor).as(file.name + " row " + row.excelRow()).isLessThanOrEqualTo(households);
                assertThat(poor / households).as(file.name + " row " + row.excelRow()).isBetween(0.03, 0.45);
                assertThat(households).isBetween(300.0, 2500.0);
                if (!unit.type().equals("Xã")) {
                    assertThat(row.get("Năm đạt chuẩn NTM").isBlank()).as(unit.name()).isTrue();
                }
            }
            List<String> expected = units.inDistrict(file.district(), file.periodEnd()).stream().map(Unit::id).toList();
            assertThat(listed).as(file.name).containsExactlyInAnyOrderElementsOf(expected);
        }
        assertThat(figures.communeRows(END_2020)).hasSize(108);
    }

    @Test
    void povertyRate_18_51PercentAtTheEndOf2020() {
        assertThat(figures.households(END_2020)).isEqualTo(99_903);
        assertThat(figures.poorHouseholds(END_2020)).isEqualTo(18_492);
        assertThat(figures.povertyRate(END_2020)).isEqualTo(18.51);
        // mid-2021: Na Rì's half-year figures replace its 2020 ones, the other districts keep theirs
        assertThat(figures.povertyRate(MID_2021)).isEqualTo(18.33);
    }

    @Test
    void supportCountsDistinctTargetsPerType() {
        Map<String, Integer> expected = Map.of("Thành lập chủ thể mới", 25, "Tái cơ cấu HTX", 13,
                "Hỗ trợ nhân lực", 43, "Chuỗi giá trị", 20, "Dự án", 43, "Trung tâm bán hàng", 2);
        assertThat(figures.supportCounts(END_2020)).isEqualTo(expected);
        assertThat(figures.supportCounts(MID_2021)).isEqualTo(expected);

        Map<String, Set<String>> districtsOfTarget = new HashMap<>();
        Map<String, List<Integer>> restructured = new HashMap<>();
        for (SubmissionFile file : files) {
            for (DataRow row : file.support.rows()) {
                String target = row.text("Loại hỗ trợ") + "|" + Names.key(row.text("Đối tượng"));
                districtsOfTarget.computeIfAbsent(target, t -> new HashSet<>()).add(file.district());
                int year = (int) row.get("Năm").asNumber().orElseThrow();
                assertThat(year).isBetween(2018, 2020);
                LocalDate yearEnd = LocalDate.of(year, 12, 31);
                assertThat(units.find(file.district(), row.text("Xã"), yearEnd)).as(file.name + " row "
                        + row.excelRow()).isPresent();
                if (row.text("Loại hỗ trợ").equals("Tái cơ cấu HTX")) {
                    restructured.computeIfAbsent(row.text("Đối tượng"), t -> new ArrayList<>()).add(year);
                }
            }
        }
        assertThat(districtsOfTarget.values()).allSatisfy(d -> assertThat(d).hasSize(1));
        assertThat(restructured.values().stream().filter(years -> years.size() == 2))
                .singleElement().satisfies(years -> assertThat(years.get(0)).isNotEqualTo(years.get(1)));
    }

    @Test
    void everyProducingEntityIsListedWithItsTypeAndCommune() {
        for (SubmissionFile file : files) {
            Map<String, DataRow> entities = file.entities.rows().stream()
                    .collect(Collectors.toMap(r -> Names.key(r.text("Tên chủ thể")), r -> r));
            for (Rating rating : figures.ratings()) {
                if (rating.file().equals(file.name)) {
                    assertThat(entities).as(file.name + " row " + rating.row())
                            .containsKey(Names.key(rating.entity()));
                }
            }
            for (DataRow row : file.entities.rows()) {
                assertThat(row.text("Loại hình")).isIn("HTX", "DN", "THT", "HKD",
                        "Hợp tác xã", "Doanh nghiệp", "Tổ hợp tác", "Hộ kinh doanh");
                assertThat(units.find(file.district(), row.text("Xã"), file.periodEnd())).as(row.text("Xã")).isPresent();
                CellValue tax = row.get("Mã số thuế");
                if (!tax.isBlank()) {
                    assertThat(tax.kind()).isEqualTo(CellValue.Kind.TEXT);
                    assertThat(tax.text()).matches("\\d{10}");
                }
            }
        }
        Map<String, Long> types = files.stream().filter(f -> f.period().equals("2020"))
                .flatMap(f -> f.entities.rows().stream())
                .collect(Collectors.groupingBy(r -> r.text("Loại hình").substring(0, 2), Collectors.counting()));
        long cooperatives = types.getOrDefault("HT", 0L) + types.getOrDefault("Hợ", 0L);
        assertThat(cooperatives * 2).as("cooperatives are the majority").isGreaterThan(
                types.values().stream().mapToLong(Long::longValue).sum());
    }

    private static SubmissionFile file(String name) {
        return files.stream().filter(f -> f.name.equals(name)).findFirst().orElseThrow();
    }

    private static Set<List<String>> productFacts(SubmissionFile file) {
        return file.products.rows().stream()
                .map(r -> SubmissionFile.PRODUCT_HEADERS.stream().filter(h -> !h.equals("STT")).map(r::text).toList())
                .collect(Collectors.toSet());
    }

    private static Set<List<String>> entityFacts(SubmissionFile file) {
        return file.entities.rows().stream()
                .map(r -> SubmissionFile.ENTITY_HEADERS.stream().map(r::text).toList())
                .collect(Collectors.toSet());
    }

    private static double sum(SubmissionFile file, String header) {
        return file.communes.rows().stream().mapToDouble(r -> r.get(header).asNumber().orElseThrow()).sum();
    }

    private static Set<String> intersection(Set<String> a, Set<String> b) {
        Set<String> both = new TreeSet<>(a);
        both.retainAll(b);
        return both;
    }
}
