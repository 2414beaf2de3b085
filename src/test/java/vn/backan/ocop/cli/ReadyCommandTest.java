package vn.backan.ocop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/ocop} chooses its start-up archive by the JDK it finds: an AppCDS archive before Java 25,
 * an AOT cache from Java 25 on. The JDK here is a stand-in (a {@code release} file and a
 * {@code bin/java} script that records how it was called and makes the files asked of it), so both
 * branches are checked on any machine, whatever JDK the build runs on.
 */
class ReadyCommandTest {

    /** Records its arguments, one call a line; makes the extracted jar and the archive it is asked for. */
    private static final String FAKE_JAVA = """
            #!/bin/sh
            echo "$* [MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-}]" >> "$(dirname "$0")/../../calls"
            previous=
            for arg in "$@"; do
                case $arg in
                    -XX:AOTCacheOutput=*|-XX:ArchiveClassesAtExit=*) : > "${arg#*=}" ;;
                esac
                if [ "$previous" = --destination ]; then mkdir -p "$arg" && : > "$arg/ocop-pipeline.jar"; fi
                previous=$arg
            done
            """;

    @TempDir
    Path home;

    @Test
    void java25StartsWithAnAotCacheRecordedWithBothCompilers() throws Exception {
        List<String> calls = status(jdk("25.0.3", "25.0.3+9-LTS"));

        assertThat(calls).hasSize(3); // extract, training, the command
        assertThat(calls.get(1)).contains("-XX:AOTCacheOutput=", "vn.backan.ocop.cli.CdsTraining")
                .doesNotContain("TieredStopAtLevel", "ArchiveClassesAtExit");
        assertThat(calls.get(2)).contains("-XX:AOTCache=" + home.resolve("target/ocop-cds/ocop.aot"),
                "-XX:TieredStopAtLevel=1", "-jar " + home.resolve("target/ocop-cds/app/ocop-pipeline.jar") + " status")
                .doesNotContain("SharedArchiveFile");
        assertThat(home.resolve("target/ocop-cds/ocop.aot")).exists();
        assertThat(home.resolve("target/ocop-cds/ocop.jsa")).doesNotExist();
    }

    @Test
    void java17StartsWithAnAppCdsArchiveRecordedWithC1() throws Exception {
        List<String> calls = status(jdk("17.0.15", "17.0.15+6-Debian-1deb12u1"));

        assertThat(calls).hasSize(3);
        assertThat(calls.get(1)).contains("-XX:ArchiveClassesAtExit=", "-XX:TieredStopAtLevel=1", "vn.backan.ocop.cli.CdsTraining")
                .doesNotContain("AOTCache");
        assertThat(calls.get(2)).contains("-XX:SharedArchiveFile=" + home.resolve("target/ocop-cds/ocop.jsa"), "-Xshare:auto")
                .doesNotContain("AOTCache");
        assertThat(home.resolve("target/ocop-cds/ocop.jsa")).exists();
    }

    @Test
    void anotherJdkPreparesAgainAndTheOldArchiveGoes() throws Exception {
        status(jdk("17.0.15", "17.0.15+6"));
        List<String> calls = status(jdk("25.0.3", "25.0.3+9-LTS"));

        assertThat(calls).hasSize(6); // the second run prepared again
        assertThat(calls.get(5)).contains("-XX:AOTCache=");
        assertThat(home.resolve("target/ocop-cds/ocop.jsa")).doesNotExist();
        List<String> again = status(home.resolve("jdk-25.0.3"));
        assertThat(again).hasSize(7); // the archive fits: no preparation
    }

    @Test
    void aLongRunGetsTheThroughputCollectorItsOwnHeapSizingAndTheCLibraryTrimmed() throws Exception {
        List<String> calls = run(jdk("17.0.15", "17.0.15+6-Debian-1deb12u1"), "-Xmx256m", "restart");

        assertThat(calls.get(2)).contains("-XX:+UseParallelGC",
                        "-XX:+UnlockExperimentalVMOptions -XX:TrimNativeHeapInterval=1000", "-Xmx256m",
                        "restart [MALLOC_ARENA_MAX=2]")
                // Without its own sizing the collector never grows the heap it starts with: the 41-file set,
                // run without -Xmx, spent 13 minutes collecting (docs/performance.md, 2026-12-07 (evening)).
                .doesNotContain("TieredStopAtLevel", "UseAdaptiveSizePolicy", "-Xms", "-Xmn");
    }

    @Test
    void aJavaWithoutTheTrimmingStartsWithoutIt() throws Exception {
        List<String> old = run(jdk("17.0.8", "17.0.8+7"), "", "restart");
        assertThat(old.get(2)).contains("-XX:+UseParallelGC", "[MALLOC_ARENA_MAX=2]").doesNotContain("TrimNativeHeapInterval");
        for (String firstRelease : new String[] {"17", "21"}) { // JAVA_VERSION="17": no update number at all
            assertThat(last(run(jdk(firstRelease, firstRelease + "+35"), "", "restart"))).as(firstRelease)
                    .contains("-XX:+UseParallelGC").doesNotContain("TrimNativeHeapInterval");
        }

        assertThat(last(run(jdk("25.0.3", "25.0.3+9-LTS"), "", "restart"))).contains("-XX:TrimNativeHeapInterval=1000");
    }

    @Test
    void theOperatorsCollectorReplacesTheReadyCommandsOwnAndShortRunsGetNone() throws Exception {
        Path jdk = jdk("17.0.15", "17.0.15+6");
        assertThat(last(run(jdk, "-XX:+UseG1GC -Xmx1g", "restart"))).contains("-XX:+UseG1GC -Xmx1g")
                .doesNotContain("ParallelGC", "TrimNativeHeapInterval", "MALLOC_ARENA_MAX=2");
        assertThat(last(run(jdk, "", "status"))).contains("-XX:TieredStopAtLevel=1")
                .doesNotContain("ParallelGC", "TrimNativeHeapInterval", "MALLOC_ARENA_MAX=2");
    }

    @Test
    void theHeapHasAMaximumUnlessTheOperatorNamesASize() throws Exception {
        Path jdk = jdk("17.0.15", "17.0.15+6");
        // Left to itself the JVM allowed 6 GB here, and the 41-file set took 2.5 GB resident (docs/performance.md).
        assertThat(last(run(jdk, "", "restart"))).contains("-XX:+UseParallelGC", "-Xmx512m");
        assertThat(last(run(jdk, null, "status"))).contains("-Xmx512m");

        assertThat(last(run(jdk, "-Xmx2g", "restart"))).contains("-Xmx2g").doesNotContain("-Xmx512m");
        // An initial size above ours would stop the JVM; the JVM reads these two variables before the command line.
        assertThat(last(run(jdk, "-Xms1g", "restart"))).doesNotContain("-Xmx");
        assertThat(last(run(jdk, "", "restart", Map.of("JAVA_TOOL_OPTIONS", "-XX:MaxRAMPercentage=50")))).doesNotContain("-Xmx");
        assertThat(last(run(jdk, "", "restart", Map.of("JDK_JAVA_OPTIONS", "-Xmx3g")))).doesNotContain("-Xmx");
        assertThat(last(run(jdk, "-XX:MaxRAM=8g", "restart"))).doesNotContain("-Xmx");
        assertThat(last(run(jdk, "-Docop.PARAM=1", "restart"))).contains("-Xmx512m"); // not a heap size
    }

    private static String last(List<String> calls) {
        return calls.get(calls.size() - 1);
    }

    /** A stand-in JDK of that version under {@code home}. */
    private Path jdk(String version, String runtime) throws IOException {
        Path jdk = home.resolve("jdk-" + version);
        Path java = Files.createDirectories(jdk.resolve("bin")).resolve("java");
        Files.writeString(java, FAKE_JAVA, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(jdk.resolve("release"), "JAVA_VERSION=\"" + version + "\"\nJAVA_RUNTIME_VERSION=\"" + runtime + "\"\n");
        return jdk;
    }

    /** {@code bin/ocop status} with that JDK and a jar of its own; every call of the stand-ins' {@code java} so far. */
    private List<String> status(Path jdk) throws Exception {
        return run(jdk, null, "status");
    }

    /** {@code bin/ocop <command>} with that JDK, {@code OCOP_JAVA_OPTS} (null: unset) and a jar of its own. */
    private List<String> run(Path jdk, String javaOptions, String command) throws Exception {
        return run(jdk, javaOptions, command, Map.of());
    }

    /** The same, with more variables in its environment. */
    private List<String> run(Path jdk, String javaOptions, String command, Map<String, String> more) throws Exception {
        Path jar = home.resolve("target/ocop-pipeline.jar");
        if (!Files.exists(jar)) {
            Files.createDirectories(jar.getParent());
            Files.writeString(jar, "not a jar: the stand-in java never opens it");
        }
        ProcessBuilder builder = new ProcessBuilder("sh", Path.of("bin/ocop").toAbsolutePath().toString(), command)
                .redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", jdk.toString());
        builder.environment().put("OCOP_JAR", jar.toString());
        builder.environment().remove("OCOP_JAVA_OPTS");
        builder.environment().remove("MALLOC_ARENA_MAX");
        if (javaOptions != null) {
            builder.environment().put("OCOP_JAVA_OPTS", javaOptions);
        }
        builder.environment().remove("OCOP_CDS");
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().remove("JDK_JAVA_OPTIONS");
        builder.environment().putAll(more);
        Process run = builder.start();
        String console = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(run.exitValue()).as(console).isZero();
        return Files.readAllLines(home.resolve("calls"));
    }
}
