package vn.backan.ocop.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Start-up of the four commands of issue 14 (target 4), wall time including the JVM, as an operator
 * or cron starts them: {@code consolidate} on a fresh copy of {@code input/} into a fresh output
 * folder and H2 database, {@code consolidate} again with nothing new, {@code status}, and
 * {@code template --district 066 --period 2021}. Each variant runs each scenario {@code rounds}
 * times, the variants taking turns within a round so that both see the same load on a shared
 * machine; the table gives medians of the wall time and of the CPU time (user + system) the child
 * JVM used, which a busy machine disturbs less. Not a test: run it by hand after
 * {@code mvn -B -q -DskipTests package}.
 *
 * <pre>
 * mvn -B -q -DskipTests package test-compile
 * java -cp target/test-classes vn.backan.ocop.bench.StartupBenchmark [ROUNDS] [NAME=COMMAND ...]
 * </pre>
 *
 * Without variants: {@code plain=java -jar target/ocop-pipeline.jar} and {@code ready=bin/ocop} (whose
 * archive is prepared, untimed, before the first round). A variant's command is split on spaces, e.g.
 * {@code before=java -jar /tmp/ocop-before.jar} to compare with an earlier build.
 */
public final class StartupBenchmark {

    private static final List<String> SCENARIOS = List.of("consolidate", "nothing new", "status", "template");
    private static final Map<String, String> TARGETS = Map.of("consolidate", "3.0", "nothing new", "2.0", "status", "1.5",
            "template", "1.5");

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Map<String, List<String>> variants = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            variants.put(args[i].substring(0, eq), List.of(args[i].substring(eq + 1).trim().split(" +")));
        }
        if (variants.isEmpty()) {
            variants.put("plain", List.of("java", "-jar", Path.of("target/ocop-pipeline.jar").toAbsolutePath().toString()));
            variants.put("ready", List.of(Path.of("bin/ocop").toAbsolutePath().toString()));
        }
        Path input = Path.of("input").toAbsolutePath();
        if (variants.values().stream().anyMatch(c -> c.get(0).endsWith("bin/ocop"))) {
            System.out.println("preparing bin/ocop's archive (not timed)...");
            run(List.of(Path.of("bin/ocop").toAbsolutePath().toString(), "prepare", input.toString()), Path.of("."));
        }
        System.out.println("load average before: " + loadAverage());

        Map<String, Map<String, List<double[]>>> times = new LinkedHashMap<>();
        for (int round = 1; round <= rounds; round++) {
            for (Map.Entry<String, List<String>> variant : variants.entrySet()) {
                Path home = Files.createTempDirectory("ocop-startup-");
                try {
                    copy(input, home.resolve("input"));
                    String db = "jdbc:h2:file:" + home.resolve("data/ocop");
                    List<List<String>> commands = List.of(
                            List.of("consolidate", "--input", "input", "--output", "output", "--db", db),
                            List.of("consolidate", "--input", "input", "--output", "output", "--db", db),
                            List.of("status", "--db", db),
                            List.of("template", "--district", "066", "--period", "2021", "--output", "template.xlsx"));
                    for (int s = 0; s < SCENARIOS.size(); s++) {
                        List<String> command = new ArrayList<>(variant.getValue());
                        command.addAll(commands.get(s));
                        times.computeIfAbsent(variant.getKey(), k -> new LinkedHashMap<>())
                                .computeIfAbsent(SCENARIOS.get(s), k -> new ArrayList<>()).add(run(command, home));
                    }
                } finally {
                    delete(home);
                }
            }
            System.out.println("round " + round + " done, load average " + loadAverage());
        }

        System.out.printf(Locale.ROOT, "%nmedians of %d runs, seconds: wall (CPU user+system)%n", rounds);
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "| %-12s | %-6s |", "scenario", "target"));
        StringBuilder rule = new StringBuilder("|--------------|--------|");
        for (String name : variants.keySet()) {
            header.append(String.format(Locale.ROOT, " %-15s |", name));
            rule.append("-----------------|");
        }
        System.out.println(header);
        System.out.println(rule);
        for (String scenario : SCENARIOS) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "| %-12s | ≤ %-4s |", scenario, TARGETS.get(scenario)));
            for (String name : variants.keySet()) {
                List<double[]> samples = times.get(name).get(scenario);
                line.append(String.format(Locale.ROOT, " %5.2f (%5.2f)   |", median(samples, 0), median(samples, 1)));
            }
            System.out.println(line);
        }
        System.out.println("load average after: " + loadAverage());
    }

    /** Wall seconds and the child's CPU seconds (Linux: this JVM's reaped-children times before and after). */
    private static double[] run(List<String> command, Path dir) throws IOException, InterruptedException {
        double cpuBefore = childrenCpu();
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        int exit = process.waitFor();
        double wall = (System.nanoTime() - started) / 1e9;
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited " + exit);
        }
        return new double[] {wall, childrenCpu() - cpuBefore};
    }

    /** cutime + cstime of /proc/self/stat, in seconds (at 100 ticks a second); NaN elsewhere. */
    private static double childrenCpu() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields[0] is the state (field 3 of proc(5)): cutime and cstime are fields 16 and 17
            return (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static double median(List<double[]> samples, int index) {
        double[] values = samples.stream().mapToDouble(s -> s[index]).sorted().toArray();
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = to.resolve(from.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
    }

    private static void delete(Path home) throws IOException {
        try (Stream<Path> paths = Files.walk(home)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
