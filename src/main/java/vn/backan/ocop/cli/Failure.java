package vn.backan.ocop.cli;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * An operational failure told in one line, Vietnamese then English, with the advice that fits its
 * cause: fix a permission, check the database, or complete the run with {@code restart}. The trace
 * goes to the log file only.
 */
record Failure(String vietnamese, String english, String advice) {

    /** Whether the job had started: then a {@code restart} completes it. */
    enum Stage { BEFORE_RUN, DURING_RUN }

    String line(Path logFile) {
        return "ocop-pipeline: " + vietnamese + " | " + english + "; " + advice
                + (logFile == null ? "" : " (log: " + logFile.toAbsolutePath().normalize() + ")");
    }

    static Failure of(Throwable failure, String jdbcUrl, Stage stage) {
        String databaseUrl = jdbcUrl.split(";")[0];
        String thenWhat = stage == Stage.DURING_RUN ? "then run 'restart' (or the next 'consolidate') to complete the run"
                : "then run the command again";
        for (Throwable t : chain(failure)) {
            if (t instanceof AccessDeniedException denied) {
                String path = denied.getFile();
                return new Failure("không có quyền ghi hoặc đọc " + path, "permission denied on " + path,
                        "give the user running the job access to it, " + thenWhat);
            }
            if (t instanceof NoSuchFileException missing) {
                return new Failure("không tìm thấy " + missing.getFile(), "no such file or folder: " + missing.getFile(),
                        "check the path, " + thenWhat);
            }
            if (t instanceof FileSystemException fs) {
                String reason = fs.getReason() == null ? t.getClass().getSimpleName() : fs.getReason();
                return new Failure("lỗi khi ghi tệp " + fs.getFile() + " (" + reason + ")",
                        "cannot write " + fs.getFile() + ": " + reason, "free space or fix the folder, " + thenWhat);
            }
            if (t instanceof OutOfMemoryError) {
                return new Failure("hết bộ nhớ", "out of memory", "give the JVM more heap (-Xmx), " + thenWhat);
            }
        }
        for (Throwable t : chain(failure)) {
            String message = t.getMessage() == null ? "" : t.getMessage();
            if (t instanceof SQLException sql && (sql.getErrorCode() == 90146 || message.startsWith("Database \"")
                    && message.contains("not found"))) {
                return new Failure("không tìm thấy kho dữ liệu " + databaseUrl,
                        "warehouse not found at " + databaseUrl + " (no run yet, or a mistyped --db)",
                        "check --db");
            }
            if (t instanceof ConnectException || t instanceof UnknownHostException
                    || t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")
                    || t instanceof SQLException && message.contains("password authentication failed")) {
                return new Failure("không kết nối được cơ sở dữ liệu " + databaseUrl,
                        "cannot reach the database " + databaseUrl + ": " + firstLine(message),
                        "check the --db URL, the user and password (OCOP_DB_USER, OCOP_DB_PASSWORD) and that the server runs, "
                                + thenWhat);
            }
        }
        Throwable root = chain(failure).get(chain(failure).size() - 1);
        return new Failure("lần chạy bị lỗi", "the run failed: " + root.getClass().getSimpleName() + ": "
                + firstLine(root.getMessage()), stage == Stage.DURING_RUN
                ? "see the log; once the cause is fixed, run 'restart' (or the next 'consolidate') to complete it"
                : "see the log");
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.strip().lines().findFirst().orElse("");
    }

    private static List<Throwable> chain(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        List<Throwable> list = new ArrayList<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            list.add(t);
        }
        return list;
    }
}
