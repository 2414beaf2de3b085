package vn.backan.ocop.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.backan.ocop.fixtures.SyntheticSubmissions;
import vn.backan.ocop.reference.District;
import vn.backan.ocop.reference.Gazetteer;
import vn.backan.ocop.submission.Period;

/**
 * Time of the {@code feedback} step per workbook: writes {@code files} synthetic district workbooks of
 * {@code products} cumulative ratings each (8 districts × periods 2020-H1 … 2024, so every file holds all
 * {@code products} ratings and 500 producers: 7,500 rows with the default 7,000, the files of issue 14's
 * profile), runs {@code consolidate} on them in a child JVM with {@code -Xmx256m} and H2 (with
 * {@code --dry-run} as 4th argument {@code dry}: review goes straight to feedback, a shorter run), and prints
 * each step's time from the log ("executed in"), the feedback step's time per workbook, the CPU the child
 * used while the step ran (the machine is shared: CPU time is steadier than wall time under load), and the
 * child's resident memory, during the step and at its peak. Not a test: run it by hand.
 *
 * <pre>
 * mvn -B -q -o test-compile
 * java -cp "target/test-classes:target/classes:$(mvn -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)" \
 *      vn.backan.ocop.bench.FeedbackBenchmark 24 7000 /tmp/ocop-feedback-bench
 * </pre>
 */
public final class FeedbackBenchmark {

    private static final DateTimeFormatter LOG_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
    private static final Pattern STEP = Pattern.compile("Step: \\[(\\w+)] executed in (?:(\\d+)m(?!s))?(?:(\\d+)s)?(?:(\\d+)ms)?");

    private FeedbackBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int files = args.length > 0 ? Integer.parseInt(args[0]) : 24;
        int products = args.length > 1 ? Integer.parseInt(args[1]) : 7000;
        Path home = Path.of(args.length > 2 ? args[2] : System.getProperty("java.io.tmpdir") + "/ocop-feedback-bench");
        boolean dry = args.length > 3 && args[3].equals("dry");
        Path input = home.resolve("input");
        if (Files.exists(home)) {
            try (var old = Files.walk(home)) {
                old.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(input);
        List<District> districts = Gazetteer.load().districts();
        List<Period> periods = new ArrayList<>();
        for (int year = 2020; year <= 2024; year++) {
            periods.add(new Period(year, 1));
            periods.add(new Period(year, 2));
            periods.add(new Period(year, 0));
        }
        long rows = 0;
        for (int i = 0; i < files; i++) {
            District district = districts.get(i % districts.size());
            Period period = periods.get((i / districts.size()) % periods.size());
            rows += SyntheticSubmissions.writeCumulative(input.resolve(district.code() + "-" + period.code() + ".xlsx"),
                    district, products, period);
        }
        System.out.printf(Locale.ROOT, "input: %d files, %,d data rows%n", files, rows);

        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Dlogging.level.org.springframework.batch.core.step.AbstractStep=INFO",
                "-cp", System.getProperty("java.class.path")));
        String jfr = System.getProperty("bench.jfr");
        if (jfr != null) {
            command.add("-XX:StartFlightRecording=filename=" + jfr + ",settings=profile");
        }
        command.addAll(List.of("vn.backan.ocop.cli.Cli", "consolidate", "--input", input.toString(),
                "--output", home.resolve("output").toString(),
                "--db", "jdbc:h2:file:" + home.resolve("data").resolve("ocop").toAbsolutePath(),
                "--log", home.resolve("ocop.log").toString()));
        if (dry) {
            command.add("--dry-run");
        }
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        long peakKb = 0;
        double[] feedback = {-1};
        List<Sample> samples = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            Thread reader = new Thread(() -> out.lines().filter(line -> line.contains("ERROR") || line.contains("failed")
                    || line.contains("feedback workbooks")).forEach(System.out::println));
            reader.start();
            while (process.isAlive()) {
                Sample sample = sample(process.pid());
                if (sample != null) {
                    samples.add(sample);
                    peakKb = Math.max(peakKb, sample.peakKb());
                }
                Thread.sleep(100);
            }
            reader.join();
        }
        double wall = (System.nanoTime() - started) / 1e9;
        // The steps' times are in the run's log, not on the console.
        LocalDateTime from = null;
        LocalDateTime to = null;
        for (String line : Files.readAllLines(home.resolve("ocop.log"), StandardCharsets.UTF_8)) {
            if (line.contains("Executing step: [feedback]")) {
                from = LocalDateTime.parse(line.substring(0, 23), LOG_TIME);
            } else if (line.contains("Step: [feedback] executed")) {
                to = LocalDateTime.parse(line.substring(0, 23), LOG_TIME);
            }
            Matcher m = STEP.matcher(line);
            if (m.find()) {
                double seconds = value(m.group(2)) * 60 + value(m.group(3)) + value(m.group(4)) / 1000.0;
                System.out.printf(Locale.ROOT, "step %-10s %8.1f s%n", m.group(1), seconds);
                if (m.group(1).equals("feedback")) {
                    feedback[0] = seconds;
                }
            }
        }
        System.out.printf(Locale.ROOT, "consolidate%s: exit %d, %.1f s wall, peak resident %d MB (-Xmx256m)%n",
                dry ? " --dry-run" : "", process.exitValue(), wall, peakKb / 1024);
        System.out.printf(Locale.ROOT, "feedback: %.1f s for %d workbooks, %.3f s per workbook%n",
                feedback[0], files, feedback[0] / files);
        if (from != null && to != null) {
            // CPU seconds of the whole child while the step ran: what the step costs whatever else the machine does.
            LocalDateTime start = from;
            LocalDateTime end = to;
            List<Sample> during = samples.stream().filter(x -> !x.at().isBefore(start) && !x.at().isAfter(end)).toList();
            Sample before = samples.stream().filter(x -> x.at().isBefore(start)).reduce((a, b) -> b).orElse(null);
            if (!during.isEmpty() && before != null) {
                double cpu = (during.get(during.size() - 1).cpuTicks() - before.cpuTicks()) / 100.0;
                System.out.printf(Locale.ROOT, "feedback: %.1f s CPU (all threads), %.3f s CPU per workbook; resident during"
                                + " the step up to %d MB, peak before it %d MB, after it %d MB%n", cpu, cpu / files,
                        during.stream().mapToLong(Sample::residentKb).max().orElse(0) / 1024, before.peakKb() / 1024,
                        during.get(during.size() - 1).peakKb() / 1024);
            }
        }
        System.exit(0);
    }

    private static long value(String group) {
        return group == null ? 0 : Long.parseLong(group);
    }

    /** The child at one moment: resident now (VmRSS), most resident so far (VmHWM), CPU used (utime + stime). */
    private record Sample(LocalDateTime at, long residentKb, long peakKb, long cpuTicks) {
    }

    private static Sample sample(long pid) {
        try {
            LocalDateTime at = LocalDateTime.now();
            long resident = 0;
            long peak = 0;
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmHWM:")) {
                    peak = Long.parseLong(line.replaceAll("[^0-9]", ""));
                } else if (line.startsWith("VmRSS:")) {
                    resident = Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            // Fields after the command's closing parenthesis: utime and stime are the 12th and 13th (clock ticks, 100 a second).
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return new Sample(at, resident, peak, Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
        } catch (Exception e) {
            // the process just ended
            return null;
        }
    }
}
