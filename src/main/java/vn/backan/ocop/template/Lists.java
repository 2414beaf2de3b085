package vn.backan.ocop.template;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.backan.ocop.entity.EntityType;
import vn.backan.ocop.submission.Period;
import vn.backan.ocop.submission.Programme;
import vn.backan.ocop.reference.Commune;
import vn.backan.ocop.reference.District;
import vn.backan.ocop.reference.ReferenceData;
import vn.backan.ocop.reference.ProductSet;
import vn.backan.ocop.support.SupportType;
import vn.backan.ocop.text.VietnameseCollator;

/**
 * The dropdown lists, one column each of a hidden sheet, each behind a workbook name. A list
 * validation holds at most 255 characters inline, and a district's communes exceed that; a named
 * range also lets the clerk read the lists.
 */
final class Lists {

    static final String SHEET = "Danh mục";
    static final String COMMUNES = "DM_XA";
    /** Every commune since the programme's start: a rating since then may name a commune abolished later. */
    static final String COMMUNES_SINCE_2018 = "DM_XA_TU_2018";
    static final String PRODUCT_SETS = "DM_BO_SAN_PHAM";
    static final String ENTITY_TYPES = "DM_LOAI_HINH";
    static final String SUPPORT_TYPES = "DM_LOAI_HO_TRO";

    private Lists() {
    }

    /** List name → its values, in the order the dropdown shows them. */
    static Map<String, List<String>> of(ReferenceData reference, District district, Period period) {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        lists.put(COMMUNES, sorted(reference.gazetteer().communesOf(district.code(), period.endsOn()).stream()
                .map(Commune::fullName).distinct().toList()));
        lists.put(COMMUNES_SINCE_2018, sorted(reference.gazetteer().communes().stream()
                .filter(c -> c.districtCode().equals(district.code()))
                .filter(c -> (c.validFrom() == null || !c.validFrom().isAfter(period.endsOn()))
                        && (c.validTo() == null || !c.validTo().isBefore(Programme.START)))
                .map(Commune::fullName).distinct().toList()));
        lists.put(PRODUCT_SETS, reference.classification().sets().stream().map(ProductSet::name).toList());
        List<String> entityTypes = new ArrayList<>();
        for (EntityType type : EntityType.values()) {
            entityTypes.add(type.label());
        }
        lists.put(ENTITY_TYPES, entityTypes);
        List<String> supportTypes = new ArrayList<>();
        for (SupportType type : SupportType.values()) {
            supportTypes.add(type.label());
        }
        lists.put(SUPPORT_TYPES, supportTypes);
        return lists;
    }

    private static List<String> sorted(List<String> names) {
        List<String> copy = new ArrayList<>(names);
        copy.sort(VietnameseCollator.get());
        return copy;
    }

    /** Writes the lists as columns of the hidden sheet, with a header each, and names their cells. */
    static void write(XSSFWorkbook workbook, XSSFSheet sheet, Map<String, List<String>> lists, TemplateStyles styles) {
        Row header = sheet.createRow(0);
        int column = 0;
        for (Map.Entry<String, List<String>> list : lists.entrySet()) {
            header.createCell(column).setCellValue(list.getKey());
            header.getCell(column).setCellStyle(styles.header);
            List<String> values = list.getValue();
            for (int i = 0; i < values.size(); i++) {
                Row row = sheet.getRow(i + 1) == null ? sheet.createRow(i + 1) : sheet.getRow(i + 1);
                row.createCell(column).setCellValue(values.get(i));
            }
            name(workbook, list.getKey(), new AreaReference(new CellReference(SHEET, 1, column, true, true),
                    new CellReference(SHEET, values.size(), column, true, true), workbook.getSpreadsheetVersion()));
            sheet.setColumnWidth(column, 40 * 256);
            column++;
        }
    }

    static void name(XSSFWorkbook workbook, String name, AreaReference area) {
        Name defined = workbook.createName();
        defined.setNameName(name);
        defined.setRefersToFormula(area.formatAsString());
    }
}
