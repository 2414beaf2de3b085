package vn.backan.ocop.intake.excel;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFCellStyle;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.SheetVisibility;

import vn.backan.ocop.intake.excel.WorkbookException.Kind;
import vn.backan.ocop.intake.excel.WorkbookException.Reason;

/**
 * .xls (BIFF8) through HSSF's usermodel: these files are at most 65,536 rows, so the whole workbook
 * in memory is acceptable as long as the file fits the heap (see {@link #fitsInHeap}). The POIFS
 * container is opened read-only and closed as soon as the workbook stream has been parsed.
 */
final class XlsWorkbookReader implements WorkbookReader {

    private final Origin origin;
    private final ReaderLimits limits;
    private final HSSFWorkbook workbook;
    private final List<SheetInfo> sheets;
    private final boolean date1904;
    private final Map<Integer, String> fontNames = new HashMap<>();
    private final Map<Short, Boolean> dateStyles = new HashMap<>();
    private final Map<Short, Integer> zeroPads = new HashMap<>();
    private boolean closed;

    private XlsWorkbookReader(Origin origin, ReaderLimits limits, HSSFWorkbook workbook) {
        this.origin = origin;
        this.limits = limits;
        this.workbook = workbook;
        this.date1904 = workbook.getInternalWorkbook().isUsing1904DateWindowing();
        List<SheetInfo> infos = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            infos.add(new SheetInfo(i, workbook.getSheetName(i), workbook.getSheetVisibility(i) != SheetVisibility.VISIBLE));
        }
        this.sheets = List.copyOf(infos);
    }

    /**
     * HSSF holds the whole workbook as objects: measured at about 6 bytes of heap per byte of file
     * (a 23 MB, 65,536-row file keeps 135 MB). Ten leaves room for the rest of the job.
     */
    static final int HEAP_PER_FILE_BYTE = 10;

    static boolean fitsInHeap(long fileBytes, long maxHeapBytes) {
        return fileBytes <= maxHeapBytes / HEAP_PER_FILE_BYTE;
    }

    static WorkbookReader open(Origin origin, long fileBytes, ReaderLimits limits) throws WorkbookException {
        long maxHeap = Runtime.getRuntime().maxMemory();
        if (!fitsInHeap(fileBytes, maxHeap)) {
            // an OutOfMemoryError would take the whole nightly job down with this one file
            throw origin.fail(Kind.TOO_LARGE, Reason.MEMORY, null, "an .xls of " + (fileBytes >> 20) + " MB needs about "
                    + HEAP_PER_FILE_BYTE + " times its size in memory, more than the " + (maxHeap >> 20)
                    + " MB this process has; save it as .xlsx, which is read as a stream");
        }
        // HSSF decrypts with a thread-wide password; we never decrypt, so make sure none is set.
        String callersPassword = Biff8EncryptionKey.getCurrentUserPassword();
        Biff8EncryptionKey.setCurrentUserPassword(null);
        try (POIFSFileSystem fs = new POIFSFileSystem(origin.path().toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive(EncryptionInfo.ENCRYPTION_INFO_ENTRY)
                    || root.hasEntryCaseInsensitive(Decryptor.DEFAULT_POIFS_ENTRY)) {
                throw origin.fail(Kind.ENCRYPTED, null,
                        "the workbook is password-protected (encrypted); remove the password and send it again");
            }
            if (!root.hasEntryCaseInsensitive("Workbook") && !root.hasEntryCaseInsensitive("Book")) {
                throw origin.fail(Kind.NOT_A_WORKBOOK, Reason.OTHER_OFFICE_DOCUMENT, null,
                        "an Office 97-2003 document (Word, PowerPoint?), not an Excel workbook");
            }
            return new XlsWorkbookReader(origin, limits, new HSSFWorkbook(root, false));
        } catch (EncryptedDocumentException e) {
            throw origin.fail(Kind.ENCRYPTED, null,
                    "the workbook is password-protected (encrypted); remove the password and send it again", e);
        } catch (OldExcelFormatException e) {
            throw origin.fail(Kind.UNSUPPORTED_FORMAT, Reason.EXCEL_95, null,
                    "Excel 5.0/95 workbooks are not supported; save it as .xlsx", e);
        } catch (IOException | RuntimeException e) {
            throw origin.classify(e, null, "cannot read the .xls workbook", WorkbookException.Reason.XLS_RECORDS);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(callersPassword);
        }
    }

    @Override
    public WorkbookFormat format() {
        return WorkbookFormat.XLS;
    }

    @Override
    public List<SheetInfo> sheets() {
        return sheets;
    }

    @Override
    public Set<String> feedbackSheets() {
        Name marker = workbook.getName(FeedbackMarker.NAME);
        if (marker == null || marker.getSheetIndex() >= 0) {
            return Set.of();
        }
        try {
            return FeedbackMarker.sheets(marker.getRefersToFormula());
        } catch (RuntimeException e) {
            // A name of that spelling whose value HSSF cannot render is not ours.
            return Set.of();
        }
    }

    @Override
    public RowCursor rows(SheetInfo sheet) throws WorkbookException {
        checkOpen();
        if (sheet.index() < 0 || sheet.index() >= sheets.size() || !sheets.get(sheet.index()).equals(sheet)) {
            throw new IllegalArgumentException("sheet " + sheet + " is not a sheet of " + origin.fileName());
        }
        var poiSheet = workbook.getSheetAt(sheet.index());
        List<MergedDown.Span> merges = new ArrayList<>();
        for (var range : poiSheet.getMergedRegions()) {
            if (range.getFirstColumn() == range.getLastColumn()) {
                merges.add(new MergedDown.Span(range.getFirstColumn(), range.getFirstRow() + 1, range.getLastRow() + 1));
            }
        }
        return MergedDown.over(new XlsSheetCursor(this, sheet.name(), poiSheet), merges);
    }

    void checkOpen() {
        if (closed) {
            throw new IllegalStateException("workbook " + origin.fileName() + " is closed");
        }
    }

    Origin origin() {
        return origin;
    }

    ReaderLimits limits() {
        return limits;
    }

    HSSFWorkbook workbook() {
        return workbook;
    }

    boolean date1904() {
        return date1904;
    }

    /** @return the name of font {@code index}, or null if the workbook has no such font */
    String fontName(int index) {
        return fontNames.computeIfAbsent(index, i -> {
            try {
                return workbook.getFontAt(i).getFontName();
            } catch (RuntimeException e) {
                return null;
            }
        });
    }

    int zeroPadding(HSSFCellStyle style) {
        return zeroPads.computeIfAbsent(style.getIndex(), i -> CellValues.zeroPadding(style.getDataFormatString()));
    }

    boolean isDateStyle(HSSFCellStyle style) {
        return dateStyles.computeIfAbsent(style.getIndex(),
                i -> DateUtil.isADateFormat(style.getDataFormat(), style.getDataFormatString()));
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            try {
                workbook.close();
            } catch (IOException ignored) {
                // the container was closed after parsing; nothing is left open
            }
        }
    }
}
