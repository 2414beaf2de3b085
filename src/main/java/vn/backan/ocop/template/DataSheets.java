package vn.backan.ocop.template;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import vn.backan.ocop.layout.PrintLayout;
import vn.backan.ocop.reference.District;
import vn.backan.ocop.submission.Column;
import vn.backan.ocop.submission.Period;
import vn.backan.ocop.submission.Programme;
import vn.backan.ocop.submission.SheetKind;

/**
 * The four data sheets: a title, the header row the reader looks for, and below it the rows to fill
 * in, with a dropdown or a range check on every column the rules constrain. Nothing is written in
 * the rows to fill (no numbering, no formula): the reader would take such a row for data.
 */
final class DataSheets {

    /** 0-based rows: title, note, then the header; data from the row after. */
    static final int HEADER_ROW = 2;
    static final int FIRST_DATA_ROW = HEADER_ROW + 1;
    /** Rows given the checks and formats; a district reports at most a few hundred of anything. */
    static final int ROWS = 2000;
    static final int LAST_DATA_ROW = FIRST_DATA_ROW + ROWS - 1;

    private final TemplateStyles styles;
    private final District district;
    private final Period period;

    DataSheets(TemplateStyles styles, District district, Period period) {
        this.styles = styles;
        this.district = district;
        this.period = period;
    }

    static String header(Column column) {
        return column.required() ? column.header() + " (*)" : column.header();
    }

    /** The column letters of a column in its sheet, as the template lays the sheet out. */
    static String letters(Column column) {
        return CellReference.convertNumToColString(column.sheet().columns().indexOf(column));
    }

    /** One row per commune of the list, numbered, with the previous period's figures where it had them. */
    static List<Map<Column, Object>> communeRows(List<String> names, Map<String, Map<Column, Object>> previous) {
        List<Map<Column, Object>> rows = new ArrayList<>();
        for (String name : names) {
            Map<Column, Object> row = new LinkedHashMap<>();
            row.put(Column.COMMUNE_NO, (double) (rows.size() + 1));
            row.put(Column.COMMUNE_NAME, name);
            row.putAll(previous.getOrDefault(name, Map.of()));
            rows.add(row);
        }
        return rows;
    }

    /**
     * @param prefilled rows to write under the header, values by column: text, numbers (Double), dates
     *                  (LocalDate), each in its column's format
     */
    void write(XSSFSheet sheet, SheetKind kind, String title, String note, List<Map<Column, Object>> prefilled) {
        Row titleRow = sheet.createRow(0);
        titleRow.createCell(0).setCellValue(title + " — " + district.fullName().toUpperCase(Locale.ROOT)
                + " — " + period.label().toUpperCase(Locale.ROOT));
        titleRow.getCell(0).setCellStyle(styles.title);
        titleRow.setHeightInPoints(21);
        Row noteRow = sheet.createRow(1);
        noteRow.createCell(0).setCellValue(note);
        noteRow.getCell(0).setCellStyle(styles.noteWrapped);
        int across = kind.columns().stream().mapToInt(DataSheets::width).sum();
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, kind.columns().size() - 1));
        noteRow.setHeightInPoints((float) Math.ceil(note.length() / (across * 1.1)) * 14.5f + 2);

        List<Column> columns = kind.columns();
        Row header = sheet.createRow(HEADER_ROW);
        header.setHeightInPoints(34);
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        DataValidationHelper helper = sheet.getDataValidationHelper();
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            XSSFCell cell = (XSSFCell) header.createCell(i);
            cell.setCellValue(header(column));
            cell.setCellStyle(styles.header);
            ColumnGuide.Guide guide = ColumnGuide.of(column);
            comment(drawing, cell, guide.text());
            sheet.setColumnWidth(i, width(column) * 256);
            CellStyle style = columnStyle(column);
            if (style != null) {
                sheet.setDefaultColumnStyle(i, style);
            }
            DataValidationConstraint constraint = constraint(helper, column);
            if (constraint != null) {
                DataValidation validation = helper.createValidation(constraint,
                        new CellRangeAddressList(FIRST_DATA_ROW, LAST_DATA_ROW, i, i));
                validation.setShowPromptBox(true);
                validation.createPromptBox(limit(column.header(), 32), limit(guide.text(), 255));
                validation.setShowErrorBox(true);
                validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
                validation.createErrorBox("Giá trị không hợp lệ", limit(guide.text(), 255));
                validation.setEmptyCellAllowed(true);
                if (constraint.getValidationType() == DataValidationConstraint.ValidationType.LIST) {
                    validation.setSuppressDropDownArrow(true);
                }
                sheet.addValidationData(validation);
            }
        }
        for (int i = 0; i < prefilled.size(); i++) {
            Row row = sheet.createRow(FIRST_DATA_ROW + i);
            int lines = 1;
            for (Map.Entry<Column, Object> value : prefilled.get(i).entrySet()) {
                if (value.getValue() == null) {
                    continue;
                }
                if (value.getValue() instanceof String text) {
                    // Excel keeps a row's height when it opens a file: a wrapped name gets its lines up front.
                    lines = Math.max(lines, (int) Math.ceil(text.length() / (width(value.getKey()) * 1.15)));
                }
                Cell cell = row.createCell(columns.indexOf(value.getKey()));
                CellStyle style = columnStyle(value.getKey());
                cell.setCellStyle(style != null ? style : styles.top);
                if (value.getValue() instanceof Double number) {
                    cell.setCellValue(number);
                } else if (value.getValue() instanceof LocalDate date) {
                    cell.setCellValue(date);
                } else {
                    cell.setCellValue(value.getValue().toString());
                }
            }
            if (lines > 1) {
                row.setHeightInPoints(lines * 14.5f + 2);
            }
        }
        sheet.createFreezePane(0, FIRST_DATA_ROW);
        PrintLayout.a4Landscape(sheet, HEADER_ROW, columns.size());
    }

    /** The check on a column's cells, or null for free text. */
    private DataValidationConstraint constraint(DataValidationHelper helper, Column column) {
        int year = period.year();
        String cell = letters(column) + (FIRST_DATA_ROW + 1);
        return switch (column) {
            case PRODUCT_GROUP -> helper.createFormulaListConstraint(Lists.PRODUCT_SETS);
            case PRODUCT_ENTITY -> helper.createFormulaListConstraint(TemplateWorkbook.ENTITY_NAMES);
            case PRODUCT_COMMUNE -> helper.createFormulaListConstraint(Lists.COMMUNES_SINCE_2018);
            case ENTITY_COMMUNE, COMMUNE_NAME, SUPPORT_COMMUNE -> helper.createFormulaListConstraint(Lists.COMMUNES);
            case PRODUCT_STARS -> helper.createExplicitListConstraint(new String[] {"1", "2", "3", "4", "5"});
            case PRODUCT_SCORE -> {
                // 0-100 and within the band of the stars in the same row: 5★ [90,100], 4★ [70,90), ...
                String stars = letters(Column.PRODUCT_STARS) + (FIRST_DATA_ROW + 1);
                yield helper.createCustomConstraint("AND(ISNUMBER(" + cell + ")," + cell + ">=0," + cell + "<=100,OR(NOT(ISNUMBER("
                        + stars + "))," + stars + "<1," + stars + ">5,AND(" + cell + ">=CHOOSE(" + stars + ",0,30,50,70,90),"
                        + cell + "<CHOOSE(" + stars + ",30,50,70,90,101))))");
            }
            case PRODUCT_DATE -> helper.createDateConstraint(OperatorType.BETWEEN, excelDate(Programme.START),
                    excelDate(period.endsOn()), null);
            case PRODUCT_LEVEL -> helper.createExplicitListConstraint(new String[] {"Huyện", "Tỉnh", "Trung ương"});
            case PRODUCT_VALUE_CHAIN, COMMUNE_DBKK -> helper.createExplicitListConstraint(new String[] {"Có", "Không"});
            case ENTITY_NAME -> helper.createCustomConstraint("COUNTIF(" + range(column) + "," + cell + ")=1");
            case ENTITY_TYPE -> helper.createFormulaListConstraint(Lists.ENTITY_TYPES);
            case ENTITY_TAX_CODE -> helper.createTextLengthConstraint(OperatorType.BETWEEN, "10", "14");
            case ENTITY_FOUNDED -> helper.createIntegerConstraint(OperatorType.BETWEEN, "1950", Integer.toString(year));
            case ENTITY_MEMBERS, ENTITY_WORKERS, COMMUNE_HOUSEHOLDS ->
                    helper.createIntegerConstraint(OperatorType.BETWEEN, "0", "10000000");
            case COMMUNE_NTM_YEAR -> helper.createIntegerConstraint(OperatorType.BETWEEN, "2010", Integer.toString(year));
            case COMMUNE_POOR -> {
                String households = letters(Column.COMMUNE_HOUSEHOLDS) + (FIRST_DATA_ROW + 1);
                yield helper.createCustomConstraint("AND(ISNUMBER(" + cell + ")," + cell + ">=0," + cell + "=INT(" + cell
                        + "),OR(NOT(ISNUMBER(" + households + "))," + cell + "<=" + households + "))");
            }
            case SUPPORT_TYPE -> helper.createFormulaListConstraint(Lists.SUPPORT_TYPES);
            case SUPPORT_YEAR -> helper.createIntegerConstraint(OperatorType.BETWEEN, Integer.toString(Programme.startYear()),
                    Integer.toString(year));
            case SUPPORT_AMOUNT -> helper.createDecimalConstraint(OperatorType.GREATER_OR_EQUAL, "0", null);
            default -> null;
        };
    }

    /** The data rows of a column as an absolute range: {@code $B$4:$B$2003}. */
    static String range(Column column) {
        String letters = letters(column);
        return "$" + letters + "$" + (FIRST_DATA_ROW + 1) + ":$" + letters + "$" + (LAST_DATA_ROW + 1);
    }

    /** How typed values show: dates as dates, codes as text (a tax code keeps its leading zero). */
    private CellStyle columnStyle(Column column) {
        return switch (column) {
            case PRODUCT_DATE -> styles.date;
            case PRODUCT_CODE, PRODUCT_DECISION, ENTITY_TAX_CODE -> styles.text;
            case ENTITY_MEMBERS, ENTITY_WORKERS, COMMUNE_HOUSEHOLDS, COMMUNE_POOR -> styles.integer;
            case PRODUCT_SCORE, SUPPORT_AMOUNT -> styles.decimal;
            case PRODUCT_NAME, PRODUCT_GROUP, PRODUCT_ENTITY, PRODUCT_COMMUNE, PRODUCT_NOTE -> styles.longText;
            default -> null;
        };
    }

    /**
     * Characters wide. The product sheet's thirteen columns add up to about 170, so that it prints one
     * A4 landscape page wide at over 80 %; its long names wrap ({@link #columnStyle}).
     */
    static int width(Column column) {
        return switch (column) {
            case PRODUCT_NO -> 5;
            case PRODUCT_CODE, PRODUCT_LEVEL -> 9;
            case PRODUCT_NAME, PRODUCT_ENTITY -> 24;
            case PRODUCT_GROUP -> 23;
            case PRODUCT_COMMUNE -> 16;
            case PRODUCT_STARS, PRODUCT_SCORE -> 7;
            case PRODUCT_DATE -> 11;
            case PRODUCT_DECISION -> 15;
            case PRODUCT_VALUE_CHAIN -> 8;
            case PRODUCT_NOTE -> 12;
            case ENTITY_NO, COMMUNE_NO, SUPPORT_NO -> 6;
            case ENTITY_NAME, SUPPORT_TARGET -> 36;
            case ENTITY_COMMUNE, COMMUNE_NAME, SUPPORT_COMMUNE, SUPPORT_TYPE -> 24;
            case ENTITY_NOTE, COMMUNE_NOTE, SUPPORT_NOTE, SUPPORT_SOURCE -> 24;
            default -> Math.max(10, Math.min(18, header(column).length() / 2 + 3));
        };
    }

    private static void comment(Drawing<?> drawing, XSSFCell cell, String text) {
        ClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, cell.getColumnIndex(), cell.getRowIndex() + 1,
                cell.getColumnIndex() + 4, cell.getRowIndex() + 6);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(cell.getSheet().getWorkbook().getCreationHelper().createRichTextString(text));
        comment.setAuthor("OCOP Bắc Kạn");
        cell.setCellComment(comment);
    }

    private static String limit(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    /** An Excel formula for a day: {@code DATE(2018,1,1)}. */
    private static String excelDate(LocalDate day) {
        return "DATE(%d,%d,%d)".formatted(day.getYear(), day.getMonthValue(), day.getDayOfMonth());
    }
}
