package vn.backan.ocop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Which package of the project may import which, read from the import lines of src/main/java (and
 * names written out in full in code): the layering the package-info files describe, kept by the build.
 * The submission contract, the text rules and the Excel reader at the bottom; intake reads a file;
 * each sheet package describes its sheet; the warehouse stores what the sheets describe; the reports
 * and the template read the warehouse; {@code job} wires the steps; {@code cli} starts it all.
 */
class PackageRulesTest {

    private static final String PROJECT = "vn.backan.ocop";
    private static final String ROOT = "(root)";
    private static final Set<String> CONTRACT = Set.of("submission", "text", "reference", "validation");
    private static final Set<String> SHEETS = Set.of("product", "entity", "commune", "support");

    /** Package (relative to vn.backan.ocop; the root package itself is {@value #ROOT}) → the project packages it may import. */
    static final Map<String, Set<String>> MAY_IMPORT = rules();

    private static Map<String, Set<String>> rules() {
        Map<String, Set<String>> rules = new LinkedHashMap<>();
        rules.put("intake.excel", Set.of());
        rules.put("layout", Set.of());
        rules.put("text", Set.of("intake.excel"));
        rules.put("submission", Set.of("text"));
        rules.put("reference", Set.of("submission", "text"));
        rules.put("validation", Set.of("submission", "text"));
        rules.put("intake", union(CONTRACT, Set.of("intake.excel")));
        rules.put("sheet", union(CONTRACT, Set.of("intake")));
        for (String sheet : SHEETS) {
            rules.put(sheet, union(CONTRACT, Set.of("intake", "sheet")));
        }
        // The warehouse knows sheets only through their descriptions (sheet.Sheets), never a sheet package.
        rules.put("warehouse", union(CONTRACT, Set.of("intake", "intake.excel", "sheet")));
        rules.put("warehouse.read", union(CONTRACT, Set.of("sheet", "warehouse")));
        rules.put("template", union(CONTRACT, SHEETS, Set.of("sheet", "layout", "warehouse.read")));
        rules.put(ROOT, Set.of("intake", "reference"));
        rules.put("report", union(CONTRACT, SHEETS, Set.of(ROOT, "intake", "intake.excel", "sheet", "layout", "template",
                "warehouse", "warehouse.read")));
        Set<String> belowJob = new TreeSet<>(rules.keySet());
        rules.put("job", belowJob);
        Set<String> belowCli = new TreeSet<>(rules.keySet());
        rules.put("cli", belowCli);
        return rules;
    }

    /** Outside libraries kept to the packages that need them: Spring Batch is the job's, started by the command line. */
    static final Map<String, Set<String>> LIBRARIES = Map.of("org.springframework.batch", Set.of("job", "cli"));

    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+?)(?:\\.\\*)?\\s*;");
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;");
    /** A project class named in full inside code: the package is what precedes the first capitalised name. */
    private static final Pattern INLINE = Pattern.compile("\\bvn\\.backan\\.ocop((?:\\.[a-z]\\w*)*)\\.[A-Z]");
    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");

    /** One reference from a source line to a project package or a library. */
    record Use(String from, String target, String file, int line, String text) {
    }

    @Test
    void everyImportFollowsTheLayering() {
        List<Use> uses = uses();
        assertThat(uses).as("no source read from %s", Path.of("src/main/java").toAbsolutePath()).isNotEmpty();
        List<String> forbidden = new ArrayList<>();
        for (Use use : uses) {
            Set<String> allowed = MAY_IMPORT.get(use.from());
            if (allowed == null) {
                forbidden.add(use.file() + ":" + use.line() + ": package " + name(use.from())
                        + " has no row in PackageRulesTest.MAY_IMPORT: place it in the layering");
            } else if (isProject(use.target()) && !relative(use.target()).equals(use.from()) && !allowed.contains(relative(use.target()))) {
                forbidden.add(use.file() + ":" + use.line() + ": " + name(use.from()) + " imports " + use.text()
                        + " — " + name(use.from()) + " may import only " + names(allowed));
            } else {
                LIBRARIES.forEach((library, users) -> {
                    if ((use.target() + ".").startsWith(library + ".") && !users.contains(use.from())) {
                        forbidden.add(use.file() + ":" + use.line() + ": " + name(use.from()) + " imports " + use.text()
                                + " — " + library + " is for " + names(users) + " only");
                    }
                });
            }
        }
        assertThat(forbidden).as("imports the package rules forbid (PackageRulesTest.MAY_IMPORT, package-info.java)")
                .isEmpty();
    }

    /** The rules themselves layer the packages: no two packages may import each other, even through others. */
    @Test
    void theRulesHaveNoCycle() {
        for (String start : MAY_IMPORT.keySet()) {
            Set<String> reached = new TreeSet<>();
            List<String> todo = new ArrayList<>(MAY_IMPORT.get(start));
            while (!todo.isEmpty()) {
                String next = todo.remove(todo.size() - 1);
                if (reached.add(next)) {
                    todo.addAll(MAY_IMPORT.getOrDefault(next, Set.of()));
                }
            }
            assertThat(reached).as("packages %s reaches through the rules", name(start)).doesNotContain(start);
        }
    }

    /** The scanner itself: an import, a static import and a name written in full count; comments and strings do not. */
    @Test
    void theScannerSeesImportsAndNamesInFull() {
        List<Use> uses = uses("vn/backan/ocop/report/Example.java", List.of(
                "package vn.backan.ocop.report;",
                "import java.util.List;",
                "import static vn.backan.ocop.job.RunId.of;",
                "import org.springframework.batch.core.job.Job;",
                "/** {@link vn.backan.ocop.cli.Cli} */",
                "class Example { vn.backan.ocop.warehouse.read.Reader r; // vn.backan.ocop.cli.Cli",
                "  String s = \"vn.backan.ocop.cli.Cli\"; }"));
        assertThat(uses).extracting(Use::target).containsExactly("java.util", "vn.backan.ocop.job",
                "org.springframework.batch.core.job", "vn.backan.ocop.warehouse.read");
        assertThat(uses).allMatch(u -> u.from().equals("report"));
    }

    /** Prints the graph as it is, for the package-info files and the review of a change to the rules. */
    @Test
    void printsTheCurrentGraph() {
        Map<String, Map<String, Integer>> graph = new TreeMap<>();
        for (Use use : uses()) {
            if (isProject(use.target()) && !relative(use.target()).equals(use.from())) {
                graph.computeIfAbsent(use.from(), k -> new TreeMap<>()).merge(relative(use.target()), 1, Integer::sum);
            }
        }
        StringBuilder text = new StringBuilder("Project imports (package -> imported package (lines)):\n");
        graph.forEach((from, to) -> text.append("  ").append(from).append(" -> ").append(to).append('\n'));
        System.out.print(text);
        assertThat(graph).containsKey("cli");
    }

    private static List<Use> uses() {
        Path sources = Path.of("src/main/java");
        List<Use> uses = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                uses.addAll(uses(sources.relativize(file).toString(), Files.readAllLines(file, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uses;
    }

    static List<Use> uses(String file, List<String> lines) {
        String from = null;
        List<Use> uses = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            Matcher m;
            if ((m = PACKAGE.matcher(line)).find()) {
                from = relative(m.group(1));
            } else if ((m = IMPORT.matcher(line)).find()) {
                uses.add(new Use(from, packageOf(m.group(1)), file, i + 1, m.group(1)));
            } else if (!line.startsWith("*") && !line.startsWith("/*") && !line.startsWith("//")) {
                String code = STRING.matcher(line).replaceAll("\"\"").replaceFirst("//.*$", "");
                Matcher inline = INLINE.matcher(code);
                while (inline.find()) {
                    uses.add(new Use(from, PROJECT + inline.group(1), file, i + 1, PROJECT + inline.group(1) + " (written in full)"));
                }
            }
        }
        return uses;
    }

    /** The package of an imported name: the part before the first capitalised segment. */
    private static String packageOf(String imported) {
        List<String> parts = new ArrayList<>();
        for (String part : imported.split("\\.")) {
            if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) {
                break;
            }
            parts.add(part);
        }
        return String.join(".", parts);
    }

    private static boolean isProject(String pkg) {
        return pkg.equals(PROJECT) || pkg.startsWith(PROJECT + ".");
    }

    private static String relative(String pkg) {
        return pkg.equals(PROJECT) ? ROOT : pkg.startsWith(PROJECT + ".") ? pkg.substring(PROJECT.length() + 1) : pkg;
    }

    private static String name(String relative) {
        return relative.equals(ROOT) ? PROJECT : PROJECT + "." + relative;
    }

    private static String names(Set<String> relatives) {
        return relatives.isEmpty() ? "nothing of the project" : new TreeSet<>(relatives).toString();
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> all = new TreeSet<>();
        for (Set<String> set : sets) {
            all.addAll(set);
        }
        return all;
    }
}
