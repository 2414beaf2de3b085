package vn.backan.ocop.intake.excel;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.openxml4j.opc.internal.ZipHelper;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRelation;

import vn.backan.ocop.intake.excel.WorkbookException.Kind;
import vn.backan.ocop.intake.excel.WorkbookException.Reason;

/**
 * .xlsx/.xlsm through POI's package layer only (zip + relationships); every XML part is parsed here
 * with StAX, so no sheet is ever held in memory. Shared strings and styles are read once, at open.
 */
final class XlsxWorkbookReader implements WorkbookReader {

    private final Origin origin;
    private final ReaderLimits limits;
    private final WorkbookFormat format;
    private final OPCPackage pkg;
    private final PackagePart workbookPart;
    private final List<WorkbookXml.Entry> entries;
    private final List<SheetInfo> sheets;
    private final boolean date1904;
    private final Set<String> feedbackSheets;
    private final CellStyles styles;
    private final SharedStrings sharedStrings;
    private final Xml xml;
    private final Set<XlsxSheetCursor> openCursors = Collections.newSetFromMap(new IdentityHashMap<>());
    /**
     * Each sheet's merges, read once: the inspector opens a sheet for its first rows, then the sheet is read
     * whole, and reading the merges passes over the whole part. At most {@link MergedDown#MAX_MERGES} per sheet.
     */
    private final Map<Integer, List<MergedDown.Span>> mergesBySheet = new HashMap<>();
    private boolean closed;

    private XlsxWorkbookReader(Origin origin, ReaderLimits limits, WorkbookFormat format, OPCPackage pkg,
                               PackagePart workbookPart, WorkbookXml workbook, CellStyles styles,
                               SharedStrings sharedStrings, Xml xml) {
        this.origin = origin;
        this.limits = limits;
        this.format = format;
        this.pkg = pkg;
        this.workbookPart = workbookPart;
        this.entries = workbook.sheets();
        this.date1904 = workbook.date1904();
        this.feedbackSheets = workbook.feedbackSheets();
        this.styles = styles;
        this.sharedStrings = sharedStrings;
        this.xml = xml;
        List<SheetInfo> infos = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            infos.add(new SheetInfo(i, entries.get(i).name(), entries.get(i).hidden()));
        }
        this.sheets = List.copyOf(infos);
    }

    static WorkbookReader open(Origin origin, ReaderLimits limits) throws WorkbookException {
        ZipInspection.applyPoiLimits(limits);
        ZipSecureFile zip;
        try {
            // Not OPCPackage.open(File): on a damaged zip directory it silently falls back to reading
            // the whole archive into memory as a stream. A damaged directory is CORRUPT for us.
            zip = ZipHelper.openZipFile(origin.path().toFile());
        } catch (IOException | RuntimeException e) {
            throw origin.classify(e, null, "cannot read the zip directory", Reason.ZIP_DAMAGED);
        }
        OPCPackage pkg = null;
        try {
            ZipInspection.check(zip, origin, limits);
            pkg = OPCPackage.open(new ZipFileZipEntrySource(zip));
            PackagePart workbookPart = workbookPart(pkg, origin);
            WorkbookFormat format = formatOf(workbookPart, origin);
            Xml xml = new Xml();
            WorkbookXml workbook = parse(workbookPart, xml, "cannot read the workbook part",
                    WorkbookXml::parse, origin);
            PackagePart stylesPart = related(workbookPart, PackageRelationshipTypes.STYLE_PART);
            CellStyles styles = stylesPart == null ? CellStyles.NONE
                    : parse(stylesPart, xml, "cannot read the styles", CellStyles::parse, origin);
            PackagePart stringsPart = related(workbookPart, XSSFRelation.SHARED_STRINGS.getRelation());
            SharedStrings strings = stringsPart == null ? SharedStrings.EMPTY
                    : parse(stringsPart, xml, "cannot read the shared strings",
                            r -> SharedStrings.parse(r, limits.maxTextLength(), limits.maxSharedStringChars()), origin);
            return new XlsxWorkbookReader(origin, limits, format, pkg, workbookPart, workbook, styles, strings, xml);
        } catch (WorkbookException e) {
            release(pkg, zip);
            throw e;
        } catch (Exception e) {
            release(pkg, zip);
            throw origin.classify(e, null, "cannot open the workbook");
        }
    }

    private static PackagePart workbookPart(OPCPackage pkg, Origin origin) throws Exception {
        PackageRelationship main = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT).getRelationship(0);
        if (main == null) {
            if (pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT).getRelationship(0) != null) {
                throw origin.fail(Kind.UNSUPPORTED_FORMAT, Reason.STRICT_OOXML, null,
                        "\"Strict Open XML\" workbooks are not supported; save it as an ordinary .xlsx");
            }
            throw origin.fail(Kind.NOT_A_WORKBOOK, Reason.NO_WORKBOOK_PART, null, "an Office package without a main document, not a workbook");
        }
        PackagePart part = pkg.getPart(main);
        if (part == null) {
            throw origin.fail(Kind.CORRUPT, Reason.MISSING_PART, null, "the main document of the package is missing");
        }
        return part;
    }

    private static WorkbookFormat formatOf(PackagePart workbookPart, Origin origin) throws WorkbookException {
        String type = workbookPart.getContentType();
        if (type.equals(XSSFRelation.WORKBOOK.getContentType())
                || type.equals(XSSFRelation.TEMPLATE_WORKBOOK.getContentType())) {
            return WorkbookFormat.XLSX;
        }
        if (type.equals(XSSFRelation.MACROS_WORKBOOK.getContentType())
                || type.equals(XSSFRelation.MACRO_TEMPLATE_WORKBOOK.getContentType())
                || type.equals(XSSFRelation.MACRO_ADDIN_WORKBOOK.getContentType())) {
            return WorkbookFormat.XLSM;
        }
        if (type.equals(XSSFRelation.XLSB_BINARY_WORKBOOK.getContentType())) {
            throw origin.fail(Kind.UNSUPPORTED_FORMAT, Reason.XLSB, null, ".xlsb (binary workbook) is not supported; save it as .xlsx");
        }
        throw origin.fail(Kind.NOT_A_WORKBOOK, Reason.OTHER_OFFICE_DOCUMENT, null, "an Office document that is not a workbook (Word or PowerPoint?)");
    }

    /** The first internal part the source points to with that relationship type, or null. */
    private static PackagePart related(PackagePart source, String relationshipType) throws Exception {
        PackageRelationshipCollection relationships = source.getRelationshipsByType(relationshipType);
        for (PackageRelationship relationship : relationships) {
            if (relationship.getTargetMode() != TargetMode.EXTERNAL) {
                return source.getRelatedPart(relationship);
            }
        }
        return null;
    }

    private interface PartParser<T> {
        T parse(XMLStreamReader reader) throws XMLStreamException;
    }

    private static <T> T parse(PackagePart part, Xml xml, String what, PartParser<T> parser, Origin origin)
            throws WorkbookException {
        try (InputStream in = part.getInputStream()) {
            XMLStreamReader reader = xml.openAtRoot(in);
            try {
                return parser.parse(reader);
            } finally {
                Xml.closeQuietly(reader);
            }
        } catch (IOException | XMLStreamException | RuntimeException e) {
            throw origin.classify(e, null, what);
        }
    }

    /** Lets go of a package read from a file and of the file: nothing is saved into it. */
    static void release(OPCPackage pkg, ZipSecureFile zip) {
        if (pkg != null) {
            pkg.revert();
        }
        try {
            zip.close();
        } catch (IOException ignored) {
            // read-only: nothing to lose
        }
    }

    @Override
    public WorkbookFormat format() {
        return format;
    }

    @Override
    public List<SheetInfo> sheets() {
        return sheets;
    }

    @Override
    public Set<String> feedbackSheets() {
        return feedbackSheets;
    }

    @Override
    public RowCursor rows(SheetInfo sheet) throws WorkbookException {
        if (closed) {
            throw new IllegalStateException("workbook " + origin.fileName() + " is closed");
        }
        if (sheet.index() < 0 || sheet.index() >= sheets.size() || !sheets.get(sheet.index()).equals(sheet)) {
            throw new IllegalArgumentException("sheet " + sheet + " is not a sheet of " + origin.fileName());
        }
        String name = sheet.name();
        PackageRelationship relationship = workbookPart.getRelationship(entries.get(sheet.index()).relationshipId());
        if (relationship == null || relationship.getTargetMode() == TargetMode.EXTERNAL) {
            throw origin.fail(Kind.CORRUPT, Reason.MISSING_PART, name, "the workbook lists the sheet but its part is missing");
        }
        InputStream in = null;
        try {
            PackagePart part = workbookPart.getRelatedPart(relationship);
            List<MergedDown.Span> merges = mergesBySheet.get(sheet.index());
            if (merges == null) {
                merges = merges(part);
                mergesBySheet.put(sheet.index(), merges);
            }
            in = part.getInputStream();
            XMLStreamReader reader = xml.openAtRoot(in);
            XlsxSheetCursor cursor = new XlsxSheetCursor(this, name, in, reader);
            openCursors.add(cursor);
            return MergedDown.over(cursor, merges);
        } catch (Exception e) {
            closeQuietly(in);
            throw origin.classify(e, name, "cannot read the sheet");
        }
    }

    /**
     * The sheet's merges one column wide. Excel writes {@code <mergeCells>} after the rows, so the part
     * is passed over once ahead by a byte scan ({@link MergeScan}): memory stays at one buffer.
     */
    private List<MergedDown.Span> merges(PackagePart part) throws Exception {
        try (InputStream in = part.getInputStream()) {
            return MergeScan.read(in, XlsxWorkbookReader::span, MergedDown.MAX_MERGES);
        } catch (MergeScan.Malformed e) {
            // the parser's own message says where (line and column): the operator's log shows that
            try (InputStream again = part.getInputStream()) {
                XMLStreamReader reader = xml.openAtRoot(again);
                while (reader.hasNext()) {
                    reader.next();
                }
            }
            throw e;
        }
    }

    /** "C5:C7" → column C, rows 5 to 7; ranges wider than a column are not merges down. */
    static Optional<MergedDown.Span> span(String ref) {
        if (ref == null || !ref.contains(":")) {
            return Optional.empty();
        }
        try {
            CellRangeAddress range = CellRangeAddress.valueOf(ref);
            if (range.getFirstColumn() != range.getLastColumn() || range.getFirstRow() < 0) {
                return Optional.empty();
            }
            return Optional.of(new MergedDown.Span(range.getFirstColumn(), range.getFirstRow() + 1, range.getLastRow() + 1));
        } catch (RuntimeException e) {
            return Optional.empty(); // a merge we cannot read is left as stored
        }
    }

    Origin origin() {
        return origin;
    }

    ReaderLimits limits() {
        return limits;
    }

    boolean date1904() {
        return date1904;
    }

    CellStyles styles() {
        return styles;
    }

    SharedStrings sharedStrings() {
        return sharedStrings;
    }

    void cursorClosed(XlsxSheetCursor cursor) {
        openCursors.remove(cursor);
    }

    static void closeQuietly(InputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException ignored) {
                // the part stream of a read-only package; nothing to lose
            }
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (XlsxSheetCursor cursor : List.copyOf(openCursors)) {
            cursor.close();
        }
        // revert, not close: close() would try to save a package opened read-only
        pkg.revert();
    }
}
