package vn.backan.ocop.intake;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.LoggerFactory;

import vn.backan.ocop.intake.excel.CellRef;
import vn.backan.ocop.intake.excel.RowCursor;
import vn.backan.ocop.intake.excel.SheetInfo;
import vn.backan.ocop.intake.excel.SheetRow;
import vn.backan.ocop.intake.excel.WorkbookException;
import vn.backan.ocop.intake.excel.WorkbookReader;
import vn.backan.ocop.reference.Gazetteer;
import vn.backan.ocop.submission.Column;
import vn.backan.ocop.submission.SheetKind;
import vn.backan.ocop.validation.Issue;
import vn.backan.ocop.validation.IssueCode;

/**
 * Takes a first look at a workbook: identity from the cover sheet or file name, which sheet holds each
 * kind of data, and where the headers are. Reads only the first rows of each sheet.
 */
public final class WorkbookInspector {

    private final SubmissionIdentifier identifier;

    public WorkbookInspector(Gazetteer gazetteer) {
        this.identifier = new SubmissionIdentifier(gazetteer);
    }

    public Inspection inspect(Path file) {
        List<Issue> issues = new ArrayList<>();
        String name = file.getFileName().toString();
        Cover cover = Cover.NONE;
        Optional<Identity> identity = null;
        try (WorkbookReader workbook = WorkbookReader.open(file)) {
            cover = cover(workbook);
            identity = identifier.identify(name, cover, issues);
            Map<SheetKind, SheetPlan> plans = plan(workbook, issues);
            if (identity.isPresent() && plans.values().stream().allMatch(p -> p.header() == null)) {
                // Sheets named as the template's but none with a table: nothing can be read, the file is rejected
                // and never replaces the version in force.
                issues.add(Issue.file(IssueCode.FILE_NO_SHEETS));
            } else if (identity.isPresent() && plans.values().stream().noneMatch(SheetPlan::hasData)) {
                // Headers and nothing under them: in force it would say "0 rows" without a word; it says so.
                issues.add(Issue.file(IssueCode.NO_DATA_ROWS));
            }
            return new Inspection(identity.orElse(null), cover, workbook.format(), plans, issues);
        } catch (WorkbookException e) {
            // The clerk reads the Vietnamese reason in the feedback; the operator's log gets the reader's own words.
            LoggerFactory.getLogger(WorkbookInspector.class).warn("{}: {}", name, FileErrors.technical(e));
            issues.add(FileErrors.issue(e));
            if (identity == null) {
                // Unreadable before its cover was: its name may still say whose it is ("066_2021.xlsx"), and the
                // clerk's feedback and the completeness matrix then know which district sent a broken file.
                identity = identifier.identify(name, cover, new ArrayList<>());
            }
            return new Inspection(identity.orElse(null), cover, null, Map.of(), issues);
        }
    }

    /** The sheets to read, without the layout issues: for re-reading a workbook already inspected. */
    static Map<SheetKind, SheetPlan> plan(WorkbookReader workbook) throws WorkbookException {
        return plan(workbook, new ArrayList<>());
    }

    private static Cover cover(WorkbookReader workbook) throws WorkbookException {
        Optional<SheetInfo> sheet = candidates(workbook, SheetKind.COVER).stream().findFirst();
        return sheet.isPresent() ? CoverReader.read(firstRows(workbook, sheet.get(), 50)) : Cover.NONE;
    }

    /** How a sheet came to be considered for a kind: by its name, by a copy's name, or by its header alone. */
    private enum Naming { NAME, COPY_NAME, CONTENT }

    /** A sheet that may hold a kind's data, with what its first rows show. */
    private record Candidate(SheetInfo sheet, Naming naming, HeaderLayout header, boolean hasData) {

        int columns() {
            return header == null ? 0 : header.columns().size();
        }
    }

    /**
     * Which sheet is read: one with a header before one without, with data rows before a blank copy of the
     * template, visible before hidden, named as the template before a copy's name before a sheet recognised
     * by its header alone; then the one naming more columns, then the first tab.
     */
    private static final Comparator<Candidate> BEST_FIRST = Comparator
            .comparing((Candidate c) -> c.header() == null)
            .thenComparing(c -> !c.hasData())
            .thenComparing(c -> c.sheet().hidden())
            .thenComparing(Candidate::naming)
            .thenComparing(Comparator.comparingInt(Candidate::columns).reversed())
            .thenComparingInt(c -> c.sheet().index());

    private static Map<SheetKind, SheetPlan> plan(WorkbookReader workbook, List<Issue> issues) throws WorkbookException {
        Map<SheetKind, SheetPlan> plans = new EnumMap<>(SheetKind.class);
        List<SheetKind> missing = new ArrayList<>();
        Map<Integer, List<SheetRow>> firstRows = new HashMap<>();
        Set<Integer> taken = new HashSet<>();
        for (SheetKind kind : SheetKind.dataSheets()) {
            List<Candidate> candidates = new ArrayList<>();
            for (SheetInfo sheet : workbook.sheets()) {
                if (workbook.feedbackSheets().contains(sheet.name())) {
                    // A feedback workbook sent back: its summary and list of problems are ours, not the district's.
                    continue;
                }
                Naming naming = naming(kind, sheet);
                if (naming == Naming.CONTENT && (taken.contains(sheet.index()) || namedForAnother(kind, sheet))) {
                    continue;
                }
                List<SheetRow> rows = firstRows.get(sheet.index());
                if (rows == null) {
                    rows = firstRows(workbook, sheet, HeaderLocator.SEARCH_ROWS);
                    firstRows.put(sheet.index(), rows);
                }
                Optional<HeaderLayout> header = HeaderLocator.locate(kind, rows);
                if (naming == Naming.CONTENT && header.isEmpty()) {
                    continue;
                }
                candidates.add(new Candidate(sheet, naming, header.orElse(null), header.isPresent() && hasData(rows, header.get())));
            }
            if (candidates.isEmpty()) {
                missing.add(kind);
                continue;
            }
            candidates.sort(BEST_FIRST);
            Candidate best = candidates.get(0);
            StatedFacts title = best.header() == null ? StatedFacts.NONE
                    : StatedFacts.ofTitle(firstRows.get(best.sheet().index()), best.header().firstRow());
            SheetPlan plan = new SheetPlan(kind, best.sheet(), best.header(), title, best.hasData());
            plans.put(kind, plan);
            taken.add(best.sheet().index());
            String chosen = best.sheet().name();
            if (best.naming() == Naming.CONTENT) {
                issues.add(new Issue(IssueCode.SHEET_FOUND_BY_CONTENT, chosen, 0, null, null, chosen, null, List.of(kind.title())));
            }
            if (candidates.size() > 1) {
                String others = String.join(", ", candidates.subList(1, candidates.size()).stream()
                        .map(c -> c.sheet().name()).toList());
                issues.add(new Issue(IssueCode.SHEET_CHOSEN, chosen, 0, null, null, chosen, null, List.of(others)));
            }
            for (Candidate other : candidates.subList(1, candidates.size())) {
                if (other.hasData()) {
                    String name = other.sheet().name();
                    issues.add(new Issue(IssueCode.SHEET_NOT_READ, name, 0, null, null, name, null, List.of(kind.title(), chosen)));
                }
            }
            layoutIssues(plan, firstRows.get(best.sheet().index()), issues);
        }
        if (!plans.isEmpty()) {
            for (SheetKind kind : missing) {
                issues.add(Issue.sheet(IssueCode.SHEET_MISSING, null, kind.title()));
            }
        }
        return plans;
    }

    private static Naming naming(SheetKind kind, SheetInfo sheet) {
        if (kind.matchesName(sheet.name())) {
            return Naming.NAME;
        }
        return kind.resemblesName(sheet.name()) ? Naming.COPY_NAME : Naming.CONTENT;
    }

    /** A sheet named (or named as a copy of) another sheet of the template is never read for this kind. */
    private static boolean namedForAnother(SheetKind kind, SheetInfo sheet) {
        for (SheetKind other : SheetKind.values()) {
            if (other != kind && (other.matchesName(sheet.name()) || other.resemblesName(sheet.name()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the first rows under the header hold data: a value in a column that identifies the sheet, above
     * any totals row or signature block. A blank copy of the template has numbered rows and a signature block
     * at most.
     */
    private static boolean hasData(List<SheetRow> rows, HeaderLayout header) {
        for (SheetRow row : rows) {
            if (row.rowNumber() <= header.lastRow()) {
                continue;
            }
            if (RowRoles.isTotals(row) || RowRoles.opensFooter(row) && !RowRoles.looksLikeData(row, header)) {
                return false;
            }
            if (RowRoles.isSectionHeading(row, header)) {
                continue;
            }
            boolean filled = row.cells().stream().anyMatch(cell -> {
                Column column = header.columns().get(cell.column());
                return column != null && column.distinctive() && !CellText.of(cell).isEmpty();
            });
            if (filled) {
                return true;
            }
        }
        return false;
    }

    private static void layoutIssues(SheetPlan plan, List<SheetRow> firstRows, List<Issue> issues) {
        String sheet = plan.sheet().name();
        HeaderLayout header = plan.header();
        if (header == null) {
            List<String> attempt = HeaderLocator.attempt(plan.kind(), firstRows);
            issues.add(Issue.sheet(IssueCode.HEADER_NOT_FOUND, sheet, plan.kind().title(), attempt.get(0), attempt.get(1)));
            return;
        }
        int namesRow = header.namesRow();
        header.absentColumns().forEach((column, index) -> {
            if (!stated(column, plan.title())) {
                issues.add(new Issue(IssueCode.COLUMN_MISSING, sheet, namesRow,
                CellRef.of(namesRow, index), null, null, null, List.of(column.header())));
            }
        });
        header.unknown().forEach((index, text) -> issues.add(new Issue(IssueCode.COLUMN_UNKNOWN, sheet,
                header.rowOf(index), CellRef.of(header.rowOf(index), index), text, text, null, List.of())));
        header.duplicates().forEach((index, column) -> {
            int first = header.columns().entrySet().stream().filter(e -> e.getValue() == column)
                    .map(Map.Entry::getKey).findFirst().orElse(index);
            issues.add(new Issue(IssueCode.COLUMN_DUPLICATE, sheet, header.rowOf(index), CellRef.of(header.rowOf(index), index),
                    header.headers().get(index), header.headers().get(index), null, List.of(CellRef.columnLetters(first))));
        });
    }

    /** Whether the title states, for every row, the value a missing column would hold. */
    private static boolean stated(Column column, StatedFacts title) {
        return switch (column) {
            case PRODUCT_STARS -> title.stars() != null;
            case PRODUCT_DATE -> title.date() != null;
            default -> false;
        };
    }

    /** Sheets named like the kind, visible ones first. */
    private static List<SheetInfo> candidates(WorkbookReader workbook, SheetKind kind) {
        return workbook.sheets().stream()
                .filter(s -> kind.matchesName(s.name()) && !workbook.feedbackSheets().contains(s.name()))
                .sorted(Comparator.comparing(SheetInfo::hidden).thenComparing(SheetInfo::index))
                .toList();
    }

    private static List<SheetRow> firstRows(WorkbookReader workbook, SheetInfo sheet, int limit) throws WorkbookException {
        List<SheetRow> rows = new ArrayList<>();
        try (RowCursor cursor = workbook.rows(sheet)) {
            SheetRow row;
            while (rows.size() < limit && (row = cursor.next()) != null) {
                rows.add(row);
            }
        }
        return rows;
    }
}
