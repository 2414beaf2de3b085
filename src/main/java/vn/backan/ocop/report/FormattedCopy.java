package vn.backan.ocop.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.backan.ocop.intake.excel.FeedbackMarker;
import vn.backan.ocop.layout.PrintLayout;

/**
 * The district's own .xlsx, annotated in place: every sheet, value, formula, number format, width,
 * merged cell and font stays as the district made it; cells with a problem get the fill of their
 * worst severity on a copy of their own style, and a note. Sent back, it is the district's file again:
 * the sheets an earlier feedback added are dropped, and so are its notes and fills.
 */
final class FormattedCopy {

    static final String AUTHOR = "OCOP Bắc Kạn";

    private final XSSFWorkbook book;
    /** Marked styles by (original style index, fill): a workbook holds at most 64,000 styles. */
    private final Map<String, XSSFCellStyle> marked = new HashMap<>();

    FormattedCopy(XSSFWorkbook book) {
        this.book = book;
    }

    /**
     * Removes what an earlier feedback added, then marks the problems.
     *
     * @return the district's sheets, in order
     */
    List<String> annotate(ProblemMarks marks, Set<String> earlierFeedback, Map<String, int[]> headers) {
        boolean returned = !earlierFeedback.isEmpty();
        for (int i = book.getNumberOfSheets() - 1; i >= 0; i--) {
            if (earlierFeedback.contains(book.getSheetName(i))) {
                book.removeSheetAt(i);
            }
        }
        Name marker = book.getName(FeedbackMarker.NAME);
        if (marker != null) {
            book.removeName(marker);
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < book.getNumberOfSheets(); i++) {
            XSSFSheet sheet = book.getSheetAt(i);
            names.add(sheet.getSheetName());
            if (returned) {
                unmark(sheet);
            }
            defuse(sheet);
            mark(sheet, marks);
            print(sheet, headers.get(sheet.getSheetName()));
        }
        return names;
    }

    /**
     * A formula that reaches outside the workbook keeps only its value, and text that Excel would read
     * as a formula once edited (= + - @) gets the quote prefix, as in every sheet we write.
     */
    private void defuse(XSSFSheet sheet) {
        for (Row row : sheet) {
            for (Cell c : row) {
                XSSFCell cell = (XSSFCell) c;
                if (cell.getCellType() == CellType.FORMULA && !SheetCopies.safeFormula(cell.getCellFormula())) {
                    cell.removeFormula();
                } else if (cell.getCellType() == CellType.STRING && SheetWriter.risky(cell.getStringCellValue())
                        && !cell.getCellStyle().getQuotePrefixed()) {
                    cell.setCellStyle(quoted(cell.getCellStyle()));
                }
            }
        }
    }

    private XSSFCellStyle quoted(XSSFCellStyle original) {
        return marked.computeIfAbsent(original.getIndex() + "/quoted", k -> {
            XSSFCellStyle style = book.createCellStyle();
            style.cloneStyleFrom(original);
            style.setQuotePrefixed(true);
            return style;
        });
    }

    /** Our notes and the fills that came with them go; the clerk's own notes stay. */
    private void unmark(XSSFSheet sheet) {
        List<XSSFComment> ours = new ArrayList<>();
        sheet.getCellComments().values().forEach(c -> {
            if (AUTHOR.equals(c.getAuthor())) {
                ours.add(c);
            }
        });
        for (XSSFComment comment : ours) {
            XSSFRow row = sheet.getRow(comment.getRow());
            XSSFCell cell = row == null ? null : row.getCell(comment.getColumn());
            if (cell != null) {
                cell.removeCellComment();
                XSSFCellStyle style = cell.getCellStyle();
                if (style.getFillPattern() == FillPatternType.SOLID_FOREGROUND && isMarkColour(style.getFillForegroundColor())) {
                    cell.setCellStyle(styled(style, Styles.Fill.NONE));
                }
            }
        }
    }

    private static boolean isMarkColour(short index) {
        return index == Styles.Fill.ERROR.colorIndex() || index == Styles.Fill.WARNING.colorIndex();
    }

    private void mark(XSSFSheet sheet, ProblemMarks marks) {
        XSSFDrawing drawing = null;
        for (Map.Entry<Integer, Map<Integer, ProblemMarks.Mark>> row : marks.of(sheet.getSheetName()).entrySet()) {
            XSSFRow cells = sheet.getRow(row.getKey() - 1);
            if (cells == null) {
                cells = sheet.createRow(row.getKey() - 1);
            }
            for (Map.Entry<Integer, ProblemMarks.Mark> entry : row.getValue().entrySet()) {
                XSSFCell cell = cells.getCell(entry.getKey(), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
                ProblemMarks.Mark mark = entry.getValue();
                cell.setCellStyle(styled(cell.getCellStyle(), mark.fill()));
                if (mark.note() == null) {
                    continue;
                }
                Comment existing = cell.getCellComment();
                if (existing != null) {
                    // The clerk's own note stays; ours follows it.
                    existing.setString(book.getCreationHelper().createRichTextString(
                            existing.getString().getString() + "\n\n" + mark.note()));
                    continue;
                }
                if (drawing == null) {
                    drawing = sheet.createDrawingPatriarch();
                }
                cell.setCellComment(note(drawing, cell, mark.note()));
            }
        }
    }

    private Comment note(XSSFDrawing drawing, XSSFCell cell, String text) {
        ClientAnchor anchor = book.getCreationHelper().createClientAnchor();
        anchor.setCol1(cell.getColumnIndex() + 1);
        anchor.setCol2(cell.getColumnIndex() + 5);
        anchor.setRow1(cell.getRowIndex());
        anchor.setRow2(cell.getRowIndex() + Math.min(12, 3 + text.length() / 60));
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(book.getCreationHelper().createRichTextString(text));
        comment.setAuthor(AUTHOR);
        return comment;
    }

    /** The cell's own style with the fill of a mark, or without a fill (NONE): created once per pair. */
    private XSSFCellStyle styled(XSSFCellStyle original, Styles.Fill fill) {
        return marked.computeIfAbsent(original.getIndex() + "/" + fill, k -> {
            XSSFCellStyle style = book.createCellStyle();
            style.cloneStyleFrom(original);
            if (fill == Styles.Fill.NONE) {
                style.setFillPattern(FillPatternType.NO_FILL);
            } else {
                style.setFillForegroundColor(fill.colorIndex());
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            }
            return style;
        });
    }

    /**
     * A4 landscape, one page wide, the title and header rows of a data sheet on every page, page
     * numbers: where the district set a print area or its own scale, theirs is kept.
     */
    private static void print(XSSFSheet sheet, int[] header) {
        XSSFWorkbook book = sheet.getWorkbook();
        if (book.getPrintArea(book.getSheetIndex(sheet)) != null || !sheet.getFitToPage() && sheet.getPrintSetup().getScale() != 100) {
            return;
        }
        int lastHeader = header == null ? -1 : header[1] - 1;
        XSSFRow names = lastHeader >= 0 ? sheet.getRow(lastHeader) : null;
        PrintLayout.a4Landscape(sheet, lastHeader, names == null ? 1 : Math.max(1, names.getLastCellNum()));
    }

    /** Tells a workbook sent back which sheets are the feedback's. */
    static void markOurs(Workbook book, List<String> ours) {
        Name name = book.createName();
        name.setNameName(FeedbackMarker.NAME);
        name.setRefersToFormula(FeedbackMarker.formula(ours));
        // Visible in Excel's Name Manager (POI cannot hide a name it creates), with a word on what it is for.
        name.setComment("Sheet do hệ thống OCOP thêm vào tệp phản hồi; bỏ qua khi tệp được gửi lại");
    }
}
