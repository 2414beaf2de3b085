package vn.backan.ocop.intake.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a minimal .xlsx from XML written by hand, for cases POI's writers cannot produce
 * (formula without cached value, inline rich text, t="d", rows without r, DOCTYPEs...).
 */
final class HandMadeXlsx {

    static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    private record Sheet(String name, String state, String xml) {
    }

    private final List<Sheet> sheets = new ArrayList<>();
    private String sharedStrings;
    private String styles;
    private boolean date1904;
    private String workbookContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    private final Map<String, String> overrides = new LinkedHashMap<>();

    /** @param sheetData the content of {@code <sheetData>} */
    HandMadeXlsx sheet(String name, String sheetData) {
        return sheetWithState(name, null, sheetData);
    }

    HandMadeXlsx sheetWithState(String name, String state, String sheetData) {
        sheets.add(new Sheet(name, state, DECLARATION + "<worksheet xmlns=\"" + MAIN_NS + "\"><sheetData>" + sheetData
                + "</sheetData></worksheet>"));
        return this;
    }

    /** @param items the {@code <si>} elements */
    HandMadeXlsx sharedStrings(String items) {
        sharedStrings = DECLARATION + "<sst xmlns=\"" + MAIN_NS + "\">" + items + "</sst>";
        return this;
    }

    /** @param content the content of {@code <styleSheet>} */
    HandMadeXlsx styles(String content) {
        styles = DECLARATION + "<styleSheet xmlns=\"" + MAIN_NS + "\">" + content + "</styleSheet>";
        return this;
    }

    HandMadeXlsx date1904() {
        date1904 = true;
        return this;
    }

    HandMadeXlsx workbookContentType(String contentType) {
        workbookContentType = contentType;
        return this;
    }

    /** Replaces a part's bytes after everything else is laid out (e.g. to inject a DOCTYPE). */
    HandMadeXlsx override(String partName, String content) {
        overrides.put(partName, content);
        return this;
    }

    static String sheetPart(int index) {
        return "xl/worksheets/sheet" + (index + 1) + ".xml";
    }

    Path write(Path file) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        StringBuilder types = new StringBuilder(DECLARATION)
                .append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
                .append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
                .append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
                .append("<Override PartName=\"/xl/workbook.xml\" ContentType=\"").append(workbookContentType).append("\"/>");
        StringBuilder rels = new StringBuilder(DECLARATION)
                .append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        StringBuilder workbook = new StringBuilder(DECLARATION).append("<workbook xmlns=\"").append(MAIN_NS)
                .append("\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">")
                .append(date1904 ? "<workbookPr date1904=\"1\"/>" : "<workbookPr/>").append("<sheets>");
        for (int i = 0; i < sheets.size(); i++) {
            Sheet sheet = sheets.get(i);
            parts.put(sheetPart(i), sheet.xml);
            types.append("<Override PartName=\"/").append(sheetPart(i))
                    .append("\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            rels.append("<Relationship Id=\"rId").append(i + 1)
                    .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet")
                    .append(i + 1).append(".xml\"/>");
            workbook.append("<sheet name=\"").append(sheet.name).append("\" sheetId=\"").append(i + 1).append('"')
                    .append(sheet.state == null ? "" : " state=\"" + sheet.state + "\"")
                    .append(" r:id=\"rId").append(i + 1).append("\"/>");
        }
        workbook.append("</sheets></workbook>");
        if (styles != null) {
            parts.put("xl/styles.xml", styles);
            types.append("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
            rels.append("<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>");
        }
        if (sharedStrings != null) {
            parts.put("xl/sharedStrings.xml", sharedStrings);
            types.append("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
            rels.append("<Relationship Id=\"rIdT\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>");
        }
        types.append("</Types>");
        rels.append("</Relationships>");
        Map<String, String> all = new LinkedHashMap<>();
        all.put("[Content_Types].xml", types.toString());
        all.put("_rels/.rels", DECLARATION
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>");
        all.put("xl/workbook.xml", workbook.toString());
        all.put("xl/_rels/workbook.xml.rels", rels.toString());
        all.putAll(parts);
        all.putAll(overrides);
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        all.forEach((name, xml) -> bytes.put(name, xml.getBytes(StandardCharsets.UTF_8)));
        return Zips.write(file, bytes);
    }

    /** Small zip helpers for building and doctoring archives. */
    static final class Zips {

        private Zips() {
        }

        static Path write(Path file, Map<String, byte[]> entries) throws IOException {
            try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
                for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                    zip.putNextEntry(new ZipEntry(entry.getKey()));
                    zip.write(entry.getValue());
                    zip.closeEntry();
                }
            }
            return file;
        }

        static Map<String, byte[]> read(Path file) throws IOException {
            Map<String, byte[]> entries = new LinkedHashMap<>();
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
                var e = zip.entries();
                while (e.hasMoreElements()) {
                    ZipEntry entry = e.nextElement();
                    entries.put(entry.getName(), zip.getInputStream(entry).readAllBytes());
                }
            }
            return entries;
        }

        /** Copies the archive, replacing the text of one entry. */
        static Path rewrite(Path from, Path to, String entryName, java.util.function.UnaryOperator<String> change)
                throws IOException {
            Map<String, byte[]> entries = read(from);
            byte[] old = entries.get(entryName);
            if (old == null) {
                throw new IllegalArgumentException("no entry " + entryName + " in " + entries.keySet());
            }
            entries.put(entryName, change.apply(new String(old, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
            return write(to, entries);
        }
    }
}
