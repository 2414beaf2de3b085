package vn.backan.ocop.intake;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.backan.ocop.intake.excel.CellRef;
import vn.backan.ocop.intake.excel.RowCursor;
import vn.backan.ocop.intake.excel.SheetInfo;
import vn.backan.ocop.intake.excel.SheetRow;
import vn.backan.ocop.intake.excel.WorkbookException;
import vn.backan.ocop.intake.excel.WorkbookReader;
import vn.backan.ocop.reference.Gazetteer;
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
        try (WorkbookReader workbook = WorkbookReader.open(file)) {
            Cover cover = cover(workbook);
            Optional<Identity> identity = identifier.identify(file.getFileName().toString(), cover, issues);
            Map<SheetKind, SheetPlan> plans = plan(workbook, issues);
            if (identity.isPresent() && plans.isEmpty()) {
                issues.add(Issue.file(IssueCode.FILE_NO_SHEETS));
            }
            return new Inspection(identity.orElse(null), cover, workbook.format(), plans, issues);
        } catch (WorkbookException e) {
            issues.add(FileErrors.issue(e));
            return new Inspection(null, Cover.NONE, null, Map.of(), issues);
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

    private static Map<SheetKind, SheetPlan> plan(WorkbookReader workbook, List<Issue> issues) throws WorkbookException {
        Map<SheetKind, SheetPlan> plans = new EnumMap<>(SheetKind.class);
        List<SheetKind> missing = new ArrayList<>();
        for (SheetKind kind : SheetKind.dataSheets()) {
            List<SheetInfo> candidates = candidates(workbook, kind);
            if (candidates.isEmpty()) {
                missing.add(kind);
                continue;
            }
            SheetPlan best = null;
            for (SheetInfo sheet : candidates) {
                Optional<HeaderLayout> header = HeaderLocator.locate(kind, firstRows(workbook, sheet, HeaderLocator.SEARCH_ROWS));
                if (header.isPresent() && (best == null || best.header() == null
                        || header.get().columns().size() > best.header().columns().size())) {
                    best = new SheetPlan(kind, sheet, header.get());
                } else if (best == null) {
                    best = new SheetPlan(kind, sheet, null);
                }
            }
            plans.put(kind, best);
            if (candidates.size() > 1) {
                String others = candidates.stream().map(SheetInfo::name)
                        .filter(n -> !n.equals(plans.get(kind).sheet().name()))
                        .reduce((a, b) -> a + ", " + b).orElse("");
                issues.add(new Issue(IssueCode.SHEET_CHOSEN, best.sheet().name(), 0, null, null,
                        best.sheet().name(), null, List.of(others)));
            }
            layoutIssues(best, issues);
        }
        if (!plans.isEmpty()) {
            for (SheetKind kind : missing) {
                issues.add(Issue.sheet(IssueCode.SHEET_MISSING, null, kind.title()));
            }
        }
        return plans;
    }

    private static void layoutIssues(SheetPlan plan, List<Issue> issues) {
        String sheet = plan.sheet().name();
        HeaderLayout header = plan.header();
        if (header == null) {
            issues.add(Issue.sheet(IssueCode.HEADER_NOT_FOUND, sheet, plan.kind().title()));
            return;
        }
        int namesRow = header.namesRow();
        header.absentColumns().forEach((column, index) -> issues.add(new Issue(IssueCode.COLUMN_MISSING, sheet, namesRow,
                CellRef.of(namesRow, index), null, null, null, List.of(column.header()))));
        header.unknown().forEach((index, text) -> issues.add(new Issue(IssueCode.COLUMN_UNKNOWN, sheet,
                header.rowOf(index), CellRef.of(header.rowOf(index), index), text, text, null, List.of())));
        header.duplicates().forEach((index, column) -> {
            int first = header.columns().entrySet().stream().filter(e -> e.getValue() == column)
                    .map(Map.Entry::getKey).findFirst().orElse(index);
            issues.add(new Issue(IssueCode.COLUMN_DUPLICATE, sheet, header.rowOf(index), CellRef.of(header.rowOf(index), index),
                    header.headers().get(index), header.headers().get(index), null, List.of(CellRef.columnLetters(first))));
        });
    }

    /** Sheets named like the kind, visible ones first. */
    private static List<SheetInfo> candidates(WorkbookReader workbook, SheetKind kind) {
        return workbook.sheets().stream()
                .filter(s -> kind.matchesName(s.name()))
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
