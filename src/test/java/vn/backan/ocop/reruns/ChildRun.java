package vn.backan.ocop.reruns;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** The pipeline in a separate JVM, as cron starts it: so that a test can kill it with SIGKILL. */
final class ChildRun implements AutoCloseable {

    private final Process process;
    private final List<String> lines = new CopyOnWriteArrayList<>();

    private ChildRun(Process process) {
        this.process = process;
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // the process was killed
            }
        });
        reader.setDaemon(true);
        reader.start();
    }

    static ChildRun consolidate(Pipeline pipeline, String... extra) throws IOException {
        return consolidate(List.of("-Xmx256m"), pipeline, extra);
    }

    /** With these JVM options instead of {@code -Xmx256m}. */
    static ChildRun consolidate(List<String> jvm, Pipeline pipeline, String... extra) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvm);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "vn.backan.ocop.cli.Cli",
                "consolidate", "--input", pipeline.input.toString(), "--output", pipeline.home.resolve("output").toString()));
        command.addAll(List.of(pipeline.db.options()));
        command.addAll(List.of(extra));
        return new ChildRun(new ProcessBuilder(command).directory(pipeline.home.toFile()).redirectErrorStream(true).start());
    }

    /** Waits until a log line contains {@code marker}; false if the process ended first or time ran out. */
    boolean awaitLine(String marker, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (lines.stream().anyMatch(l -> l.contains(marker))) {
                return true;
            }
            if (!process.isAlive()) {
                return lines.stream().anyMatch(l -> l.contains(marker));
            }
            Thread.sleep(5);
        }
        return false;
    }

    /** SIGKILL: no shutdown hook, no finally block, no rollback by the JVM. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    int await(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("child run did not finish in " + timeout + ": " + String.join("\n", lines));
        }
        return process.exitValue();
    }

    String log() {
        return String.join("\n", lines);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
