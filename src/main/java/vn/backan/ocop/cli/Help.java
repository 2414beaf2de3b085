package vn.backan.ocop.cli;

/** {@code <command> --help}: what that command does and the options it takes. */
final class Help {

    private static final String DATABASE = """
              --db JDBC_URL       warehouse database (default: jdbc:h2:file:./data/ocop, an H2 file in data/)
              --db-user USER      database user (or environment OCOP_DB_USER)
              --db-password PW    database password (or environment OCOP_DB_PASSWORD)
              --db-schema NAME    PostgreSQL schema of the warehouse (default: ocop)
              --log FILE          the log file (default: beside the H2 database, data/ocop.log;
                                  logs/ocop-pipeline.log for PostgreSQL); rolled daily and at 20 MB
            """;

    private static final String EXIT = """

            Exit status: 0 done (even if rows or files were rejected), 1 failed (one line on stderr,
            the details in the log file), 2 the command line was wrong, 3 another run is in progress.
            """;

    private Help() {
    }

    static String of(String command) {
        return switch (command) {
            case "consolidate" -> """
                    Usage: java -jar ocop-pipeline.jar consolidate [options]

                    Reads the district workbooks of the input folder, loads the warehouse, writes the
                    progress workbook and one feedback workbook per file. A run that was interrupted is
                    completed first. Files already loaded (same content) are not read again.

                    Options:
                      --input DIR         folder of district workbooks, read recursively (default: input)
                      --output DIR        where the workbooks are written, created if missing (default: output)
                      --as-of DATE        report date, yyyy-MM-dd or dd/mm/yyyy (default: the end of the
                                          newest reporting period loaded)
                      --dry-run           validate and write the feedback workbooks only; the warehouse and
                                          the progress workbook are not touched
                    """ + DATABASE + EXIT;
            case "restart" -> """
                    Usage: java -jar ocop-pipeline.jar restart [options]

                    Completes the last run if it was interrupted or failed (from where it stopped), and
                    writes the workbooks a failed run did not write. Does nothing after a completed run.

                    Options:
                    """ + DATABASE + EXIT;
            case "status" -> """
                    Usage: java -jar ocop-pipeline.jar status [options]

                    Prints the recent runs (files, rows, whether the workbooks were written), the
                    submission in force per district and period, and the newest files not in force.

                    Options:
                    """ + DATABASE + EXIT;
            case "template" -> """
                    Usage: java -jar ocop-pipeline.jar template --district CODE --period PERIOD [--output PATH]

                    Writes the blank submission workbook of a district and period. Needs no database.

                    Options:
                      --district CODE     district code (058, 060 ... 066) or name
                      --period PERIOD     a year (2021) or a half year (2021-H1, 2021-H2)
                      --output PATH       a file name ending in .xlsx, or a folder (created if missing) for
                                          the default name (default: output/template/<name>.xlsx)
                    """ + EXIT;
            default -> Cli.USAGE_TEXT;
        };
    }
}
