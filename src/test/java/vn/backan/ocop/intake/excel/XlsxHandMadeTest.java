package vn.backan.ocop.intake.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.backan.ocop.intake.excel.Sheets.cell;
import static vn.backan.ocop.intake.excel.Sheets.run;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.backan.ocop.intake.excel.WorkbookException.Kind;

/** Sheet XML written by hand, for what POI's writers never produce but other tools do. */
class XlsxHandMadeTest {

    private static final String STYLES = """
            <numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>
            <fonts count="3">
              <font><sz val="11"/><name val="Calibri"/></font>
              <font><name val=".VnTime"/></font>
              <font><b/><name val="VNI-Times"/></font>
            </fonts>
            <cellStyleXfs count="1"><xf numFmtId="0" fontId="2"/></cellStyleXfs>
            <cellXfs count="4">
              <xf numFmtId="0" fontId="0"/>
              <xf numFmtId="14" fontId="0"/>
              <xf numFmtId="164" fontId="0"/>
              <xf numFmtId="0" fontId="2"/>
            </cellXfs>
            <dxfs count="1"><dxf><font><name val="Wingdings"/></font></dxf></dxfs>
            """;

    @TempDir
    Path dir;

    private List<SheetRow> read(HandMadeXlsx xlsx) throws Exception {
        return Sheets.readFirstSheet(xlsx.write(dir.resolve("hand.xlsx")));
    }

    @Test
    void inlineRichTextKeepsRunFontsAndFallsBackToTheStyleFont() throws Exception {
        List<SheetRow> rows = read(new HandMadeXlsx().styles(STYLES).sheet("S", """
                <row r="1"><c r="A1" t="inlineStr" s="3"><is>
                  <r><rPr><b/><rFont val=".VnTime"/><sz val="12"/></rPr><t>Ch\u00e8</t></r>
                  <r><t xml:space="preserve"> Shan</t></r>
                </is></c></row>
                """));
        assertThat(rows.get(0).cell(0).text()).isEqualTo("Ch\u00e8 Shan");
        assertThat(rows.get(0).cell(0).runs()).containsExactly(run("Ch\u00e8", ".VnTime"), run(" Shan", "VNI-Times"));
    }

    @Test
    void sharedStringsSkipPhoneticGuidesAndDecodeEscapes() throws Exception {
        List<SheetRow> rows = read(new HandMadeXlsx().styles(STYLES)
                .sharedStrings("""
                        <si><t>Plain</t></si>
                        <si><t>line_x000D_break and _x005F_x0041_</t><rPh sb="0" eb="1"><t>ふりがな</t></rPh><phoneticPr fontId="1"/></si>
                        <si><r><t>no font</t></r><r><rPr><rFont val=".VnTime"/></rPr><t>\u00e8</t></r></si>
                        <si><t></t></si>
                        """)
                .sheet("S", """
                        <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s" s="3"><v>1</v></c>
                          <c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>
                        """));
        SheetRow row = rows.get(0);
        assertThat(row.cell(0).runs()).containsExactly(run("Plain", "Calibri"));
        assertThat(row.cell(1).text()).isEqualTo("line\rbreak and _x0041_");
        assertThat(row.cell(1).runs()).containsExactly(run("line\rbreak and _x0041_", "VNI-Times"));
        assertThat(row.cell(2).runs()).containsExactly(run("no font", "Calibri"), run("\u00e8", ".VnTime"));
        assertThat(row.cell(3)).as("an empty shared string is a blank cell").isNull();
    }

    @Test
    void formulaWithoutCachedValue() throws Exception {
        List<SheetRow> rows = read(new HandMadeXlsx().sheet("S", """
                <row r="4"><c r="A4"><v>1</v></c><c r="B4"><f>SUM(A1:A3)</f></c><c r="C4" t="str"><f>A1&amp;"x"</f></c></row>
                """));
        RawCell formula = cell(rows, 4, 1);
        assertThat(formula.kind()).isEqualTo(CellKind.FORMULA_WITHOUT_VALUE);
        assertThat(formula.formula()).isEqualTo("SUM(A1:A3)");
        assertThat(formula.text()).isEqualTo("=SUM(A1:A3)");
        assertThat(formula.number()).isNull();
        assertThat(formula.runs()).isEmpty();
        assertThat(cell(rows, 4, 2).kind()).isEqualTo(CellKind.FORMULA_WITHOUT_VALUE);
        assertThat(cell(rows, 4, 2).text()).isEqualTo("=A1&\"x\"");
    }

    @Test
    void sharedFormulasAreRebuiltForEveryCellOfTheRange() throws Exception {
        List<SheetRow> rows = read(new HandMadeXlsx().sheet("S", """
                <row r="2"><c r="C2"><f t="shared" ref="C2:C4" si="0">A2*B2+$A$1</f><v>5</v></c></row>
                <row r="3"><c r="C3"><f t="shared" si="0"/><v>6</v></c></row>
                <row r="4"><c r="C4"><f t="shared" si="0"/></c></row>
                """));
        assertThat(cell(rows, 2, 2).formula()).isEqualTo("A2*B2+$A$1");
        assertThat(cell(rows, 3, 2).formula()).isEqualTo("A3*B3+$A$1");
        assertThat(cell(rows, 3, 2).number()).isEqualTo(6.0);
        assertThat(cell(rows, 4, 2).kind()).isEqualTo(CellKind.FORMULA_WITHOUT_VALUE);
        assertThat(cell(rows, 4, 2).text()).isEqualTo("=A4*B4+$A$1");
    }

    @Test
    void everyCellTypeAttribute() throws Exception {
        List<SheetRow> rows = read(new HandMadeXlsx().styles(STYLES).sheet("S", """
                <row r="1">
                  <c r="A1" t="n"><v>1.50</v></c>
                  <c r="B1"><v>4.5E-3</v></c>
                  <c r="C1" t="b"><v>0</v></c>
                  <c r="D1" t="e"><v>#DIV/0!</v></c>
                  <c r="E1" t="d"><v>2018-12-12T00:00:00</v></c>
                  <c r="F1" t="d" s="2"><v>2019-03-04T10:30:00Z</v></c>
                  <c r="G1" t="str"><f>"a"</f><v>a</v></c>
                  <c r="H1" t="e"><f>VLOOKUP(1,Z1:Z2,2,0)</f><v>#N/A</v></c>
                  <c r="I1" s="1"><v>43446.5</v></c>
                  <c r="J1" s="2"><v>-1</v></c>
                  <c r="K1"><v>0.30000000000000004</v></c>
                  <c r="L1"><v>123456789012345678</v></c>
                </row>
                """));
        SheetRow row = rows.get(0);
        assertThat(row.cell(0).text()).isEqualTo("1.5");
        assertThat(row.cell(1).text()).isEqualTo("0.0045");
        assertThat(row.cell(2).bool()).isFalse();
        assertThat(row.cell(2).text()).isEqualTo("FALSE");
        assertThat(row.cell(3).error()).isEqualTo("#DIV/0!");
        assertThat(row.cell(3).formula()).isNull();
        assertThat(row.cell(4).kind()).isEqualTo(CellKind.DATE);
        assertThat(row.cell(4).date()).isEqualTo(LocalDateTime.of(2018, 12, 12, 0, 0));
        assertThat(row.cell(4).number()).isEqualTo(43446.0);
        assertThat(row.cell(5).date()).isEqualTo(LocalDateTime.of(2019, 3, 4, 10, 30));
        assertThat(row.cell(5).text()).isEqualTo("04/03/2019 10:30");
        assertThat(row.cell(6).kind()).isEqualTo(CellKind.TEXT);
        assertThat(row.cell(6).formula()).isEqualTo("\"a\"");
        assertThat(row.cell(7).kind()).isEqualTo(CellKind.ERROR);
        assertThat(row.cell(7).error()).isEqualTo("#N/A");
        assertThat(row.cell(7).formula()).isEqualTo("VLOOKUP(1,Z1:Z2,2,0)");
        assertThat(row.cell(8).text()).isEqualTo("12/12/2018 12:00");
        assertThat(row.cell(9).kind()).as("a negative serial is no date").isEqualTo(CellKind.NUMBER);
        assertThat(row.cell(9).text()).isEqualTo("-1");
        assertThat(row.cell(10).text()).isEqualTo("0.3");
        assertThat(row.cell(11).text()).isEqualTo("123456789012346000");
    }

    @Test
    void workbook1904DateSystem() throws Exception {
        List<SheetRow> rows = read(new HandMadeXlsx().date1904().styles(STYLES).sheet("S", """
                <row r="1"><c r="A1" s="2"><v>41984</v></c><c r="B1" t="d"><v>2018-12-12</v></c></row>
                """));
        assertThat(rows.get(0).cell(0).date()).isEqualTo(LocalDateTime.of(2018, 12, 12, 0, 0));
        assertThat(rows.get(0).cell(0).text()).isEqualTo("12/12/2018");
        assertThat(rows.get(0).cell(1).number()).isEqualTo(41984.0);
    }

    @Test
    void rowsAndCellsWithoutReferencesAreNumberedInOrder() throws Exception {
        List<SheetRow> rows = read(new HandMadeXlsx().sheet("S", """
                <row><c t="inlineStr"><is><t>A1</t></is></c><c><v>2</v></c></row>
                <row r="5"><c r="C5"><v>3</v></c><c><v>4</v></c></row>
                <row><c r="B6"><v>5</v></c></row>
                """));
        assertThat(rows).extracting(SheetRow::rowNumber).containsExactly(1, 5, 6);
        assertThat(rows.get(0).cells()).extracting(RawCell::column).containsExactly(0, 1);
        assertThat(rows.get(1).cells()).extracting(RawCell::column).containsExactly(2, 3);
        assertThat(rows.get(2).cell(1).number()).isEqualTo(5.0);
    }

    @Test
    void cellsOutOfOrderAreSortedAndBlankCellsDropped() throws Exception {
        List<SheetRow> rows = read(new HandMadeXlsx().sheet("S", """
                <row r="1"><c r="D1"><v>4</v></c><c r="B1"><v>2</v></c><c r="C1" s="0"/><c r="B1"><v>22</v></c>
                  <c r="E1" t="inlineStr"><is><t></t></is></c><c r="F1" t="str"><f>""</f><v></v></c></row>
                <row r="2"><c r="A2" s="0"/><c r="B2" t="s"/></row>
                """));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).cells()).extracting(RawCell::column).containsExactly(1, 3);
        assertThat(rows.get(0).cell(1).number()).as("the later of two duplicates wins").isEqualTo(22.0);
    }

    @Test
    void hiddenAndVeryHiddenSheets() throws Exception {
        Path file = new HandMadeXlsx()
                .sheet("Visible", "")
                .sheetWithState("Hidden", "hidden", "")
                .sheetWithState("VeryHidden", "veryHidden", "")
                .write(dir.resolve("states.xlsx"));
        try (WorkbookReader reader = WorkbookReader.open(file)) {
            assertThat(reader.sheets()).extracting(SheetInfo::hidden).containsExactly(false, true, true);
        }
    }

    @Test
    void templatesAreXlsxAndMacroTemplatesXlsm() throws Exception {
        Path template = new HandMadeXlsx().sheet("S", "")
                .workbookContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml")
                .write(dir.resolve("t.xltx"));
        Path macro = new HandMadeXlsx().sheet("S", "")
                .workbookContentType("application/vnd.ms-excel.template.macroEnabled.main+xml")
                .write(dir.resolve("t.xltm"));
        try (WorkbookReader a = WorkbookReader.open(template); WorkbookReader b = WorkbookReader.open(macro)) {
            assertThat(a.format()).isEqualTo(WorkbookFormat.XLSX);
            assertThat(b.format()).isEqualTo(WorkbookFormat.XLSM);
        }
    }

    @Test
    void badValuesAreCorruptWithSheetAndPosition() throws Exception {
        Path file = new HandMadeXlsx().sharedStrings("<si><t>only</t></si>").sheet("Số liệu", """
                <row r="1"><c r="A1"><v>1</v></c></row>
                <row r="2"><c r="A2" t="s"><v>7</v></c></row>
                """).write(dir.resolve("bad-index.xlsx"));
        try (WorkbookReader reader = WorkbookReader.open(file);
             RowCursor cursor = reader.rows(reader.sheets().get(0))) {
            assertThat(cursor.next().rowNumber()).isEqualTo(1);
            assertThatThrownBy(cursor::next)
                    .isInstanceOfSatisfying(WorkbookException.class, e -> {
                        assertThat(e.kind()).isEqualTo(Kind.CORRUPT);
                        assertThat(e.sheet()).isEqualTo("Số liệu");
                        assertThat(e.file()).isEqualTo("bad-index.xlsx");
                    })
                    .hasMessageStartingWith("bad-index.xlsx, sheet 'Số liệu': cannot read the sheet: ")
                    .hasMessageContaining("line 3");
            assertThat(cursor.next()).as("a failed cursor is finished").isNull();
        }
    }

    @Test
    void malformedSheetXmlIsCorrupt() throws Exception {
        Path file = new HandMadeXlsx().sheet("S", "<row r=\"1\"><c r=\"A1\"><v>1</v></row>").write(dir.resolve("m.xlsx"));
        assertThatThrownBy(() -> Sheets.readFirstSheet(file))
                .isInstanceOfSatisfying(WorkbookException.class, e -> assertThat(e.kind()).isEqualTo(Kind.CORRUPT))
                .hasMessageStartingWith("m.xlsx, sheet 'S': cannot read the sheet: malformed XML at line");
    }

    @Test
    void closingTheWorkbookClosesItsCursors() throws Exception {
        Path file = new HandMadeXlsx().sheet("S", "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>").write(dir.resolve("c.xlsx"));
        WorkbookReader reader = WorkbookReader.open(file);
        RowCursor cursor = reader.rows(reader.sheets().get(0));
        reader.close();
        assertThatThrownBy(cursor::next).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> reader.rows(reader.sheets().get(0))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aSheetOfAnotherWorkbookIsRefused() throws Exception {
        Path file = new HandMadeXlsx().sheet("S", "").write(dir.resolve("one.xlsx"));
        try (WorkbookReader reader = WorkbookReader.open(file)) {
            assertThatThrownBy(() -> reader.rows(new SheetInfo(0, "Other", false)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
