package vn.backan.ocop.intake;

import java.util.List;
import java.util.Locale;

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

    static String reason(WorkbookException e) {
        String detail = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        String where = e.sheet() == null ? "" : " (sheet " + e.sheet() + ")";
        return switch (e.kind()) {
            case UNSUPPORTED_FORMAT -> format(detail);
            case CORRUPT -> "không đọc được nội dung tệp" + where + "; có thể tệp bị cắt ngắn khi gửi hoặc sao chép";
            case TOO_LARGE -> "tệp hoặc một phần của tệp vượt giới hạn đọc an toàn" + where;
            case UNSAFE -> detail.contains("doctype")
                    ? "tệp có khai báo DOCTYPE, có thể dùng để truy cập tài nguyên bên ngoài" + where
                    : "dữ liệu nén bất thường, dấu hiệu của tệp độc hại (zip bomb)" + where;
            case NOT_A_WORKBOOK, ENCRYPTED -> "";
        };
    }

    private static String format(String detail) {
        if (detail.contains(".ods")) {
            return "bảng tính OpenDocument (.ods)";
        } else if (detail.contains(".xlsb")) {
            return "sổ làm việc nhị phân của Excel (.xlsb)";
        } else if (detail.contains("5.0/95")) {
            return "Excel 5.0/95";
        } else if (detail.contains("2.x-4.0")) {
            return "Excel 2.x–4.0";
        } else if (detail.contains("strict open xml")) {
            return "Excel \"Strict Open XML\"";
        }
        return "định dạng này";
    }
}
