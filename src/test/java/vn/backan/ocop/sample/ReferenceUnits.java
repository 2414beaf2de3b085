package vn.backan.ocop.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The province's communes over time, read straight from the reference CSV: which commune a name
 * means on a given date, and which commune took over an abolished one.
 */
final class ReferenceUnits {

    record Unit(String district, String code, String name, String type, LocalDate validFrom, LocalDate validTo,
                List<String> mergedInto) {

        boolean validOn(LocalDate date) {
            return (validFrom == null || !date.isBefore(validFrom)) && !date.isAfter(validTo);
        }

        /** Identity of a commune on one date; codes alone are reused (02155 was Lương Hạ, then Yến Lạc). */
        String id() {
            return code + " " + name;
        }
    }

    private final List<Unit> units;

    private ReferenceUnits(List<Unit> units) {
        this.units = units;
    }

    static ReferenceUnits load(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        // only the last column (source) is ever quoted, so a bounded split keeps it whole
        List<Unit> units = lines.subList(1, lines.size()).stream()
                .filter(line -> !line.isBlank())
                .map(line -> line.split(",", 12))
                .map(f -> new Unit(f[2], f[5], f[6], f[7],
                        f[8].isEmpty() ? null : LocalDate.parse(f[8]), LocalDate.parse(f[9]),
                        f[10].isEmpty() ? List.of() : Arrays.asList(f[10].split("\\|"))))
                .toList();
        return new ReferenceUnits(units);
    }

    List<Unit> inDistrict(String district, LocalDate on) {
        return units.stream().filter(u -> u.district().equals(district) && u.validOn(on)).toList();
    }

    Unit byId(String id, LocalDate on) {
        return units.stream().filter(u -> u.id().equals(id) && u.validOn(on)).findFirst().orElseThrow();
    }

    /** The commune of {@code district} that {@code typed} (a name or a 5-digit code) means on that date. */
    Optional<Unit> find(String district, String typed, LocalDate on) {
        String key = Names.key(typed);
        return inDistrict(district, on).stream()
                .filter(u -> u.code().equals(typed.trim()) || Names.key(u.name()).equals(key))
                .findFirst();
    }

    /** The commune that stands for {@code unit} on {@code on}: itself, or its single successor. */
    Optional<Unit> onDate(Unit unit, LocalDate on) {
        if (unit.validOn(on)) {
            return Optional.of(unit);
        }
        if (unit.mergedInto().size() != 1 || !unit.validTo().isBefore(on)) {
            return Optional.empty();
        }
        String code = unit.mergedInto().get(0);
        LocalDate dayAfter = unit.validTo().plusDays(1);
        return units.stream()
                .filter(u -> u.code().equals(code) && u.validOn(dayAfter))
                .findFirst()
                .flatMap(successor -> onDate(successor, on));
    }
}
