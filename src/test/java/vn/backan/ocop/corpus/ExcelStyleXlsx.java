package vn.backan.ocop.corpus;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Chợ Mới 2020 laid out part by part the way Excel 2016 saves a workbook (no Excel runs here, so its
 * output is written by hand): every string shared, rich text with run fonts, style indexes into cellXfs
 * with the built-in date format 14 and a custom dd/mm/yyyy, a shared formula with cached results, a
 * formula with a string result (t="str"), spans and x14ac attributes, a frozen pane, a hidden column
 * and a hidden row, merged title, defined names, markup-compatibility namespaces, docProps naming
 * Microsoft Excel. POI writes none of this the same way.
 */
final class ExcelStyleXlsx {

    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n";
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    private static final String X14AC = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac";
    private static final String XR = "http://schemas.microsoft.com/office/spreadsheetml/2014/revision";
    private static final LocalDate EPOCH = LocalDate.of(1899, 12, 30);

    /** Style indexes of styles.xml's cellXfs. */
    private static final int TITLE = 1;
    private static final int BUILTIN_DATE = 2;
    private static final int CUSTOM_DATE = 3;
    private static final int HEADER = 4;
    private static final int VNTIME = 5;

    private final List<String> strings = new ArrayList<>();
    private int stringRefs;

    private ExcelStyleXlsx() {
    }

    static void write(Path file) throws IOException {
        new ExcelStyleXlsx().writeTo(file);
    }

    private void writeTo(Path file) throws IOException {
        String cover = sheet(false, "A1:B4", "", cols(18, 30), String.join("",
                row(1, "1:2", text("A1", "Mã huyện"), text("B1", "065")),
                row(2, "1:2", text("A2", "Kỳ báo cáo"), text("B2", "2020")),
                row(3, "1:2", text("A3", "Người lập"), text("B3", "Lục Thị Thu")),
                row(4, "1:2", text("A4", "Ngày lập"), number("B4", CUSTOM_DATE, serial(LocalDate.of(2021, 1, 8))))), "");
        List<String> header = new ArrayList<>();
        for (int i = 0; i < CorpusFiles.PRODUCT.length; i++) {
            header.add(styled(ref(i, 2), HEADER, CorpusFiles.PRODUCT[i]));
        }
        String decision = "2481/QĐ-UBND";
        double round = serial(LocalDate.of(2020, 12, 18));
        String products = sheet(true, "A1:M5", "<pane ySplit=\"2\" topLeftCell=\"A3\" activePane=\"bottomLeft\" state=\"frozen\"/>"
                        + "<selection pane=\"bottomLeft\" activeCell=\"C6\" sqref=\"C6\"/>",
                cols(5.7, 12, 30, 10, 28, 16, 8, 8, 13, 16, 10, 10, 24).replace("<col min=\"12\" max=\"12\" width=\"10\" customWidth=\"1\"/>",
                        "<col min=\"12\" max=\"12\" width=\"10\" hidden=\"1\" customWidth=\"1\"/>"),
                String.join("",
                        "<row r=\"1\" spans=\"1:13\" ht=\"16.5\" customHeight=\"1\" x14ac:dyDescent=\"0.25\">"
                                + styled("A1", TITLE, "BIỂU TỔNG HỢP SẢN PHẨM OCOP HUYỆN CHỢ MỚI NĂM 2020") + "</row>",
                        "<row r=\"2\" spans=\"1:13\" ht=\"31.5\" x14ac:dyDescent=\"0.25\">" + String.join("", header) + "</row>",
                        row(3, "1:13", number("A3", 0, 1), text("C3", "Tinh bột nghệ Đồng Tâm"), number("D3", 0, 7),
                                text("E3", "HTX Nghệ Đồng Tâm"), text("F3", "Đồng Tâm"), number("G3", 0, 3),
                                "<c r=\"H3\"><f t=\"shared\" ref=\"H3:H5\" si=\"0\">IF(G3&gt;=4,75,62)</f><v>62</v></c>",
                                number("I3", CUSTOM_DATE, round), text("J3", decision), text("K3", "Tỉnh"), text("L3", "Có"),
                                "<c r=\"M3\" t=\"str\"><f>\"Theo QĐ \"&amp;J3</f><v>Theo QĐ " + decision + "</v></c>"),
                        row(4, "1:13", number("A4", 0, 2), text("C4", "Bột sắn dây Thanh Thịnh"), number("D4", 0, 7),
                                text("E4", "HTX Sắn Thanh Thịnh"), text("F4", "Nông Thịnh"), number("G4", 0, 3),
                                "<c r=\"H4\"><f t=\"shared\" si=\"0\"/><v>62</v></c>",
                                number("I4", BUILTIN_DATE, round), text("J4", decision), text("K4", "Tỉnh")),
                        "<row r=\"5\" spans=\"1:13\" hidden=\"1\" x14ac:dyDescent=\"0.25\">" + number("A5", 0, 3)
                                + rich("C5", "Mật ong ", Legacy.tcvn3("Cao Kỳ")) + number("D5", 0, 4)
                                + text("E5", "HTX Ong Cao Kỳ") + text("F5", "Cao Kỳ") + number("G5", 0, 4)
                                + "<c r=\"H5\"><f t=\"shared\" si=\"0\"/><v>75</v></c>" + number("I5", CUSTOM_DATE, round)
                                + text("J5", decision) + text("K5", "Tỉnh") + "</row>"),
                "<autoFilter ref=\"A2:M5\"/><mergeCells count=\"1\"><mergeCell ref=\"A1:M1\"/></mergeCells>");
        String entities = sheet(false, "A1:D4", "", cols(30, 12, 16, 14), String.join("",
                row(1, "1:4", styled("A1", HEADER, "Tên chủ thể"), styled("B1", HEADER, "Loại hình"), styled("C1", HEADER, "Xã"),
                        styled("D1", HEADER, "Mã số thuế")),
                row(2, "1:4", text("A2", "HTX Nghệ Đồng Tâm"), text("B2", "HTX"), text("C2", "Đồng Tâm"), text("D2", "4700333444")),
                row(3, "1:4", text("A3", "HTX Sắn Thanh Thịnh"), text("B3", "HTX"), text("C3", "Thanh Thịnh")),
                row(4, "1:4", styled("A4", VNTIME, Legacy.tcvn3("HTX Ong Cao Kỳ")), text("B4", "HTX"), text("C4", "Cao Kỳ"))), "");

        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", contentTypes());
        parts.put("_rels/.rels", DECLARATION + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId3\" Type=\"" + REL + "/extended-properties\" Target=\"docProps/app.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
                + "<Relationship Id=\"rId1\" Type=\"" + REL + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        parts.put("xl/workbook.xml", workbook());
        parts.put("xl/_rels/workbook.xml.rels", DECLARATION + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId3\" Type=\"" + REL + "/worksheet\" Target=\"worksheets/sheet3.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + REL + "/worksheet\" Target=\"worksheets/sheet2.xml\"/>"
                + "<Relationship Id=\"rId1\" Type=\"" + REL + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId5\" Type=\"" + REL + "/styles\" Target=\"styles.xml\"/>"
                + "<Relationship Id=\"rId6\" Type=\"" + REL + "/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>");
        parts.put("xl/worksheets/sheet1.xml", cover);
        parts.put("xl/worksheets/sheet2.xml", products);
        parts.put("xl/worksheets/sheet3.xml", entities);
        parts.put("xl/styles.xml", styles());
        parts.put("xl/sharedStrings.xml", sharedStrings());
        parts.put("docProps/core.xml", DECLARATION + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
                + "xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                + "<dc:creator>Lục Thị Thu</dc:creator><cp:lastModifiedBy>Lục Thị Thu</cp:lastModifiedBy>"
                + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2021-01-05T01:12:09Z</dcterms:created>"
                + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2021-01-08T03:40:51Z</dcterms:modified></cp:coreProperties>");
        parts.put("docProps/app.xml", DECLARATION + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" "
                + "xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\"><Application>Microsoft Excel</Application>"
                + "<DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><Company></Company><LinksUpToDate>false</LinksUpToDate>"
                + "<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                ZipEntry entry = new ZipEntry(part.getKey());
                // Excel stamps every entry 1980-01-01 00:00.
                entry.setTimeLocal(LocalDateTime.of(1980, 1, 1, 0, 0));
                zip.putNextEntry(entry);
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
    }

    private static String contentTypes() {
        StringBuilder sb = new StringBuilder(DECLARATION).append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
                .append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
                .append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
                .append("<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>");
        for (int i = 1; i <= 3; i++) {
            sb.append("<Override PartName=\"/xl/worksheets/sheet").append(i)
                    .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }
        return sb.append("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>")
                .append("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>")
                .append("<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>")
                .append("<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>")
                .append("</Types>").toString();
    }

    private static String workbook() {
        return DECLARATION + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\" xmlns:mc=\"" + MC + "\" "
                + "mc:Ignorable=\"x15 xr xr6 xr10 xr2\" xmlns:x15=\"http://schemas.microsoft.com/office/spreadsheetml/2010/11/main\" "
                + "xmlns:xr=\"" + XR + "\" xmlns:xr6=\"http://schemas.microsoft.com/office/spreadsheetml/2016/revision6\" "
                + "xmlns:xr10=\"http://schemas.microsoft.com/office/spreadsheetml/2016/revision10\" "
                + "xmlns:xr2=\"http://schemas.microsoft.com/office/spreadsheetml/2015/revision2\">"
                + "<fileVersion appName=\"xl\" lastEdited=\"7\" lowestEdited=\"7\" rupBuild=\"23127\"/>"
                + "<workbookPr defaultThemeVersion=\"166925\"/>"
                + "<mc:AlternateContent xmlns:mc=\"" + MC + "\"><mc:Choice Requires=\"x15\">"
                + "<x15ac:absPath url=\"D:\\Bao cao\\OCOP 2020\\\" xmlns:x15ac=\"http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac\"/>"
                + "</mc:Choice></mc:AlternateContent>"
                + "<xr:revisionPtr revIDLastSave=\"0\" documentId=\"8_{2A1C0F0E-7D55-4C41-9E5B-1F3E2C9A7B10}\" xr6:coauthVersionLast=\"46\" "
                + "xr6:coauthVersionMax=\"46\" xr10:uidLastSave=\"{00000000-0000-0000-0000-000000000000}\"/>"
                + "<bookViews><workbookView xWindow=\"-120\" yWindow=\"-120\" windowWidth=\"29040\" windowHeight=\"15840\" activeTab=\"1\" "
                + "xr2:uid=\"{5F1C2A66-0B4D-4C7E-8E57-9A1D3B2C4E11}\"/></bookViews>"
                + "<sheets><sheet name=\"Thông tin\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"Sản phẩm\" sheetId=\"2\" r:id=\"rId2\"/>"
                + "<sheet name=\"Chủ thể\" sheetId=\"4\" r:id=\"rId3\"/></sheets>"
                + "<definedNames><definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"1\" hidden=\"1\">'Sản phẩm'!$A$2:$M$5</definedName>"
                + "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"1\">'Sản phẩm'!$2:$2</definedName></definedNames>"
                + "<calcPr calcId=\"191029\"/></workbook>";
    }

    private static String styles() {
        return DECLARATION + "<styleSheet xmlns=\"" + MAIN + "\" xmlns:mc=\"" + MC + "\" mc:Ignorable=\"x14ac x16r2 xr\" "
                + "xmlns:x14ac=\"" + X14AC + "\" xmlns:x16r2=\"http://schemas.microsoft.com/office/spreadsheetml/2015/02/main\" xmlns:xr=\"" + XR + "\">"
                + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy;@\"/></numFmts>"
                + "<fonts count=\"4\" x14ac:knownFonts=\"1\">"
                + "<font><sz val=\"11\"/><color theme=\"1\"/><name val=\"Calibri\"/><family val=\"2\"/><scheme val=\"minor\"/></font>"
                + "<font><b/><sz val=\"13\"/><color theme=\"1\"/><name val=\"Times New Roman\"/><family val=\"1\"/></font>"
                + "<font><b/><sz val=\"11\"/><color theme=\"1\"/><name val=\"Times New Roman\"/><family val=\"1\"/></font>"
                + "<font><sz val=\"12\"/><name val=\".VnTime\"/><family val=\"2\"/></font></fonts>"
                + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
                + "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
                + "<border><left style=\"thin\"><color indexed=\"64\"/></left><right style=\"thin\"><color indexed=\"64\"/></right>"
                + "<top style=\"thin\"><color indexed=\"64\"/></top><bottom style=\"thin\"><color indexed=\"64\"/></bottom><diagonal/></border></borders>"
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                + "<cellXfs count=\"6\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyAlignment=\"1\"><alignment horizontal=\"center\"/></xf>"
                + "<xf numFmtId=\"14\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                + "<xf numFmtId=\"0\" fontId=\"2\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" applyBorder=\"1\" applyAlignment=\"1\">"
                + "<alignment horizontal=\"center\" vertical=\"center\" wrapText=\"1\"/></xf>"
                + "<xf numFmtId=\"0\" fontId=\"3\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/></cellXfs>"
                + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
                + "<dxfs count=\"0\"/><tableStyles count=\"0\" defaultTableStyle=\"TableStyleMedium2\" defaultPivotStyle=\"PivotStyleLight16\"/>"
                + "<extLst><ext uri=\"{EB79DEF2-80B8-43e5-95BD-54CBDDF9020C}\" xmlns:x14=\"http://schemas.microsoft.com/office/spreadsheetml/2009/9/main\">"
                + "<x14:slicerStyles defaultSlicerStyle=\"SlicerStyleLight1\"/></ext></extLst></styleSheet>";
    }

    private String sharedStrings() {
        StringBuilder sb = new StringBuilder(DECLARATION).append("<sst xmlns=\"").append(MAIN).append("\" count=\"").append(stringRefs)
                .append("\" uniqueCount=\"").append(strings.size()).append("\">");
        strings.forEach(sb::append);
        return sb.append("</sst>").toString();
    }

    private static String sheet(boolean selected, String dimension, String pane, String cols, String rows, String after) {
        return DECLARATION + "<worksheet xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\" xmlns:mc=\"" + MC + "\" "
                + "mc:Ignorable=\"x14ac xr xr2 xr3\" xmlns:x14ac=\"" + X14AC + "\" xmlns:xr=\"" + XR + "\" "
                + "xmlns:xr2=\"http://schemas.microsoft.com/office/spreadsheetml/2015/revision2\" "
                + "xmlns:xr3=\"http://schemas.microsoft.com/office/spreadsheetml/2016/revision3\" xr:uid=\"{3C7B9E1A-44A2-4F0D-A6C1-7E2B5D9F0A31}\">"
                + "<dimension ref=\"" + dimension + "\"/><sheetViews><sheetView " + (selected ? "tabSelected=\"1\" " : "")
                + "zoomScale=\"85\" zoomScaleNormal=\"85\" workbookViewId=\"0\">" + pane + "</sheetView></sheetViews>"
                + "<sheetFormatPr defaultRowHeight=\"15\" x14ac:dyDescent=\"0.25\"/>" + cols + "<sheetData>" + rows + "</sheetData>"
                + after + "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
                + "<pageSetup paperSize=\"9\" orientation=\"landscape\"/></worksheet>";
    }

    private static String cols(double... widths) {
        StringBuilder sb = new StringBuilder("<cols>");
        for (int i = 0; i < widths.length; i++) {
            String width = widths[i] == Math.rint(widths[i]) ? Long.toString((long) widths[i]) : Double.toString(widths[i]);
            sb.append("<col min=\"").append(i + 1).append("\" max=\"").append(i + 1).append("\" width=\"").append(width)
                    .append("\" customWidth=\"1\"/>");
        }
        return sb.append("</cols>").toString();
    }

    private static String row(int number, String spans, String... cells) {
        return "<row r=\"" + number + "\" spans=\"" + spans + "\" x14ac:dyDescent=\"0.25\">" + String.join("", cells) + "</row>";
    }

    private String text(String ref, String value) {
        return styled(ref, 0, value);
    }

    private String styled(String ref, int style, String value) {
        return cell(ref, style, "<si><t" + (value.strip().equals(value) ? "" : " xml:space=\"preserve\"") + ">" + escape(value) + "</t></si>");
    }

    /** A shared string of a Calibri run and a .VnTime run, with the phonetic properties Excel adds. */
    private String rich(String ref, String unicodeRun, String tcvn3Run) {
        return cell(ref, 0, "<si><r><rPr><sz val=\"11\"/><color theme=\"1\"/><rFont val=\"Calibri\"/><family val=\"2\"/><scheme val=\"minor\"/></rPr>"
                + "<t xml:space=\"preserve\">" + escape(unicodeRun) + "</t></r><r><rPr><sz val=\"12\"/><color theme=\"1\"/>"
                + "<rFont val=\".VnTime\"/><family val=\"2\"/></rPr><t>" + escape(tcvn3Run) + "</t></r>"
                + "<phoneticPr fontId=\"1\" type=\"noConversion\"/></si>");
    }

    private String cell(String ref, int style, String item) {
        int index = strings.indexOf(item);
        if (index < 0) {
            strings.add(item);
            index = strings.size() - 1;
        }
        stringRefs++;
        return "<c r=\"" + ref + "\"" + (style == 0 ? "" : " s=\"" + style + "\"") + " t=\"s\"><v>" + index + "</v></c>";
    }

    private static String number(String ref, int style, double value) {
        String v = value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
        return "<c r=\"" + ref + "\"" + (style == 0 ? "" : " s=\"" + style + "\"") + "><v>" + v + "</v></c>";
    }

    private static double serial(LocalDate date) {
        return ChronoUnit.DAYS.between(EPOCH, date);
    }

    private static String ref(int column, int row) {
        return (char) ('A' + column) + Integer.toString(row);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
