package vn.backan.ocop.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

/**
 * One submission workbook read back with plain POI, sheet by sheet and row by row, without any of
 * the pipeline's code: what a careful person would see opening the file in Excel.
 */
final class SubmissionFile {

    static final List<String> PRODUCT_HEADERS = List.of("STT", "Mã sản phẩm", "Tên sản phẩm", "Bộ sản phẩm",
            "Chủ thể", "Xã", "Số sao", "Điểm", "Ngày công nhận", "Số quyết định", "Cấp công nhận", "Chuỗi giá trị",
            "Ghi chú");
    static final List<String> ENTITY_HEADERS = List.of("Tên chủ thể", "Loại hình", "Xã", "Mã số thuế",
            "Năm thành lập", "Số thành viên", "Số lao động");
    static final List<String> COMMUNE_HEADERS = List.of("Xã", "Năm đạt chuẩn NTM", "Xã ĐBKK", "Tổng số hộ",
            "Số hộ nghèo");
    static final List<String> SUPPORT_HEADERS = List.of("Loại hỗ trợ", "Đối tượng", "Xã", "Năm",
            "Kinh phí (triệu đồng)", "Nguồn vốn");

    /** A data row: its number as Excel shows it and its cells by header. */
    record DataRow(int excelRow, Map<String, CellValue> cells) {

        CellValue get(String header) {
            return cells.getOrDefault(header, CellValue.BLANK);
        }

        String text(String header) {
            return get(header).asText();
        }
    }

    /** A data sheet below its header row; {@code headers} as found, in their columns. */
    record DataSheet(List<String> headers, Map<String, String> columnLetters, List<DataRow> rows) {
    }

    private static final Pattern HALF_YEAR = Pattern.compile("6 tháng đầu năm (\\d{4})");
    private static final Pattern YEAR = Pattern.compile("(?:Năm )?(\\d{4})");

    final String name;
    final List<String> sheetNames = new ArrayList<>();
    final Map<String, CellValue> cover = new LinkedHashMap<>();
    final DataSheet products;
    final DataSheet entities;
    final DataSheet communes;
    final DataSheet support;

    private SubmissionFile(String name, Workbook workbook) {
        this.name = name;
        workbook.forEach(sheet -> sheetNames.add(sheet.getSheetName()));
        Sheet coverSheet = workbook.getSheet("Thông tin");
        if (coverSheet != null) {
            for (Row row : coverSheet) {
                cover.put(CellValue.of(row.getCell(0)).asText(), CellValue.of(row.getCell(1)));
            }
        }
        products = dataSheet(workbook.getSheet("Sản phẩm"), PRODUCT_HEADERS);
        entities = dataSheet(workbook.getSheet("Chủ thể"), ENTITY_HEADERS);
        communes = dataSheet(workbook.getSheet("Xã"), COMMUNE_HEADERS);
        support = dataSheet(workbook.getSheet("Hỗ trợ"), SUPPORT_HEADERS);
    }

    static SubmissionFile read(Path inputDir, Path file) throws IOException {
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            return new SubmissionFile(inputDir.relativize(file).toString().replace('\\', '/'), workbook);
        }
    }

    String district() {
        return cover.getOrDefault("Mã huyện", CellValue.BLANK).asText();
    }

    /** "2020" or "2021-H1", from the cover's wording ("Năm 2020", "6 tháng đầu năm 2021"). */
    String period() {
        String label = cover.getOrDefault("Kỳ báo cáo", CellValue.BLANK).asText();
        Matcher half = HALF_YEAR.matcher(label);
        if (half.matches()) {
            return half.group(1) + "-H1";
        }
        Matcher year = YEAR.matcher(label);
        if (year.matches()) {
            return year.group(1);
        }
        throw new IllegalStateException(name + ": unreadable Kỳ báo cáo '" + label + "'");
    }

    LocalDate periodEnd() {
        String period = period();
        int year = Integer.parseInt(period.substring(0, 4));
        return period.endsWith("-H1") ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
    }

    /**
     * The header row is the first row holding every expected header; rows below it are data,
     * except empty rows and a totals row (first text "Tổng..." / "Cộng...").
     */
    private static DataSheet dataSheet(Sheet sheet, List<String> expected) {
        if (sheet == null) {
            return new DataSheet(List.of(), Map.of(), List.of());
        }
        Map<Integer, String> headerAt = new TreeMap<>();
        List<String> headers = new ArrayList<>();
        int headerRow = -1;
        for (Row row : sheet) {
            List<String> texts = new ArrayList<>();
            row.forEach(cell -> texts.add(CellValue.of(cell).asText()));
            if (texts.containsAll(expected)) {
                headerRow = row.getRowNum();
                row.forEach(cell -> headerAt.put(cell.getColumnIndex(), CellValue.of(cell).asText()));
                headers.addAll(texts);
                break;
            }
        }
        if (headerRow < 0) {
            return new DataSheet(List.of(), Map.of(), List.of());
        }
        Map<String, String> letters = new HashMap<>();
        headerAt.forEach((column, header) -> letters.put(header, CellReference.convertNumToColString(column)));
        List<DataRow> rows = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() <= headerRow) {
                continue;
            }
            Map<String, CellValue> cells = new LinkedHashMap<>();
            headerAt.forEach((column, header) -> cells.put(header, CellValue.of(row.getCell(column))));
            if (cells.values().stream().allMatch(CellValue::isBlank) || isTotals(cells)) {
                continue;
            }
            rows.add(new DataRow(row.getRowNum() + 1, cells));
        }
        return new DataSheet(headers, letters, rows);
    }

    private static boolean isTotals(Map<String, CellValue> cells) {
        return cells.values().stream()
                .filter(v -> v.kind() == CellValue.Kind.TEXT)
                .findFirst()
                .map(v -> v.text().startsWith("Tổng") || v.text().startsWith("Cộng"))
                .orElse(false);
    }
}
