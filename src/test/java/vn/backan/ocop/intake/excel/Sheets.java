package vn.backan.ocop.intake.excel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import vn.backan.ocop.intake.excel.TextRun;

/** Reading helpers for tests. */
final class Sheets {

    private Sheets() {
    }

    static List<SheetRow> readAll(WorkbookReader reader, int sheetIndex) throws WorkbookException {
        List<SheetRow> rows = new ArrayList<>();
        try (RowCursor cursor = reader.rows(reader.sheets().get(sheetIndex))) {
            for (SheetRow row = cursor.next(); row != null; row = cursor.next()) {
                rows.add(row);
            }
        }
        return rows;
    }

    static List<SheetRow> readFirstSheet(Path file) throws WorkbookException {
        try (WorkbookReader reader = WorkbookReader.open(file)) {
            return readAll(reader, 0);
        }
    }

    static List<SheetRow> readFirstSheet(Path file, ReaderLimits limits) throws WorkbookException {
        try (WorkbookReader reader = WorkbookReader.open(file, limits)) {
            return readAll(reader, 0);
        }
    }

    static RawCell cell(List<SheetRow> rows, int rowNumber, int column) {
        return rows.stream().filter(r -> r.rowNumber() == rowNumber).findFirst()
                .map(r -> r.cell(column))
                .orElse(null);
    }

    static TextRun run(String text, String font) {
        return new TextRun(text, font);
    }
}
