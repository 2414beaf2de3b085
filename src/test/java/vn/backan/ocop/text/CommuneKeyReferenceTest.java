package vn.backan.ocop.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.backan.ocop.fixtures.CsvText;

/** The matching keys against the real commune list, so folding never merges two communes. */
class CommuneKeyReferenceTest {

    private record Unit(String districtCode, String name, String type, LocalDate from, LocalDate to) {
        boolean validOn(LocalDate day) {
            return (from == null || !day.isBefore(from)) && !day.isAfter(to);
        }
    }

    private static List<Unit> units;

    @BeforeAll
    static void readUnits() throws IOException {
        units = new ArrayList<>();
        try (InputStream in = CommuneKeyReferenceTest.class.getResourceAsStream("/reference/bac-kan-admin-units.csv")) {
            assertThat(in).as("bac-kan-admin-units.csv on the classpath").isNotNull();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> header = CsvText.fields(reader.readLine());
            int district = header.indexOf("district_code");
            int name = header.indexOf("commune_name");
            int type = header.indexOf("commune_type");
            int from = header.indexOf("valid_from");
            int to = header.indexOf("valid_to");
            assertThat(List.of(district, name, type, from, to)).doesNotContain(-1);
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                List<String> f = CsvText.fields(line);
                units.add(new Unit(f.get(district), f.get(name), f.get(type),
                        f.get(from).isEmpty() ? null : LocalDate.parse(f.get(from)), LocalDate.parse(f.get(to))));
            }
        }
    }

    @ParameterizedTest
    @CsvSource({
            // Unit counts from SOURCES.md: 122 before Resolution 855, 108 after, Vân Tùng only changes type in 2023.
            "2019-10-17, 122",
            "2020-01-31, 122",
            "2020-02-01, 108",
            "2023-04-09, 108",
            "2023-04-10, 108",
            "2025-06-30, 108",
    })
    void communesValidOnTheSameDayInOneDistrictHaveDistinctKeys(LocalDate day, int expectedUnits) {
        List<Unit> valid = units.stream().filter(u -> u.validOn(day)).toList();
        assertThat(valid).hasSize(expectedUnits);

        Map<String, List<Unit>> byDistrict = valid.stream().collect(Collectors.groupingBy(Unit::districtCode));
        for (Map.Entry<String, List<Unit>> district : byDistrict.entrySet()) {
            Map<String, String> seen = new HashMap<>();
            for (Unit u : district.getValue()) {
                String previous = seen.put(VietnameseText.communeKey(u.name()), u.name());
                assertThat(previous)
                        .as("district %s on %s: %s and %s share a key", district.getKey(), day, previous, u.name())
                        .isNull();
            }
        }
    }

    @Test
    void noCommuneNameStartsWithATypeWord() {
        for (Unit u : units) {
            String key = VietnameseText.communeKey(u.name());
            assertThat(key).as(u.name()).isEqualTo(VietnameseText.fold(u.name()));
            assertThat(VietnameseText.communeKey(u.type() + " " + u.name())).as(u.type() + " " + u.name()).isEqualTo(key);
        }
        TreeSet<String> types = units.stream().map(Unit::type).collect(Collectors.toCollection(TreeSet::new));
        assertThat(types).containsExactly("Phường", "Thị trấn", "Xã");
    }
}
