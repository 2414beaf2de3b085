package vn.backan.ocop.intake.excel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.openxml4j.util.ZipSecureFile;

import vn.backan.ocop.intake.excel.WorkbookException.Kind;
import vn.backan.ocop.intake.excel.WorkbookException.Reason;

/**
 * Looks at a zip's directory before POI's package layer does: tells OpenDocument and plain zips
 * from workbooks, and refuses parts whose declared sizes are over the limits. POI's ZipSecureFile
 * still guards the actual bytes while they inflate, in case the directory lies.
 */
final class ZipInspection {

    private static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final String ODF_SPREADSHEET = "application/vnd.oasis.opendocument.spreadsheet";

    private ZipInspection() {
    }

    /** POI keeps these limits in static fields; set them before each package is opened. */
    static synchronized void applyPoiLimits(ReaderLimits limits) {
        ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
        ZipSecureFile.setMaxEntrySize(limits.maxUncompressedPartBytes());
    }

    static void check(ZipFile zip, Origin origin, ReaderLimits limits) throws WorkbookException {
        if (zip.getEntry(CONTENT_TYPES) == null && !hasContentTypesSpeltOtherwise(zip)) {
            ZipArchiveEntry mimetype = zip.getEntry("mimetype");
            if (mimetype != null) {
                String type = readShort(zip, mimetype, origin);
                if (type.startsWith(ODF_SPREADSHEET)) {
                    throw origin.fail(Kind.UNSUPPORTED_FORMAT, Reason.ODS, null,
                            ".ods (OpenDocument spreadsheet) is not supported; save it as .xlsx");
                }
                throw origin.fail(Kind.NOT_A_WORKBOOK, Reason.OPEN_DOCUMENT, null, "an OpenDocument file, not an Excel workbook");
            }
            throw origin.fail(Kind.NOT_A_WORKBOOK, Reason.PLAIN_ZIP, null, "a zip archive, not an Excel workbook");
        }
        long grace = ZipSecureFile.getGraceEntrySize();
        long count = 0;
        Enumeration<ZipArchiveEntry> entries = zip.getEntries();
        while (entries.hasMoreElements()) {
            ZipArchiveEntry entry = entries.nextElement();
            if (++count > ZipSecureFile.getMaxFileCount()) {
                throw origin.fail(Kind.TOO_LARGE, Reason.PART_SIZE, null, "the archive has more than " + ZipSecureFile.getMaxFileCount()
                        + " entries");
            }
            long size = entry.getSize();
            long compressed = entry.getCompressedSize();
            if (size > limits.maxUncompressedPartBytes()) {
                throw origin.fail(Kind.TOO_LARGE, Reason.PART_SIZE, null, "part " + entry.getName() + " expands to " + size
                        + " bytes, over the limit of " + limits.maxUncompressedPartBytes());
            }
            if (size > grace && compressed >= 0 && (double) compressed / size < limits.minInflateRatio()) {
                throw origin.fail(Kind.UNSAFE, Reason.COMPRESSION_RATIO, null, "part " + entry.getName() + " is compressed suspiciously well ("
                        + compressed + " bytes expand to " + size + "): possible zip bomb; refused");
            }
        }
    }

    /**
     * Some writers name the part {@code [content_types].xml} and separate folders with backslashes
     * (POI bug 49609): Excel and POI open such files, so they are workbooks, not plain zips.
     */
    private static boolean hasContentTypesSpeltOtherwise(ZipFile zip) {
        Enumeration<ZipArchiveEntry> entries = zip.getEntries();
        while (entries.hasMoreElements()) {
            String name = entries.nextElement().getName().replace('\\', '/');
            if (name.startsWith("/")) {
                name = name.substring(1);
            }
            if (name.equalsIgnoreCase(CONTENT_TYPES)) {
                return true;
            }
        }
        return false;
    }

    private static String readShort(ZipFile zip, ZipArchiveEntry entry, Origin origin) throws WorkbookException {
        try (InputStream in = zip.getInputStream(entry)) {
            return new String(in.readNBytes(128), StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw origin.classify(e, null, "cannot read the zip archive");
        }
    }
}
