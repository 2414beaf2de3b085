package vn.backan.ocop.intake.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import vn.backan.ocop.intake.FileErrors;
import vn.backan.ocop.intake.excel.WorkbookException.Kind;
import vn.backan.ocop.intake.excel.WorkbookException.Reason;

/** Real broken files from Apache POI's own collection (see poi-testdata/README.md): each refused for its true reason. */
class PoiTestDataTest {

    private static final Path FOLDER = Path.of("src/test/resources/poi-testdata");

    @Test
    void aContentTypesPartInLowerCaseWithBackslashPathsIsAWorkbook() throws Exception {
        try (WorkbookReader reader = WorkbookReader.open(FOLDER.resolve("49609.xlsx"))) {
            assertThat(reader.sheets()).hasSize(2);
            int rows = 0;
            try (RowCursor cursor = reader.rows(reader.sheets().get(0))) {
                while (cursor.next() != null) {
                    rows++;
                }
            }
            assertThat(rows).isPositive();
        }
    }

    @ParameterizedTest
    @CsvSource({
            "duplicate-filename.xlsx, CORRUPT, DUPLICATE_ENTRIES, trùng tên",
            "duplicate-filename-case-insensitive.xlsx, CORRUPT, DUPLICATE_ENTRIES, trùng tên",
            "poc-shared-strings.xlsx, CORRUPT, CELL_ADDRESS, ngoài phạm vi",
            "clusterfuzz-testcase-minimized-POIHSSFFuzzer-6483562584932352.xls, CORRUPT, CELL_ADDRESS, ngoài phạm vi",
            "clusterfuzz-testcase-minimized-POIHSSFFuzzer-6322470200934400.xls, CORRUPT, XLS_RECORDS, .xls bị hỏng",
            "43493.xls, CORRUPT, XLS_RECORDS, .xls bị hỏng",
            "clusterfuzz-testcase-minimized-XLSX2CSVFuzzer-5025401116950528.xlsx, CORRUPT, TRUNCATED, cắt ngắn",
            "xlsx-corrupted.xlsx, NOT_A_WORKBOOK, NO_WORKBOOK_PART, không chứa sổ tính",
    })
    void eachBrokenFileIsRefusedForItsTrueReason(String file, Kind kind, Reason reason, String told) {
        WorkbookException e = catchThrowableOfType(() -> readAll(FOLDER.resolve(file)), WorkbookException.class);
        assertThat(e).as(file).isNotNull();
        assertThat(e.kind()).as(file).isEqualTo(kind);
        assertThat(e.reason()).as(file).isEqualTo(reason);
        // the clerk: Vietnamese, none of the reader's English; the operator's log: the reader's words
        assertThat(FileErrors.reason(e)).contains(told).doesNotContainPattern("[A-Za-z]{4,} [a-z]{3,} [a-z]{3,}");
        assertThat(FileErrors.technical(e)).contains(file, reason.name());
        if (reason != Reason.TRUNCATED) {
            assertThat(FileErrors.reason(e)).doesNotContain("cắt ngắn");
        }
    }

    private static void readAll(Path file) throws WorkbookException {
        try (WorkbookReader reader = WorkbookReader.open(file)) {
            for (SheetInfo sheet : reader.sheets()) {
                try (RowCursor cursor = reader.rows(sheet)) {
                    while (cursor.next() != null) {
                        // read to the end
                    }
                }
            }
        }
    }
}
