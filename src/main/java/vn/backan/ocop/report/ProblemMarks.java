package vn.backan.ocop.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import vn.backan.ocop.validation.Issue;
import vn.backan.ocop.validation.IssueCode;
import vn.backan.ocop.validation.Messages;
import vn.backan.ocop.validation.Severity;
import vn.backan.ocop.warehouse.IssueStore;

/**
 * The cells of a submission that have a problem, by sheet name, row and column, as the copies of
 * its sheets mark them: the fill of the worst severity, and a note with the messages. Every problem
 * cell is filled; like the list of problems, notes are written for the first
 * {@value FeedbackWorkbook#DETAILS_PER_RULE} problems of each rule, as each note costs memory until
 * the workbook is written.
 */
final class ProblemMarks {

    /** Longest note; Excel shows a note in a box sized to its cell's anchor. */
    private static final int MAX_NOTE = 1000;

    /** The problems of one cell. */
    static final class Mark {
        private Severity worst;
        private final List<String> notes = new ArrayList<>();

        Styles.Fill fill() {
            return worst == Severity.WARNING ? Styles.Fill.WARNING : Styles.Fill.ERROR;
        }

        /** The note text, or null where every problem of the cell is beyond its rule's cap. */
        String note() {
            if (notes.isEmpty()) {
                return null;
            }
            String text = String.join("\n\n", notes);
            return text.length() > MAX_NOTE ? text.substring(0, MAX_NOTE - 1) + "…" : text;
        }
    }

    /** Sheet name → 1-based row → 0-based column → mark. */
    private final Map<String, NavigableMap<Integer, Map<Integer, Mark>>> bySheet = new HashMap<>();

    ProblemMarks(List<IssueStore.Located> issues, Messages messages) {
        Map<IssueCode, Integer> noted = new EnumMap<>(IssueCode.class);
        for (IssueStore.Located located : issues) {
            Issue issue = located.issue();
            if (issue.sheet() == null || issue.row() <= 0
                    || (issue.severity() != Severity.ERROR && issue.severity() != Severity.WARNING)) {
                continue;
            }
            // A problem of a whole row (no single cell) is marked on the row's first cell.
            int column = issue.cell() == null ? 0 : column(issue.cell());
            Mark mark = bySheet.computeIfAbsent(issue.sheet(), k -> new TreeMap<>())
                    .computeIfAbsent(issue.row(), k -> new TreeMap<>())
                    .computeIfAbsent(column, k -> new Mark());
            if (mark.worst == null || issue.severity().compareTo(mark.worst) < 0) {
                mark.worst = issue.severity();
            }
            if (noted.merge(issue.code(), 1, Integer::sum) <= FeedbackWorkbook.DETAILS_PER_RULE) {
                mark.notes.add(SeverityLabels.of(issue.severity()) + " [" + issue.code().name() + "]: " + messages.message(issue)
                        + "\nCách sửa: " + messages.hint(issue.code()));
            }
        }
    }

    /** The marked rows of a sheet, in order; empty for a sheet without problems. */
    NavigableMap<Integer, Map<Integer, Mark>> of(String sheetName) {
        return bySheet.getOrDefault(sheetName, new TreeMap<>());
    }

    boolean isEmpty() {
        return bySheet.isEmpty();
    }

    /** "H12" → 7. */
    static int column(String cell) {
        int column = 0;
        for (char c : cell.toCharArray()) {
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
        }
        return column - 1;
    }
}
