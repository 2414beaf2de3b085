package vn.backan.ocop.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parsed command line: a command and its {@code --name value} options.
 */
record Options(String command, Map<String, String> values, Set<String> flags) {

    static final Set<String> COMMANDS = Set.of("consolidate", "restart", "status", "template", "help");
    private static final Set<String> WITH_VALUE = Set.of("--input", "--output", "--as-of", "--db", "--db-user", "--db-password",
            "--db-schema", "--district", "--period", "--log");
    private static final Set<String> FLAGS = Set.of("--help", "--dry-run", "--prefill");

    /** ISO, and the day-first form Vietnamese staff write; strict, so 31/02/2021 is refused rather than moved. */
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT));

    static Options parse(String[] args) throws UsageException {
        List<String> rest = new ArrayList<>(List.of(args));
        if (rest.isEmpty()) {
            throw new UsageException("no command given");
        }
        String command = rest.remove(0);
        if (command.equals("--help") || command.equals("-h")) {
            command = "help";
        }
        if (!COMMANDS.contains(command)) {
            throw new UsageException("unknown command '" + command + "'");
        }
        Map<String, String> values = new LinkedHashMap<>();
        Set<String> flags = new HashSet<>();
        for (int i = 0; i < rest.size(); i++) {
            String arg = rest.get(i);
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (FLAGS.contains(arg)) {
                flags.add(arg);
            } else if (WITH_VALUE.contains(name)) {
                String value;
                if (arg.contains("=")) {
                    value = arg.substring(arg.indexOf('=') + 1);
                } else if (i + 1 < rest.size()) {
                    value = rest.get(++i);
                } else {
                    throw new UsageException(command, "option " + name + " needs a value");
                }
                values.put(name, value);
            } else {
                throw new UsageException(command, "unknown option '" + arg + "' for " + command);
            }
        }
        return new Options(command, values, flags);
    }

    Path path(String name, String fallback) {
        return Path.of(values.getOrDefault(name, fallback));
    }

    LocalDate date(String name) throws UsageException {
        String value = values.get(name);
        if (value == null) {
            return null;
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(value.strip(), format);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        throw new UsageException(command, name + " must be a date, yyyy-MM-dd or dd/mm/yyyy (2021-06-30, 30/06/2021), not '"
                + value + "'");
    }

    String value(String name) {
        return values.get(name);
    }
}
