package vn.backan.ocop.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.backan.ocop.intake.excel.WorkbookException;
import vn.backan.ocop.intake.excel.WorkbookException.Kind;
import vn.backan.ocop.intake.excel.WorkbookException.Reason;
import vn.backan.ocop.validation.Issue;
import vn.backan.ocop.validation.IssueCode;
import vn.backan.ocop.validation.Messages;

class FileErrorsTest {

    private final Messages messages = Messages.vietnamese();

    @Test
    void theClerkReadsWhatIsWrongInVietnameseWithTheSheetAndNotTheReadersEnglish() {
        Issue bomb = FileErrors.issue(new WorkbookException(Kind.UNSAFE, "061-2021.xlsx", "Sản phẩm",
                "part xl/worksheets/sheet2.xml is compressed suspiciously well (312 bytes expand to 9000000): possible zip bomb; refused"));
        assertThat(bomb.code()).isEqualTo(IssueCode.FILE_UNSAFE);
        assertThat(messages.message(bomb)).contains("zip bomb", "(sheet Sản phẩm)").doesNotContain("compressed", "refused");

        Issue xxe = FileErrors.issue(new WorkbookException(Kind.UNSAFE, Reason.DOCTYPE, "061-2021.xlsx", null,
                "a part of the workbook declares a DOCTYPE (possible XXE attack); refused", null));
        assertThat(messages.message(xxe)).contains("DOCTYPE").doesNotContain("attack");

        Issue truncated = FileErrors.issue(new WorkbookException(Kind.CORRUPT, Reason.BAD_VALUE, "066_2021.xlsx", "Sản phẩm",
                "shared string \"99999\" does not exist", null));
        assertThat(messages.message(truncated)).startsWith("Tệp bị hỏng").contains("sheet Sản phẩm").doesNotContain("does not exist");

        Issue ods = FileErrors.issue(new WorkbookException(Kind.UNSUPPORTED_FORMAT, Reason.ODS, "061.ods", null,
                ".ods (OpenDocument spreadsheet) is not supported; save it as .xlsx", null));
        assertThat(messages.message(ods)).isEqualTo("Định dạng tệp không được hỗ trợ: bảng tính OpenDocument (.ods).");
    }

    @Test
    void everyReasonIsToldInVietnameseAndOnlyATruncatedFileIsSaidToBeCutShort() {
        for (Reason reason : Reason.values()) {
            WorkbookException e = new WorkbookException(Kind.CORRUPT, reason, "066_2021.xlsx", null, "technical detail", null);
            String told = FileErrors.reason(e);
            assertThat(told).as(reason.name()).isNotBlank().doesNotContain("technical", "()");
            assertThat(told.contains("cắt ngắn")).as(reason.name()).isEqualTo(reason == Reason.TRUNCATED);
            assertThat(FileErrors.technical(e)).contains("technical detail", reason.name());
        }
        Issue notAWorkbook = FileErrors.issue(new WorkbookException(Kind.NOT_A_WORKBOOK, Reason.PLAIN_ZIP, "066.xlsx", null,
                "a zip archive, not an Excel workbook", null));
        assertThat(messages.message(notAWorkbook)).doesNotContain("()").contains("tệp nén zip");
    }
}
