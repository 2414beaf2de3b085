package vn.backan.ocop.reruns;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Small POI helpers for reading workbooks back in tests. */
final class Workbooks {

    private static final DataFormatter FORMAT = new DataFormatter();

    private Workbooks() {
    }

    /** Every cell of the named sheets as text, except the subtitle row that carries the generation time. */
    static List<List<String>> cells(Path file, String... sheets) throws IOException {
        List<List<String>> all = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            for (String name : sheets) {
                for (Row row : workbook.getSheet(name)) {
                    List<String> cells = new ArrayList<>();
                    row.forEach(cell -> cells.add(text(cell)));
                    if (!cells.isEmpty() && cells.get(0).contains("lập lúc")) {
                        continue;
                    }
                    all.add(cells);
                }
            }
        }
        return all;
    }

    static List<List<String>> table(Path file, String sheet, String firstHeader) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            boolean inTable = false;
            for (Row row : workbook.getSheet(sheet)) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    cells.add(row.getCell(c) == null ? "" : text(row.getCell(c)));
                }
                if (inTable) {
                    rows.add(cells);
                } else if (!cells.isEmpty() && cells.get(0).equals(firstHeader)) {
                    inTable = true;
                }
            }
        }
        return rows;
    }

    static double value(Path file, String sheet, String label) throws IOException {
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            for (Row row : workbook.getSheet(sheet)) {
                Cell first = row.getCell(0);
                if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(label)) {
                    return row.getCell(1).getNumericCellValue();
                }
            }
        }
        throw new AssertionError("No row labelled " + label);
    }

    static Row rowNamed(Sheet sheet, String text) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().trim().equals(text)) {
                    return row;
                }
            }
        }
        throw new AssertionError("No row with " + text + " in " + sheet.getSheetName());
    }

    static int column(Sheet sheet, String header) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().trim().equals(header)) {
                    return cell.getColumnIndex();
                }
            }
        }
        throw new AssertionError("No column " + header);
    }

    /** A workbook read whole, to look at or change its cells and styles. */
    static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /** Lets {@code change} edit the named sheet of the file, then writes the workbook back over it. */
    static void edit(Path file, String sheet, Consumer<Sheet> change) throws IOException {
        try (XSSFWorkbook workbook = open(file)) {
            change.accept(workbook.getSheet(sheet));
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
    }

    private static String text(Cell cell) {
        return cell.getCellType() == CellType.FORMULA
                ? FORMAT.formatRawCellContents(cell.getNumericCellValue(), -1, "General")
                : FORMAT.formatCellValue(cell);
    }
}
