package vn.backan.ocop.intake;

import java.util.List;

import vn.backan.ocop.intake.excel.WorkbookException;
import vn.backan.ocop.validation.Issue;
import vn.backan.ocop.validation.IssueCode;

/**
 * Turns a reader failure into the file error the clerk sees. The reader's own words are English and
 * technical (they go to the operator's log); the clerk gets what is wrong in Vietnamese and, where
 * the file failed inside a sheet, which sheet.
 */
public final class FileErrors {

    private FileErrors() {
    }

    public static Issue issue(WorkbookException e) {
        IssueCode code = switch (e.kind()) {
            case NOT_A_WORKBOOK -> IssueCode.FILE_NOT_WORKBOOK;
            case UNSUPPORTED_FORMAT -> IssueCode.FILE_UNSUPPORTED_FORMAT;
            case ENCRYPTED -> IssueCode.FILE_ENCRYPTED;
            case CORRUPT -> IssueCode.FILE_CORRUPT;
            case TOO_LARGE, UNSAFE -> IssueCode.FILE_UNSAFE;
        };
        return new Issue(code, e.sheet(), 0, null, null, null, null, List.of(reason(e)));
    }

    /** What is wrong, in Vietnamese, for the clerk; the sheet where the file broke, if it broke inside one. */
    public static String reason(WorkbookException e) {
        String where = e.sheet() == null ? "" : " (sheet " + e.sheet() + ")";
        return switch (e.reason()) {
            case EMPTY -> "tệp rỗng, không có nội dung (0 byte)";
            case WEB_PAGE -> "đây là trang web (HTML) được đặt tên như tệp Excel";
            case XML_FILE -> "đây là tệp XML (có thể là bảng tính XML 2003), không phải sổ tính .xlsx";
            case PLAIN_ZIP -> "đây là tệp nén zip, bên trong không có sổ tính Excel";
            case OPEN_DOCUMENT -> "đây là tài liệu OpenDocument, không phải bảng tính";
            case OTHER_OFFICE_DOCUMENT -> "đây là tài liệu Office khác (Word hoặc PowerPoint), không phải sổ tính Excel";
            case NO_WORKBOOK_PART -> "gói Office không chứa sổ tính nào";
            case UNKNOWN_CONTENT -> "nội dung tệp không phải định dạng Excel nào";
            case ODS -> "bảng tính OpenDocument (.ods)";
            case XLSB -> "sổ làm việc nhị phân của Excel (.xlsb)";
            case STRICT_OOXML -> "Excel \"Strict Open XML\"";
            case EXCEL_95 -> "Excel 5.0/95";
            case EXCEL_2_TO_4 -> "Excel 2.x–4.0";
            case PASSWORD -> "tệp có mật khẩu";
            case TRUNCATED -> "tệp bị thiếu phần cuối" + where + ", có thể bị cắt ngắn khi gửi hoặc sao chép";
            case ZIP_DAMAGED -> "cấu trúc nén bên trong tệp .xlsx bị hỏng" + where;
            case DUPLICATE_ENTRIES -> "tệp chứa hai phần trùng tên, điều Excel không bao giờ tạo ra: tệp đã bị một chương trình "
                    + "khác sửa hoặc làm giả";
            case MISSING_PART -> "sổ tính liệt kê một sheet nhưng trong tệp không có nội dung của sheet đó" + where;
            case MALFORMED_XML -> "nội dung bên trong tệp bị hỏng (XML sai cấu trúc)" + where;
            case BAD_VALUE -> "tệp chứa giá trị ô không hợp lệ mà Excel không tạo ra" + where;
            case CELL_ADDRESS -> "tệp có ô nằm ngoài phạm vi của Excel (dòng 0, quá dòng 1.048.576 hoặc quá cột XFD)" + where
                    + ": tệp do chương trình khác tạo ra hoặc đã bị hỏng";
            case XLS_RECORDS -> "cấu trúc bên trong của tệp .xls bị hỏng" + where;
            case DAMAGED -> "không đọc được nội dung tệp" + where;
            case FILE_SIZE -> "tệp quá lớn, vượt giới hạn đọc an toàn";
            case PART_SIZE -> "một phần của tệp khi giải nén vượt giới hạn đọc an toàn" + where;
            case MEMORY -> "tệp .xls quá lớn để đọc; hãy lưu lại dưới dạng .xlsx";
            case READER_LIMIT -> "tệp vượt giới hạn đọc an toàn" + where;
            case DOCTYPE -> "tệp có khai báo DOCTYPE, có thể dùng để truy cập tài nguyên bên ngoài" + where;
            case COMPRESSION_RATIO -> "dữ liệu nén bất thường, dấu hiệu của tệp độc hại (zip bomb)" + where;
        };
    }

    /** The operator's line: the reason's name and the reader's own English words. */
    public static String technical(WorkbookException e) {
        return e.getMessage() + " [" + e.kind() + "/" + e.reason() + "]";
    }
}
