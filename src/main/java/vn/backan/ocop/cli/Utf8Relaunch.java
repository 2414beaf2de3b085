package vn.backan.ocop.cli;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Makes the run independent of the caller's locale. Java decodes file names with the encoding the C
 * locale gives it ({@code sun.jnu.encoding}), fixed when the JVM starts and not settable by a
 * {@code -D} option: under cron's empty environment that is ASCII, and a clerk's file named
 * {@code Báo cáo OCOP Ba Bể 2020.xlsx} cannot even be named by a {@link java.nio.file.Path}. So when
 * the JVM came up without UTF-8 file names, the command runs again in a child JVM under
 * {@code LC_ALL=C.UTF-8} (same JVM options, same jar), and this process only waits for it.
 *
 * <p>The arguments are handed over as the bytes the caller gave ({@code /proc/self/cmdline}) in a
 * file, because this JVM has already decoded them to ASCII question marks and would encode them so
 * again for the child. The child stops if this process dies (SIGKILL from cron or an operator).
 */
final class Utf8Relaunch {

    static final String MARKER = "OCOP_RELAUNCHED";
    static final String ARGS_FILE = "OCOP_RELAUNCH_ARGS";
    private static final String LOCALE = "C.UTF-8";

    private Utf8Relaunch() {
    }

    /** True when file names are not read as UTF-8 here and a relaunch has not been tried already. */
    static boolean needed() {
        return !utf8FileNames() && System.getenv(MARKER) == null
                && !System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }

    static boolean utf8FileNames() {
        String jnu = System.getProperty("sun.jnu.encoding", "");
        return jnu.equalsIgnoreCase("UTF-8") || jnu.equalsIgnoreCase("UTF8");
    }

    /** Runs the command in a UTF-8 child JVM and returns its exit status. */
    static int run(String[] args) throws IOException, InterruptedException {
        Path argsFile = Files.createTempFile("ocop-args-", ".bin");
        Files.write(argsFile, rawArguments(args));
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        String classPath = System.getProperty("java.class.path");
        String javaCommand = System.getProperty("sun.java.command", "");
        if (classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator) && javaCommand.startsWith(classPath)) {
            command.addAll(List.of("-jar", classPath));
        } else {
            command.addAll(List.of("-cp", classPath, Cli.class.getName()));
        }
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        Map<String, String> environment = builder.environment();
        environment.put("LC_ALL", LOCALE);
        environment.put(MARKER, "1");
        environment.put(ARGS_FILE, argsFile.toString());
        Process child = builder.start();
        Thread stopChild = new Thread(child::destroy);
        Runtime.getRuntime().addShutdownHook(stopChild);
        try {
            return child.waitFor();
        } finally {
            Runtime.getRuntime().removeShutdownHook(stopChild);
            Files.deleteIfExists(argsFile);
        }
    }

    /**
     * In the relaunched child: the caller's arguments, decoded as UTF-8, and a watch that ends this JVM
     * when the parent goes. Elsewhere the arguments as given.
     */
    static String[] arguments(String[] given) {
        String file = System.getenv(ARGS_FILE);
        if (file == null || System.getenv(MARKER) == null) {
            return given;
        }
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> Runtime.getRuntime().halt(143)));
        try {
            byte[] bytes = Files.readAllBytes(Path.of(file));
            if (bytes.length == 0) {
                return new String[0];
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            return text.substring(0, text.length() - 1).split("\0", -1);
        } catch (IOException e) {
            return given;
        }
    }

    /** The last {@code args.length} arguments of this process as the caller's bytes, each ended by NUL. */
    private static byte[] rawArguments(String[] args) throws IOException {
        Path cmdline = Path.of("/proc/self/cmdline");
        if (Files.isReadable(cmdline)) {
            byte[] raw = Files.readAllBytes(cmdline);
            List<Integer> starts = new ArrayList<>();
            int start = 0;
            for (int i = 0; i < raw.length; i++) {
                if (raw[i] == 0) {
                    starts.add(start);
                    start = i + 1;
                }
            }
            if (starts.size() >= args.length) {
                int from = args.length == 0 ? raw.length : starts.get(starts.size() - args.length);
                return Arrays.copyOfRange(raw, from, raw.length);
            }
        }
        StringBuilder joined = new StringBuilder();
        for (String arg : args) {
            joined.append(arg).append('\0');
        }
        return joined.toString().getBytes(StandardCharsets.UTF_8);
    }
}
