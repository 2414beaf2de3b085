package vn.backan.ocop.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import vn.backan.ocop.fixtures.SyntheticSubmissions;
import vn.backan.ocop.fixtures.TestDatabase;
import vn.backan.ocop.submission.Period;
import vn.backan.ocop.reference.District;
import vn.backan.ocop.reference.Gazetteer;

/**
 * Throughput and memory of a whole {@code consolidate} run: writes {@code files} synthetic district
 * workbooks (8 districts × periods 2018-H1 … 2024), each a cumulative list of up to {@code products}
 * ratings as districts send them (later rounds repeat earlier ratings), then runs the pipeline in a
 * child JVM with {@code -Xmx256m} against a fresh database (H2, or PostgreSQL with a 4th argument
 * {@code postgres}: an embedded server started here) and reports wall time, rows per second and the
 * child's peak resident memory, and each step's time. Not a test: run it by hand. With {@code rounds}
 * for {@code files}: the set of issue 14 ({@link RoundsSet}: 41 files, {@code products} per yearly round).
 * {@code -Dbench.jvm="-Docop.chunk-size=5000 ..."} adds options to the child JVM (to compare settings);
 * {@code -Dbench.h2=";PAGE_SIZE=2048"} appends settings to the H2 URL (the run adds its safety settings
 * after them, as to any H2 URL without {@code AUTO_COMPACT_FILL_RATE});
 * {@code -Dbench.jfr=FILE} records the child with JFR's profile settings ({@code -Dbench.jfr.correction=FILE}
 * the correction's child); {@code -Dbench.ready=bin/ocop} runs both children through the ready command
 * instead of {@code java -cp} (the jar of {@code mvn package}, its start-up archive, the collector it picks;
 * the JVM options above go into {@code OCOP_JAVA_OPTS}); {@code -Dbench.python=NONE}
 * skips the analyst's baseline. After a cumulative set (not {@code rounds}), the first district's newest file is
 * replaced by a correction with 1,000 ratings fewer and {@code consolidate} runs again on the same warehouse.
 *
 * <pre>
 * mvn -B -q test-compile
 * java -cp "target/test-classes:target/classes:$(mvn -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)" \
 *      vn.backan.ocop.bench.ConsolidateBenchmark 100 10000 /tmp/ocop-bench
 * </pre>
 */
public final class ConsolidateBenchmark {

    private ConsolidateBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        sameMigrationsAsSources(System.getProperty("bench.ready") != null);
        boolean rounds = args.length > 0 && args[0].equals("rounds");
        int files = rounds ? 0 : args.length > 0 ? Integer.parseInt(args[0]) : 16;
        int products = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        Path home = Path.of(args.length > 2 ? args[2] : System.getProperty("java.io.tmpdir") + "/ocop-bench");
        Path input = home.resolve("input");
        if (Files.exists(home)) {
            try (var old = Files.walk(home)) {
                old.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(input);
        Path data = home.resolve("data");
        long rows = 0;
        long started = System.nanoTime();
        List<District> districts = Gazetteer.load().districts();
        List<Period> periods = periods();
        Path corrected = null; // the first district's newest file, corrected after the run (not in the rounds set)
        Period correctedPeriod = null;
        for (int i = 0; i < files; i++) {
            District district = districts.get(i % districts.size());
            Period period = periods.get((i / districts.size()) % periods.size());
            Path file = input.resolve(district.code() + "-" + period.code() + ".xlsx");
            rows += SyntheticSubmissions.writeCumulative(file, district, products, period);
            if (i % districts.size() == 0) {
                corrected = file;
                correctedPeriod = period;
            }
        }
        if (rounds) {
            rows += RoundsSet.write(input, products);
            files = RoundsSet.FILES;
        }
        System.out.printf(Locale.ROOT, "input: %d files, %,d data rows, written in %.1f s%n", files, rows, seconds(started));

        List<String> options = new ArrayList<>(List.of("-Xmx256m", "-Dlogging.level.org.springframework.batch.core.step.AbstractStep=INFO"));
        String childOptions = System.getProperty("bench.jvm", "");
        if (!childOptions.isBlank()) {
            options.addAll(List.of(childOptions.trim().split("\\s+")));
        }
        String ready = System.getProperty("bench.ready");
        List<String> command = new ArrayList<>();
        if (ready == null) {
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(options);
            command.addAll(List.of("-cp", System.getProperty("java.class.path")));
        } else {
            command.add(Path.of(ready).toAbsolutePath().toString());
            // Its start-up archive is made once per jar, not in the time measured.
            int prepared = new ProcessBuilder(command.get(0), "prepare").inheritIO().start().waitFor();
            System.out.printf(Locale.ROOT, "%s prepare: exit %d%n", ready, prepared);
        }
        List<String> database = args.length > 3 && args[3].equals("postgres")
                ? List.of(TestDatabase.create(TestDatabase.Kind.POSTGRESQL, home).options())
                : List.of("--db", "jdbc:h2:file:" + data.resolve("ocop").toAbsolutePath() + System.getProperty("bench.h2", ""));
        List<String> consolidate = new ArrayList<>(ready == null ? List.of("vn.backan.ocop.cli.Cli") : List.of());
        consolidate.addAll(List.of("consolidate", "--input", input.toString(), "--output", home.resolve("output").toString()));
        consolidate.addAll(database);

        String jfr = System.getProperty("bench.jfr");
        double wall = child("consolidate", command, options,
                jfr == null ? null : "-XX:StartFlightRecording=filename=" + jfr + ",settings=profile", consolidate, rows);
        Path h2 = data.resolve("ocop.mv.db");
        if (Files.exists(h2)) {
            System.out.printf(Locale.ROOT, "H2 file: %,d bytes, %.0f bytes per staged row%n", Files.size(h2), Files.size(h2) / (double) rows);
        }
        analystBaseline(input, home.resolve("analyst.sqlite"), wall);
        if (corrected != null) {
            // Issue 14's correction: the district's newest file comes back with 1,000 ratings withdrawn.
            SyntheticSubmissions.writeCumulative(input.resolve(corrected.getFileName().toString().replace(".xlsx", "-sua.xlsx")),
                    districts.get(0), products - 1000, correctedPeriod);
            Files.delete(corrected);
            String correctionJfr = System.getProperty("bench.jfr.correction");
            child("correction (" + (products - 1000) + " ratings, on the warehouse above)", command, options,
                    correctionJfr == null ? null : "-XX:StartFlightRecording=filename=" + correctionJfr + ",settings=profile",
                    consolidate, SyntheticSubmissions.rowsPerFile(products - 1000));
        }
        System.exit(0);
    }

    /**
     * Refuses to measure a build whose migrations are not those of the sources: {@code mvn package} without
     * {@code clean} keeps a migration deleted from the sources in {@code target/classes} and in the jar, and on
     * 2026-12-08 a benchmark run was found to have measured a warehouse with an index that had been tried and
     * not taken. Run from the project's folder; elsewhere there is nothing to compare with.
     */
    private static void sameMigrationsAsSources(boolean ready) throws IOException {
        Path sources = Path.of("src", "main", "resources", "db", "migration");
        if (!Files.isDirectory(sources)) {
            return;
        }
        Set<String> expected = migrations(sources);
        Set<String> built = migrations(Path.of("target", "classes", "db", "migration"));
        if (!built.equals(expected)) {
            throw new IllegalStateException("target/classes has other migrations than the sources " + differences(expected, built)
                    + ": build with mvn clean package first");
        }
        if (ready) {
            Path jar = Path.of(System.getenv().getOrDefault("OCOP_JAR", "target/ocop-pipeline.jar"));
            Set<String> packed = new TreeSet<>();
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                zip.stream().map(ZipEntry::getName).filter(n -> n.matches("BOOT-INF/classes/db/migration/[^/]+\\.sql"))
                        .map(n -> n.substring(n.lastIndexOf('/') + 1)).forEach(packed::add);
            }
            if (!packed.equals(expected)) {
                throw new IllegalStateException(jar + " has other migrations than the sources " + differences(expected, packed)
                        + ": build with mvn clean package first");
            }
        }
    }

    private static Set<String> migrations(Path folder) throws IOException {
        Set<String> names = new TreeSet<>();
        if (Files.isDirectory(folder)) {
            try (var listed = Files.list(folder)) {
                listed.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql")).forEach(names::add);
            }
        }
        return names;
    }

    private static String differences(Set<String> expected, Set<String> found) {
        Set<String> extra = new TreeSet<>(found);
        extra.removeAll(expected);
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(found);
        return "(not in the sources: " + extra + ", missing: " + missing + ")";
    }

    /**
     * Runs {@code consolidate} in a child JVM and prints its wall and CPU time and peak resident memory.
     *
     * @param command {@code java} with the options and class path, or the ready command alone
     * @param options the JVM options, for the ready command: in its environment
     * @param recording a JFR option for this child, or null
     */
    private static double child(String what, List<String> command, List<String> options, String recording,
                                List<String> arguments, long rows) throws Exception {
        List<String> line = new ArrayList<>(command);
        ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true);
        if (command.size() == 1) {
            List<String> all = new ArrayList<>(options);
            if (recording != null) {
                all.add(recording);
            }
            builder.environment().put("OCOP_JAVA_OPTS", String.join(" ", all));
        } else if (recording != null) {
            line.add(recording);
        }
        line.addAll(arguments);
        long started = System.nanoTime();
        Process process = builder.start();
        long peakKb = 0;
        java.time.Duration cpu = java.time.Duration.ZERO;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            Thread reader = new Thread(() -> out.lines().filter(l -> l.contains("Published") || l.contains("Progress")
                    || l.contains("executed in") || l.contains("H2 file")
                    || l.contains("feedback workbooks") || l.contains("ERROR") || l.contains("failed")).forEach(System.out::println));
            reader.start();
            while (process.isAlive()) {
                peakKb = Math.max(peakKb, peakResidentKb(process.pid()));
                cpu = process.toHandle().info().totalCpuDuration().orElse(cpu);
                Thread.sleep(200);
            }
            reader.join();
        }
        double wall = seconds(started);
        // CPU time (all threads, sampled every 200 ms) tells a slower run from a busier machine.
        System.out.printf(Locale.ROOT, "%s: exit %d, %.1f s wall, %.1f s CPU, %,.0f rows/s, peak resident %d MB (-Xmx256m), "
                        + "load average %s%n", what, process.exitValue(), wall, cpu.toMillis() / 1e3, rows / wall, peakKb / 1024,
                Files.readString(Path.of("/proc/loadavg")).strip());
        return wall;
    }

    /**
     * The analyst's script of issue 14 on the same files, right after: pandas + openpyxl into SQLite
     * ({@code src/test/python/analyst_baseline.py}), and how many times faster {@code consolidate} was.
     * The interpreter is {@code -Dbench.python} (default {@code /usr/bin/python3}, where Debian's
     * {@code python3-pandas python3-openpyxl} are).
     */
    private static void analystBaseline(Path input, Path database, double consolidateSeconds) throws Exception {
        String python = System.getProperty("bench.python", "/usr/bin/python3");
        if (python.equals("NONE")) {
            return;
        }
        Path script = Path.of("src", "test", "python", "analyst_baseline.py").toAbsolutePath();
        long started = System.nanoTime();
        Process baseline = new ProcessBuilder(python, script.toString(), input.toString(), database.toString())
                .redirectErrorStream(true).start();
        String output = new String(baseline.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        int exit = baseline.waitFor();
        double seconds = seconds(started);
        System.out.println(output);
        System.out.printf(Locale.ROOT, "analyst baseline: exit %d, %.1f s wall; consolidate is %.2f× its speed%n",
                exit, seconds, seconds / consolidateSeconds);
    }

    private static List<Period> periods() {
        List<Period> periods = new ArrayList<>();
        for (int year = 2018; year <= 2024; year++) {
            periods.add(new Period(year, 1));
            periods.add(new Period(year, 2));
            periods.add(new Period(year, 0));
        }
        return periods;
    }

    /** VmHWM: the most resident memory the process has had. */
    private static long peakResidentKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (Exception e) {
            // the process just ended
        }
        return 0;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
