package vn.backan.ocop.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.backan.ocop.intake.excel.WorkbookException;
import vn.backan.ocop.intake.excel.WorkbookException.Kind;
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

        Issue xxe = FileErrors.issue(new WorkbookException(Kind.UNSAFE, "061-2021.xlsx", null,
                "a part of the workbook declares a DOCTYPE (possible XXE attack); refused"));
        assertThat(messages.message(xxe)).contains("DOCTYPE").doesNotContain("attack");

        Issue truncated = FileErrors.issue(new WorkbookException(Kind.CORRUPT, "066_2021.xlsx", "Sản phẩm",
                "shared string \"99999\" does not exist"));
        assertThat(messages.message(truncated)).startsWith("Tệp bị hỏng").contains("sheet Sản phẩm").doesNotContain("does not exist");

        Issue ods = FileErrors.issue(new WorkbookException(Kind.UNSUPPORTED_FORMAT, "061.ods", null,
                ".ods (OpenDocument spreadsheet) is not supported; save it as .xlsx"));
        assertThat(messages.message(ods)).isEqualTo("Định dạng tệp không được hỗ trợ: bảng tính OpenDocument (.ods).");
    }
}
