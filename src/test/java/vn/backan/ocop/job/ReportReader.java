package vn.backan.ocop.job;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** Reads back a written workbook with plain POI, as a test's independent eyes. */
final class ReportReader implements AutoCloseable {

    private final Workbook workbook;
    private final DataFormatter formatter = new DataFormatter();

    ReportReader(Path file) throws IOException {
        this.workbook = WorkbookFactory.create(file.toFile(), null, true);
    }

    Sheet sheet(String name) {
        Sheet sheet = workbook.getSheet(name);
        if (sheet == null) {
            throw new AssertionError("No sheet " + name);
        }
        return sheet;
    }

    List<String> sheetNames() {
        List<String> names = new ArrayList<>();
        workbook.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    /** The number in column B of the row whose column A reads {@code label} (the summary sheet's layout). */
    double value(String sheet, String label) {
        for (Row row : sheet(sheet)) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(label)) {
                Cell value = row.getCell(1);
                return value.getCellType() == CellType.FORMULA ? value.getNumericCellValue() : value.getNumericCellValue();
            }
        }
        throw new AssertionError("No row labelled '" + label + "' in " + sheet);
    }

    /** The rows below the header row (the first row whose first cell reads {@code firstHeader}), as text. */
    List<List<String>> table(String sheet, String firstHeader) {
        List<List<String>> rows = new ArrayList<>();
        boolean inTable = false;
        for (Row row : sheet(sheet)) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.getLastCellNum(); c++) {
                Cell cell = row.getCell(c);
                cells.add(cell == null ? "" : cell.getCellType() == CellType.FORMULA
                        ? formatter.formatRawCellContents(cell.getNumericCellValue(), -1, "General") : formatter.formatCellValue(cell));
            }
            if (inTable) {
                rows.add(cells);
            } else if (!cells.isEmpty() && cells.get(0).equals(firstHeader)) {
                inTable = true;
            }
        }
        return rows;
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
