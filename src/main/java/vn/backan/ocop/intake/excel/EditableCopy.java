package vn.backan.ocop.intake.excel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A submitted .xlsx opened whole, to be annotated and written elsewhere with the district's own
 * formatting (number formats, widths, merged cells, fonts, formulas) kept: the feedback's copy.
 * Only for a plain .xlsx small enough to hold as objects; anything else is copied cell by cell from
 * the streaming reader instead. The file passes every check of {@link WorkbookReader#open} first.
 */
public final class EditableCopy {

    /**
     * XSSF keeps a workbook as XML objects: measured at about 11 bytes of heap per byte unpacked (5,000
     * rows of 13 cells, 4.3 MB unpacked: 49 MB of heap; 20,000 rows, 17.7 MB: 194 MB). 4 MB keeps a copy
     * near 45 MB under the job's -Xmx256m, and is far beyond what a district sends (the sample: 30 KB).
     */
    public static final long MAX_XML_BYTES = 4L * 1024 * 1024;

    private EditableCopy() {
    }

    /** @return the workbook, or empty when it is not a plain .xlsx or too large to hold whole */
    public static Optional<XSSFWorkbook> open(Path file) throws WorkbookException {
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
        try (InputStream in = Files.newInputStream(file)) {
            return Optional.of(new XSSFWorkbook(in));
        } catch (IOException | RuntimeException e) {
            throw origin.classify(e, null, "cannot open the workbook to copy it");
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
