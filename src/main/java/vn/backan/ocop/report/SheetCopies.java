package vn.backan.ocop.report;

import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.backan.ocop.intake.Inspection;
import vn.backan.ocop.intake.SheetPlan;
import vn.backan.ocop.intake.WorkbookInspector;
import vn.backan.ocop.intake.excel.CellKind;
import vn.backan.ocop.intake.excel.RawCell;
import vn.backan.ocop.intake.excel.RowCursor;
import vn.backan.ocop.intake.excel.SheetInfo;
import vn.backan.ocop.intake.excel.SheetRow;
import vn.backan.ocop.intake.excel.TextRun;
import vn.backan.ocop.intake.excel.WorkbookException;
import vn.backan.ocop.intake.excel.WorkbookReader;
import vn.backan.ocop.layout.PrintLayout;
import vn.backan.ocop.reference.Gazetteer;
import vn.backan.ocop.report.Styles.Fill;
import vn.backan.ocop.report.Styles.Format;
import vn.backan.ocop.text.LegacyEncoding;
import vn.backan.ocop.text.LegacyText;

/**
 * Copies the sheets of a submitted workbook into its feedback workbook, cell by cell at the same
 * row and column, so that "Sản phẩm!H12" in the list of problems is H12 of the copy. The file is
 * re-read with the project's streaming reader, one row at a time.
 *
 * <p>Values are written as they were read: text as text (legacy TCVN3/VNI text decoded to Unicode,
 * since the copy does not carry the old fonts that made it legible), dates as dates, numbers as
 * numbers, a formula as its cached value, and a formula saved without one (a total written by a
 * program) as the formula, at its own address, so that it computes when the clerk opens the copy.
 * Cells with a problem are filled (red: error, yellow: warning) and carry a note with the message.
 */
final class SheetCopies {

    private static final String AUTHOR = "OCOP Bắc Kạn";
    private static final int MAX_WIDTH = 50;

    private final SXSSFWorkbook workbook;
    private final Styles styles;
    private final ProblemMarks marks;
    private final CreationHelper helper;

    SheetCopies(SXSSFWorkbook workbook, Styles styles, ProblemMarks marks) {
        this.workbook = workbook;
        this.styles = styles;
        this.marks = marks;
        this.helper = workbook.getCreationHelper();
    }

    /**
     * The header rows (1-based, first and last) of the data sheets the pipeline read, by sheet name, from an
     * inspection of the file: for a file read before intake recorded the header's first row as well as its
     * last ({@code SubmissionSheets.headerRows}). The copy needs both: a two-row header is bold on both rows;
     * the titles above it are not.
     */
    static Map<String, int[]> headerRows(Path file, Gazetteer gazetteer) {
        Inspection inspection = new WorkbookInspector(gazetteer).inspect(file);
        Map<String, int[]> headers = new HashMap<>();
        for (SheetPlan plan : inspection.plans().values()) {
            if (plan.header() != null) {
                headers.put(plan.sheet().name(), new int[] {plan.header().firstRow(), plan.header().lastRow()});
            }
        }
        return headers;
    }

    /**
     * Copies every sheet of {@code reader}, in order.
     *
     * @return the names of the sheets copied in full; a sheet that turns out damaged part-way keeps
     *         the rows read before, and a note saying so at its end
     */
    List<String> copy(WorkbookReader reader, Map<String, int[]> headers) {
        List<String> copied = new ArrayList<>();
        for (SheetInfo info : reader.sheets()) {
            if (reader.feedbackSheets().contains(info.name())) {
                // An earlier feedback's summary and problems: the copy is of the district's sheets only.
                continue;
            }
            SXSSFSheet sheet = workbook.createSheet(info.name());
            if (info.hidden()) {
                workbook.setSheetHidden(workbook.getSheetIndex(sheet), true);
            }
            if (copy(reader, info, sheet, headers.get(info.name()))) {
                copied.add(info.name());
            }
        }
        return copied;
    }

    private boolean copy(WorkbookReader reader, SheetInfo info, SXSSFSheet sheet, int[] header) {
        NavigableMap<Integer, Map<Integer, ProblemMarks.Mark>> pending = new TreeMap<>(marks.of(info.name()));
        Map<Integer, Integer> widths = new HashMap<>();
        Drawing<?>[] drawing = new Drawing<?>[1];
        boolean whole = true;
        int last = 0;
        try (RowCursor cursor = reader.rows(info)) {
            SheetRow row;
            while ((row = cursor.next()) != null) {
                // Marked rows the reader has no cells for (a row whose only problem is a blank cell).
                while (!pending.isEmpty() && pending.firstKey() < row.rowNumber()) {
                    Map.Entry<Integer, Map<Integer, ProblemMarks.Mark>> early = pending.pollFirstEntry();
                    write(sheet, early.getKey(), List.of(), early.getValue(), false, widths, drawing);
                }
                boolean bold = header != null && row.rowNumber() >= header[0] && row.rowNumber() <= header[1];
                // Titles above the header overflow into the next cells; they do not widen their column.
                boolean title = header != null && row.rowNumber() < header[0];
                write(sheet, row.rowNumber(), row.cells(), pending.remove(row.rowNumber()), bold,
                        title ? new HashMap<>() : widths, drawing);
                last = row.rowNumber();
            }
        } catch (WorkbookException e) {
            whole = false;
            Row row = sheet.createRow(last + 1);
            Cell cell = row.createCell(0);
            cell.setCellValue("Không chép được phần còn lại của sheet này: tệp bị hỏng từ đây.");
            cell.setCellStyle(styles.copy(Format.TEXT, true, false, Fill.ERROR));
            last++;
        }
        for (Map.Entry<Integer, Map<Integer, ProblemMarks.Mark>> rest : pending.entrySet()) {
            if (rest.getKey() > last) {
                write(sheet, rest.getKey(), List.of(), rest.getValue(), false, widths, drawing);
            }
        }
        widths.forEach((column, chars) -> sheet.setColumnWidth(column, Math.max(8, chars + 2) * 256));
        if (header != null) {
            sheet.createFreezePane(0, header[1]);
        }
        PrintLayout.a4Landscape(sheet, header == null ? -1 : header[1] - 1, widths.keySet().stream().mapToInt(i -> i + 1).max().orElse(1));
        return whole;
    }

    private void write(SXSSFSheet sheet, int rowNumber, List<RawCell> cells, Map<Integer, ProblemMarks.Mark> marked,
                       boolean bold, Map<Integer, Integer> widths, Drawing<?>[] drawing) {
        Row row = sheet.createRow(rowNumber - 1);
        Map<Integer, ProblemMarks.Mark> left = marked == null ? new HashMap<>() : new HashMap<>(marked);
        for (RawCell raw : cells) {
            ProblemMarks.Mark mark = left.remove(raw.column());
            Cell cell = row.createCell(raw.column());
            String shown = value(cell, raw);
            boolean quoted = raw.kind() == CellKind.TEXT && SheetWriter.risky(shown)
                    || raw.kind() == CellKind.FORMULA_WITHOUT_VALUE && cell.getCellType() != CellType.FORMULA;
            cell.setCellStyle(styles.copy(format(raw), bold, quoted, mark == null ? Fill.NONE : mark.fill()));
            widths.merge(raw.column(), Math.min(MAX_WIDTH, SheetWriter.longestLine(shown)), Math::max);
            note(sheet, cell, mark, drawing);
        }
        // A problem on a blank cell (a required value missing) marks the empty cell.
        left.forEach((column, mark) -> {
            Cell cell = row.createCell(column);
            cell.setCellStyle(styles.copy(Format.GENERAL, bold, false, mark.fill()));
            note(sheet, cell, mark, drawing);
        });
    }

    /** Writes the value as it was typed; returns the text it shows, for the column width. */
    private static String value(Cell cell, RawCell raw) {
        switch (raw.kind()) {
            case TEXT -> {
                String text = legacy(raw.runs()) ? LegacyText.toUnicode(raw.runs()) : raw.text();
                // Always a string cell: "=1+1" typed as text stays text.
                cell.setCellValue(text);
                return text;
            }
            case NUMBER -> cell.setCellValue(raw.number());
            case DATE -> cell.setCellValue(raw.date());
            case BOOLEAN -> cell.setCellValue(raw.bool());
            case ERROR -> {
                FormulaError error = knownError(raw.error());
                if (error == null) {
                    cell.setCellValue(raw.text());
                } else {
                    cell.setCellErrorValue(error.getCode());
                }
            }
            case FORMULA_WITHOUT_VALUE -> {
                try {
                    if (!safeFormula(raw.text().substring(1))) {
                        throw new IllegalArgumentException("reaches outside the workbook");
                    }
                    cell.setCellFormula(raw.text().substring(1));
                } catch (RuntimeException e) {
                    // A formula POI cannot parse (a function it does not know) is shown as typed.
                    cell.setCellValue(raw.text());
                }
            }
        }
        return raw.text();
    }

    /**
     * A formula that computes within the workbook: no other workbook ({@code [1]Sheet!A1}), no web or
     * program call. Only these are copied as formulas; a feedback links to nothing outside.
     */
    static boolean safeFormula(String formula) {
        String upper = formula.toUpperCase(Locale.ROOT);
        return formula.indexOf('[') < 0 && !UNSAFE_FUNCTION.matcher(upper).find();
    }

    private static final Pattern UNSAFE_FUNCTION = Pattern.compile(
            "\\b(HYPERLINK|WEBSERVICE|FILTERXML|RTD|CALL|REGISTER(\\.ID)?|DDE|IMAGE|INFO|CELL)\\s*\\(");

    private static boolean legacy(List<TextRun> runs) {
        return runs.stream().anyMatch(run -> LegacyEncoding.forFont(run.fontName()) != LegacyEncoding.UNICODE);
    }

    private static FormulaError knownError(String code) {
        try {
            return FormulaError.forString(code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Format format(RawCell raw) {
        return switch (raw.kind()) {
            case TEXT -> Format.TEXT;
            case DATE -> raw.date().toLocalTime().equals(LocalTime.MIDNIGHT) ? Format.DATE : Format.DATE_TIME;
            default -> Format.GENERAL;
        };
    }

    private void note(SXSSFSheet sheet, Cell cell, ProblemMarks.Mark mark, Drawing<?>[] drawing) {
        String text = mark == null ? null : mark.note();
        if (text == null) {
            return;
        }
        if (drawing[0] == null) {
            drawing[0] = sheet.createDrawingPatriarch();
        }
        ClientAnchor anchor = helper.createClientAnchor();
        anchor.setCol1(cell.getColumnIndex() + 1);
        anchor.setCol2(cell.getColumnIndex() + 5);
        anchor.setRow1(cell.getRowIndex());
        anchor.setRow2(cell.getRowIndex() + Math.min(12, 3 + text.length() / 60));
        Comment comment = drawing[0].createCellComment(anchor);
        comment.setString(helper.createRichTextString(text));
        comment.setAuthor(AUTHOR);
        // The note belongs to the cell, not to where its box is drawn (the anchor, one column right).
        comment.setAddress(cell.getRowIndex(), cell.getColumnIndex());
        cell.setCellComment(comment);
    }
}
