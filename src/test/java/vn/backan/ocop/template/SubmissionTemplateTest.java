package vn.backan.ocop.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import vn.backan.ocop.submission.Column;
import vn.backan.ocop.submission.Period;
import vn.backan.ocop.submission.SheetKind;
import vn.backan.ocop.reference.District;
import vn.backan.ocop.reference.ReferenceData;
import vn.backan.ocop.validation.IssueCode;
import vn.backan.ocop.validation.Kind;

/** The blank template's layout, lists and checks, read back with POI. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubmissionTemplateTest {

    static final ReferenceData REFERENCE = ReferenceData.load();
    XSSFWorkbook workbook;

    @BeforeAll
    void writeNaRi2021() throws Exception {
        District naRi = REFERENCE.gazetteer().district("066").orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SubmissionTemplate(REFERENCE).write(naRi, Period.ofCode("2021"), Instant.parse("2021-11-20T02:00:00Z"), out);
        workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void theSheetsAreTheCoverTheFourDataSheetsTheInstructionsAndTwoHiddenOnes() {
        List<String> names = java.util.stream.IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName).toList();
        assertThat(names).containsExactly("Thông tin", "Sản phẩm", "Chủ thể", "Xã", "Hỗ trợ", "Hướng dẫn", "Danh mục", "Phiên bản");
        assertThat(workbook.isSheetHidden(workbook.getSheetIndex("Danh mục"))).isTrue();
        assertThat(workbook.isSheetHidden(workbook.getSheetIndex("Phiên bản"))).isTrue();
        assertThat(workbook.isSheetHidden(workbook.getSheetIndex("Sản phẩm"))).isFalse();
    }

    @Test
    void theCoverNamesTheDistrictAndPeriodAsText() {
        XSSFSheet cover = workbook.getSheet("Thông tin");
        assertThat(pairs(cover)).containsEntry("Mã huyện", "066").containsEntry("Huyện", "Huyện Na Rì")
                .containsEntry("Kỳ báo cáo", "2021").containsKeys("Người lập", "Ngày lập", "Số điện thoại", "Email");
        assertThat(pairs(workbook.getSheet("Phiên bản"))).containsEntry("Phiên bản", SubmissionTemplate.VERSION)
                .containsEntry("Mã huyện", "066").containsEntry("Kỳ báo cáo", "2021");
    }

    @Test
    void eachDataSheetHasItsHeaderRowAndNothingBelowButTheCommunes() {
        for (SheetKind kind : SheetKind.dataSheets()) {
            XSSFSheet sheet = workbook.getSheet(kind.title());
            Row header = sheet.getRow(DataSheets.HEADER_ROW);
            List<String> texts = java.util.stream.IntStream.range(0, header.getLastCellNum())
                    .mapToObj(i -> header.getCell(i).getStringCellValue()).toList();
            assertThat(texts).as(kind.title()).containsExactlyElementsOf(kind.columns().stream().map(DataSheets::header).toList());
            for (int i = 0; i < texts.size(); i++) {
                assertThat(kind.columns().get(i).matches(texts.get(i))).as(texts.get(i)).isTrue();
            }
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) DataSheets.FIRST_DATA_ROW);
            int expectedRows = kind == SheetKind.COMMUNE ? REFERENCE.gazetteer().communesOf("066", Period.ofCode("2021").endsOn()).size() : 0;
            assertThat(sheet.getLastRowNum() - DataSheets.HEADER_ROW).as(kind.title()).isEqualTo(expectedRows);
        }
        assertThat(workbook.getSheet("Xã").getRow(DataSheets.FIRST_DATA_ROW).getCell(1).getStringCellValue()).startsWith("Thị trấn");
    }

    @Test
    void dropdownsComeFromNamedListsOnTheHiddenSheet() {
        assertThat(listOf("Sản phẩm", Column.PRODUCT_GROUP)).isEqualTo(Lists.PRODUCT_SETS);
        assertThat(listOf("Sản phẩm", Column.PRODUCT_COMMUNE)).isEqualTo(Lists.COMMUNES_SINCE_2018);
        assertThat(listOf("Sản phẩm", Column.PRODUCT_ENTITY)).isEqualTo(TemplateWorkbook.ENTITY_NAMES);
        assertThat(listOf("Chủ thể", Column.ENTITY_TYPE)).isEqualTo(Lists.ENTITY_TYPES);
        assertThat(listOf("Chủ thể", Column.ENTITY_COMMUNE)).isEqualTo(Lists.COMMUNES);
        assertThat(listOf("Xã", Column.COMMUNE_NAME)).isEqualTo(Lists.COMMUNES);
        assertThat(listOf("Hỗ trợ", Column.SUPPORT_TYPE)).isEqualTo(Lists.SUPPORT_TYPES);
        assertThat(listOf("Hỗ trợ", Column.SUPPORT_COMMUNE)).isEqualTo(Lists.COMMUNES);
        assertThat(TemplateRoundTripTest.list(workbook, Lists.PRODUCT_SETS)).hasSize(26);
        assertThat(TemplateRoundTripTest.list(workbook, Lists.COMMUNES))
                .hasSize(REFERENCE.gazetteer().communesOf("066", Period.ofCode("2021").endsOn()).size())
                .contains("Xã Côn Minh", "Thị trấn Yến Lạc");
        // Communes merged away in 2020 are still offered to the ratings of 2018-2019.
        assertThat(TemplateRoundTripTest.list(workbook, Lists.COMMUNES_SINCE_2018))
                .containsAll(TemplateRoundTripTest.list(workbook, Lists.COMMUNES))
                .hasSizeGreaterThan(TemplateRoundTripTest.list(workbook, Lists.COMMUNES).size());
        assertThat(TemplateRoundTripTest.list(workbook, Lists.ENTITY_TYPES)).containsExactly("Hợp tác xã", "Doanh nghiệp",
                "Tổ hợp tác", "Hộ kinh doanh");
    }

    @Test
    void theOtherConstrainedColumnsHaveTheirChecks() {
        assertThat(validation("Sản phẩm", Column.PRODUCT_STARS).getValidationConstraint().getExplicitListValues())
                .containsExactly("1", "2", "3", "4", "5");
        assertThat(validation("Sản phẩm", Column.PRODUCT_VALUE_CHAIN).getValidationConstraint().getExplicitListValues())
                .containsExactly("Có", "Không");
        assertThat(validation("Xã", Column.COMMUNE_DBKK).getValidationConstraint().getExplicitListValues())
                .containsExactly("Có", "Không");
        XSSFDataValidation date = validation("Sản phẩm", Column.PRODUCT_DATE);
        assertThat(date.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.DATE);
        assertThat(date.getValidationConstraint().getFormula2()).isEqualTo("DATE(2021,12,31)");
        assertThat(validation("Sản phẩm", Column.PRODUCT_SCORE).getValidationConstraint().getFormula1())
                .contains("CHOOSE(G4,0,30,50,70,90)");
        assertThat(validation("Xã", Column.COMMUNE_NTM_YEAR).getValidationConstraint().getFormula2()).isEqualTo("2021");
        assertThat(validation("Xã", Column.COMMUNE_POOR).getValidationConstraint().getFormula1()).contains("F4<=E4");
        assertThat(validation("Hỗ trợ", Column.SUPPORT_YEAR).getValidationConstraint().getFormula1()).isEqualTo("2018");
        assertThat(validation("Hỗ trợ", Column.SUPPORT_AMOUNT).getValidationConstraint().getValidationType())
                .isEqualTo(ValidationType.DECIMAL);
        assertThat(validation("Sản phẩm", Column.PRODUCT_GROUP).getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
        assertThat(validation("Sản phẩm", Column.PRODUCT_GROUP).getPromptBoxText()).contains("Quyết định 148");
    }

    @Test
    void everyColumnHasAGuideAndEveryRuleOnValuesIsExplainedAtItsColumn() {
        for (Column column : Column.values()) {
            assertThatCode(() -> ColumnGuide.of(column)).as(column.name()).doesNotThrowAnyException();
        }
        Set<IssueCode> explained = Arrays.stream(Column.values()).flatMap(c -> ColumnGuide.of(c).checks().stream())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(IssueCode.class)));
        Set<IssueCode> onValues = Arrays.stream(IssueCode.values()).filter(c -> c.kind() == Kind.RULE || c.kind() == Kind.CROSS)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(IssueCode.class)));
        assertThat(explained).containsAll(onValues);
    }

    @Test
    void theInstructionsListEveryRuleOfTheCatalogue() {
        XSSFSheet instructions = workbook.getSheet("Hướng dẫn");
        StringBuilder text = new StringBuilder();
        instructions.forEach(row -> row.forEach(cell -> text.append(cell.getStringCellValue()).append('\n')));
        for (IssueCode code : IssueCode.values()) {
            assertThat(text).as(code.name()).contains(code.name());
        }
        assertThat(text).contains("Thiếu Tên sản phẩm (cột bắt buộc).").doesNotContain("{1}");
    }

    @Test
    void fileNamesCarryCodeAndPeriodInAscii() {
        assertThat(SubmissionTemplate.fileName(REFERENCE.gazetteer().district("066").orElseThrow(), Period.ofCode("2021")))
                .isEqualTo("066-na-ri-2021.xlsx");
        assertThat(SubmissionTemplate.fileName(REFERENCE.gazetteer().district("058").orElseThrow(), Period.ofCode("2021-H1")))
                .isEqualTo("058-bac-kan-2021-H1.xlsx");
    }

    private static Map<String, String> pairs(XSSFSheet sheet) {
        Map<String, String> pairs = new java.util.LinkedHashMap<>();
        sheet.forEach(row -> {
            if (row.getCell(0) != null && row.getCell(1) != null) {
                pairs.put(row.getCell(0).getStringCellValue(), row.getCell(1).getStringCellValue());
            }
        });
        return pairs;
    }

    private XSSFDataValidation validation(String sheet, Column column) {
        int index = column.sheet().columns().indexOf(column);
        return workbook.getSheet(sheet).getDataValidations().stream()
                .filter(v -> Arrays.stream(v.getRegions().getCellRangeAddresses())
                        .anyMatch(r -> r.equals(new CellRangeAddress(DataSheets.FIRST_DATA_ROW, DataSheets.LAST_DATA_ROW, index, index))))
                .findFirst().orElseThrow(() -> new AssertionError("No check on " + sheet + " " + column));
    }

    private String listOf(String sheet, Column column) {
        XSSFDataValidation validation = validation(sheet, column);
        assertThat(validation.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.LIST);
        return validation.getValidationConstraint().getFormula1();
    }
}
