package vn.backan.ocop.cli;

import java.io.PrintStream;
import java.time.format.DateTimeFormatter;
import java.util.List;

import vn.backan.ocop.warehouse.RunHistory;
import vn.backan.ocop.warehouse.RunLog;

/** Prints the recent runs and the submissions in force, as plain text for a terminal. */
final class StatusPrinter {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private StatusPrinter() {
    }

    static void print(List<RunLog.Run> runs, List<RunHistory.Current> current, List<RunHistory.Other> others,
                      PrintStream out) {
        out.println("Recent runs:");
        if (runs.isEmpty()) {
            out.println("  (none yet)");
        }
        out.printf("  %-5s %-19s  %-19s  %-10s %6s %5s %9s %9s %9s  %s%n", "run", "started", "ended", "status", "files",
                "new", "unchanged", "rows read", "rejected", "workbooks");
        for (RunLog.Run r : runs) {
            out.printf("  %-5d %-19s  %-19s  %-10s %6s %5s %9s %9d %9d  %s%n", r.runId(), TIME.format(r.started()),
                    r.finished() == null ? "-" : TIME.format(r.finished()), r.status(), n(r.files()), n(r.fresh()),
                    n(r.unchanged()), r.rowsRead(), r.rowsRejected(), workbooks(r));
        }
        runs.stream().findFirst().filter(r -> !"COMPLETED".equals(r.status()) && r.finished() != null).ifPresent(r ->
                out.println("  Run " + r.runId() + " did not complete: 'restart' (or the next 'consolidate') completes it"
                        + (r.reportWritten() == null || r.feedbackWritten() == null ? " and writes its workbooks" : "") + "."));
        out.println();
        out.println("Submissions in force:");
        if (current.isEmpty()) {
            out.println("  (none yet)");
        }
        for (RunHistory.Current c : current) {
            out.printf("  %s %-22s %-8s #%-5d %-24s received %s, %d rows read, %d rejected  %s%n", c.districtCode(),
                    c.district(), c.periodCode(), c.submissionId(), c.status(), TIME.format(c.received()), c.rowsRead(),
                    c.rowsRejected(), c.fileName());
        }
        if (!others.isEmpty()) {
            out.println();
            out.println("Files not in force (newest first):");
            for (RunHistory.Other o : others) {
                out.printf("  %s %-8s #%-5d %-24s received %s  %s%n", o.districtCode() == null ? "???" : o.districtCode(),
                        o.periodCode() == null ? "?" : o.periodCode(), o.submissionId(),
                        o.supersededBy() == null ? o.status() : "superseded by #" + o.supersededBy(),
                        o.received() == null ? "-" : TIME.format(o.received()), o.fileName());
            }
        }
    }

    /** Whether the run's progress and feedback workbooks are in place. */
    static String workbooks(RunLog.Run r) {
        if (r.reportWritten() != null && r.feedbackWritten() != null) {
            return "written";
        }
        if (r.finished() == null) {
            return "-";
        }
        if (r.reportWritten() == null && r.feedbackWritten() == null) {
            return "NOT WRITTEN";
        }
        return r.reportWritten() == null ? "progress NOT WRITTEN" : "feedback NOT WRITTEN";
    }

    private static String n(Integer value) {
        return value == null ? "-" : value.toString();
    }
}
