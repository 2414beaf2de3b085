package vn.backan.ocop.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The boundaries the package-info files state, read from the sources: the warehouse and the job know the
 * sheets only through their descriptions, and a sheet package knows no other sheet nor the warehouse.
 */
class SheetBoundariesTest {

    private static final Path SOURCES = Path.of("src/main/java/vn/backan/ocop");
    private static final List<String> SHEET_PACKAGES = List.of("product", "entity", "commune", "support");

    @Test
    void theWarehouseAndTheJobNameNoSheetNorItsTables() throws IOException {
        List<String> names = new ArrayList<>();
        for (SheetDescription sheet : SheetsMatchMigrationsTest.descriptions()) {
            names.addAll(List.of(sheet.staging().name(), sheet.warehouse().table(), sheet.warehouse().offered(),
                    sheet.warehouse().work(), sheet.staging().type().getSimpleName()));
        }
        Pattern named = Pattern.compile("\\b(" + String.join("|", names) + ")\\b|import vn\\.backan\\.ocop\\.("
                + String.join("|", SHEET_PACKAGES) + ")\\.|SheetKind\\.(PRODUCT|ENTITY|COMMUNE|SUPPORT)");
        List<String> found = new ArrayList<>();
        for (Path file : sources("warehouse", "job", "sheet")) {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (named.matcher(lines.get(i)).find() && !file.getFileName().toString().equals("package-info.java")) {
                    found.add("%s:%d %s".formatted(file.getFileName(), i + 1, lines.get(i).strip()));
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void aSheetPackageImportsNoOtherSheetNorTheWarehouse() throws IOException {
        List<String> found = new ArrayList<>();
        for (String sheet : SHEET_PACKAGES) {
            Pattern foreign = Pattern.compile("^import (static )?vn\\.backan\\.ocop\\.(warehouse|job|report|template|cli|intake\\.excel|"
                    + String.join("|", SHEET_PACKAGES.stream().filter(p -> !p.equals(sheet)).toList()) + ")\\.");
            for (Path file : sources(sheet)) {
                Files.readAllLines(file).stream().filter(line -> foreign.matcher(line).find())
                        .forEach(line -> found.add("%s/%s: %s".formatted(sheet, file.getFileName(), line)));
            }
        }
        assertThat(found).isEmpty();
    }

    private static List<Path> sources(String... packages) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String name : packages) {
            try (Stream<Path> listed = Files.list(SOURCES.resolve(name))) {
                listed.filter(f -> f.toString().endsWith(".java")).sorted().forEach(files::add);
            }
        }
        assertThat(files).isNotEmpty();
        return files;
    }
}
