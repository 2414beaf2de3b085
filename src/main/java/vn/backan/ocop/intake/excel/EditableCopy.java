package vn.backan.ocop.intake.excel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.ZipPackagePart;
import org.apache.poi.openxml4j.opc.internal.ZipHelper;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A submitted .xlsx opened to be annotated and written elsewhere with the district's own formatting
 * (number formats, widths, merged cells, fonts, formulas) kept: the feedback's copy. Only for a plain
 * .xlsx small enough; anything else is copied cell by cell from the streaming reader instead. The file
 * passes every check of {@link WorkbookReader#open} first.
 *
 * <p>POI is given only the rows that are edited ({@link Rows}); the others never become objects and are
 * streamed from the file into the copy, unchanged ({@link SheetSplice}). A workbook whose sheets are all
 * needed whole (a feedback sent back, whose notes are to go) is held whole.
 */
public final class EditableCopy implements Closeable {

    /**
     * XSSF keeps a workbook as XML objects: measured at about 11 bytes of heap per byte unpacked (5,000
     * rows of 13 cells, 4.3 MB unpacked: 49 MB of heap; 20,000 rows, 17.7 MB: 194 MB). 4 MB keeps a copy
     * near 45 MB under the job's -Xmx256m, and is far beyond what a district sends (the sample: 30 KB).
     * Only the rows edited become objects now, but the limit stays: a file held whole (a feedback sent back) costs that.
     */
    public static final long MAX_XML_BYTES = 4L * 1024 * 1024;

    /**
     * The rows of a sheet that are edited, and so held by POI; the rest pass through. A row the file has
     * but POI does not hold must not be created in POI's sheet: it would replace the file's row.
     */
    public interface Rows {

        /** Whether the 1-based {@code row} of the sheet named {@code sheet} is edited. */
        boolean needed(String sheet, int row);

        /** Whether a cell showing this text is edited (its row held), wherever it is. */
        boolean neededText(String text);

        /** Whether every row of every sheet must be held, e.g. to find things anywhere in them. */
        default boolean all() {
            return false;
        }
    }

    /** Every row held: the whole workbook as POI reads it. */
    public static final Rows ALL = new Rows() {
        @Override
        public boolean needed(String sheet, int row) {
            return true;
        }

        @Override
        public boolean neededText(String text) {
            return true;
        }

        @Override
        public boolean all() {
            return true;
        }
    };

    /** A sheet given to POI without some rows: its part as it was, and the rows POI holds. */
    private record Reduced(String sheet, byte[] original, BitSet kept, RowLayout layout, SheetSplice.Reduction found) {
    }

    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private final XSSFWorkbook workbook;
    private final Map<String, Reduced> reduced;
    private final Xml xml;

    private EditableCopy(XSSFWorkbook workbook, Map<String, Reduced> reduced, Xml xml) {
        this.workbook = workbook;
        this.reduced = reduced;
        this.xml = xml;
    }

    /**
     * @param rows the rows to hold; the others come back unchanged in {@link #write}
     * @return the copy, or empty when it is not a plain .xlsx or too large
     */
    public static Optional<EditableCopy> open(Path file, Rows rows) throws WorkbookException {
        try (WorkbookReader probe = WorkbookReader.open(file)) {
            // .xlsm would lose its macros or keep a content type Excel refuses in an .xlsx; .xls is another format.
            if (probe.format() != WorkbookFormat.XLSX) {
                return Optional.empty();
            }
        }
        Origin origin = Origin.of(file);
        if (unpackedBytes(file) > MAX_XML_BYTES) {
            return Optional.empty();
        }
        ZipInspection.applyPoiLimits(ReaderLimits.defaults());
        Xml xml = new Xml();
        ZipSecureFile zip;
        try {
            zip = ZipHelper.openZipFile(file.toFile());
        } catch (IOException | RuntimeException e) {
            throw origin.classify(e, null, "cannot read the zip directory", WorkbookException.Reason.ZIP_DAMAGED);
        }
        OPCPackage original = null;
        try {
            // POI is given a package of its own, holding the sheets without the rows it does not hold. Opened
            // from the file, POI's package read and held every part whole: about 6 MB of arrays for each
            // 7,500-row file of the 1.15M-row benchmark, the most of the feedback step's garbage (2026-12-07).
            // The file itself is read where its parts lie, read only.
            original = OPCPackage.open(new ZipFileZipEntrySource(zip));
            Map<String, byte[]> replaced = new HashMap<>();
            Map<String, Reduced> reduced = rows.all() ? Map.of() : reduce(original, rows, xml, replaced);
            byte[] repacked = repack(zip, replaced);
            XlsxWorkbookReader.release(original, zip);
            original = null;
            XSSFWorkbook workbook = new XSSFWorkbook(OPCPackage.open(new ByteArrayInputStream(repacked)));
            return Optional.of(new EditableCopy(workbook, reduced, xml));
        } catch (IOException | RuntimeException | XMLStreamException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            XlsxWorkbookReader.release(original, zip);
            throw origin.classify(e, null, "cannot open the workbook to copy it");
        }
    }

    /**
     * The archive's entries again, stored (not compressed: POI reads them once), those named in {@code replaced}
     * with the bytes given there. Its size is the workbook's, unpacked, less the rows cut: at most
     * {@link #MAX_XML_BYTES}.
     */
    private static byte[] repack(ZipSecureFile zip, Map<String, byte[]> replaced) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            Enumeration<ZipArchiveEntry> entries = zip.getEntries();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry entry = entries.nextElement();
                byte[] data = replaced.get(entry.getName());
                if (data == null) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        data = in.readAllBytes();
                    }
                }
                ZipEntry stored = new ZipEntry(entry.getName());
                stored.setMethod(ZipEntry.STORED);
                stored.setSize(data.length);
                stored.setCompressedSize(data.length);
                CRC32 crc = new CRC32();
                crc.update(data);
                stored.setCrc(crc.getValue());
                out.putNextEntry(stored);
                out.write(data);
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    public XSSFWorkbook workbook() {
        return workbook;
    }

    /** Writes the workbook as edited, the rows POI never held back in their places. */
    public void write(OutputStream out) throws IOException {
        if (reduced.isEmpty()) {
            workbook.write(out);
            return;
        }
        // Where POI writes each reduced sheet: a sheet it created since (ours) is never among them.
        Map<String, Reduced> byEntry = new HashMap<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            XSSFSheet sheet = workbook.getSheetAt(i);
            Reduced r = reduced.get(sheet.getSheetName());
            if (r != null) {
                byEntry.put(sheet.getPackagePart().getPartName().getName().substring(1), r);
            }
        }
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        workbook.write(written);
        SheetSplice splice = new SheetSplice(xml);
        // Our own output: no limits needed beyond the ones the original's parts passed.
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(written.toByteArray()));
             ZipOutputStream zip = new ZipOutputStream(new NonClosing(out))) {
            // Deflating the rows put back was a third of the feedback step's time at the default level (6). Level 3
            // deflates the same sheets about twice as fast into a file about 8% larger (zlib on the 1.15M-row
            // benchmark's feedback workbooks: 5.7 MB against 5.3 MB): a copy for one clerk, not kept.
            zip.setLevel(3);
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                Reduced r = byEntry.get(entry.getName());
                if (r == null) {
                    in.transferTo(zip);
                } else {
                    byte[] part = in.readAllBytes();
                    if (r.layout() == null || !SheetSplice.spliceBytes(part, r.original(), r.layout(), r.found().used(), r.kept(),
                            r.found().extent(), zip)) {
                        splice.splice(part, r.original(), r.kept(), r.found().extent(), zip);
                    }
                }
                zip.closeEntry();
            }
        } catch (XMLStreamException e) {
            throw new IOException("cannot put the rows back into the copy: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }

    /**
     * Each worksheet without the rows nobody needs, into {@code replaced} by zip entry name; returns what was cut,
     * by sheet name.
     */
    private static Map<String, Reduced> reduce(OPCPackage pkg, Rows rows, Xml xml, Map<String, byte[]> replaced)
            throws XMLStreamException, IOException, org.apache.poi.openxml4j.exceptions.InvalidFormatException {
        PackageRelationship document = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT).getRelationship(0);
        if (document == null) {
            return Map.of();
        }
        PackagePart book = pkg.getPart(PackagingURIHelper.createPartName(PackagingURIHelper.resolvePartUri(
                document.getSourceURI(), document.getTargetURI())));
        if (book == null) {
            return Map.of();
        }
        Map<String, String> sheetIds = new LinkedHashMap<>();
        try (InputStream in = book.getInputStream()) {
            if (!sheetsOf(xml, in, sheetIds)) {
                // A feedback sent back: its notes and fills are found and removed anywhere in the sheets.
                return Map.of();
            }
        }
        SheetSplice splice = new SheetSplice(xml);
        Predicate<String> text = rows::neededText;
        BitSet shared = new BitSet();
        for (PackageRelationship rel : book.getRelationshipsByType(XSSFRelation.SHARED_STRINGS.getRelation())) {
            PackagePart part = book.getRelatedPart(rel);
            try (InputStream in = part.getInputStream()) {
                shared = splice.sharedNeeded(in.readAllBytes(), text);
            }
        }
        Map<String, Reduced> reduced = new HashMap<>();
        for (Map.Entry<String, String> sheet : sheetIds.entrySet()) {
            PackageRelationship rel = book.getRelationship(sheet.getValue());
            if (rel == null || !XSSFRelation.WORKSHEET.getRelation().equals(rel.getRelationshipType())
                    || rel.getTargetMode() != org.apache.poi.openxml4j.opc.TargetMode.INTERNAL) {
                continue;
            }
            PackagePart part = book.getRelatedPart(rel);
            if (part == null) {
                continue;
            }
            byte[] original;
            try (InputStream in = part.getInputStream()) {
                original = in.readAllBytes();
            }
            BitSet kept = new BitSet();
            String name = sheet.getKey();
            // Rows are cut and put back as bytes where the bytes show the rows the parser reads; else by parsing.
            // Which rows are kept is read from the bytes too where that reads them as the parser would.
            RowLayout layout = RowLayout.of(original);
            SheetSplice.Reduction found = layout == null ? null
                    : RowFacts.reduce(original, layout, row -> rows.needed(name, row), text, shared, kept);
            if (found == null) {
                found = splice.reduce(original, row -> rows.needed(name, row), text, shared, kept, layout == null);
            }
            if (!SheetSplice.sameRows(layout, found.numbers())) {
                layout = null;
                if (found.part() == null) {
                    kept.clear();
                    found = splice.reduce(original, row -> rows.needed(name, row), text, shared, kept, true);
                }
            }
            if (kept.cardinality() == found.numbers().length) {
                // Every row is edited: nothing to cut.
                continue;
            }
            byte[] small = layout != null ? SheetSplice.reduce(original, layout, kept) : found.part();
            if (!(part instanceof ZipPackagePart zipped)) {
                continue;
            }
            replaced.put(zipped.getZipArchive().getName(), small);
            reduced.put(name, new Reduced(name, original, kept, layout, found));
        }
        return reduced;
    }

    /**
     * Sheet name → relationship id, from the workbook part.
     *
     * @return false when the workbook carries the feedback's mark ({@link FeedbackMarker#NAME})
     */
    private static boolean sheetsOf(Xml xml, InputStream in, Map<String, String> sheets) throws XMLStreamException {
        XMLStreamReader reader = xml.openAtRoot(in);
        try {
            while (reader.hasNext()) {
                if (reader.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String local = reader.getLocalName();
                if (local.equals("sheet")) {
                    String name = reader.getAttributeValue(null, "name");
                    String id = reader.getAttributeValue(RELATIONSHIPS, "id");
                    if (name != null && id != null) {
                        sheets.put(name, id);
                    }
                } else if (local.equals("definedName") && FeedbackMarker.NAME.equalsIgnoreCase(reader.getAttributeValue(null, "name"))) {
                    return false;
                }
            }
        } finally {
            Xml.closeQuietly(reader);
        }
        return true;
    }

    /** Lets the zip finish without closing the caller's stream. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /** The declared size of every part unpacked; POI's inflate limits still catch a part that lies. */
    private static long unpackedBytes(Path file) {
        long total = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                long size = entries.nextElement().getSize();
                total += size < 0 ? MAX_XML_BYTES : size;
            }
        } catch (IOException e) {
            // The streaming reader read it; whatever java.util.zip dislikes is left to the cell-by-cell copy.
            return Long.MAX_VALUE;
        }
        return total;
    }
}
