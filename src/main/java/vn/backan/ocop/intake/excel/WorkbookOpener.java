package vn.backan.ocop.intake.excel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import org.apache.poi.poifs.filesystem.FileMagic;

import vn.backan.ocop.intake.excel.WorkbookException.Kind;
import vn.backan.ocop.intake.excel.WorkbookException.Reason;

/** Picks the reader from the file's first bytes; the extension is never trusted. */
final class WorkbookOpener {

    private WorkbookOpener() {
    }

    static WorkbookReader open(Path file, ReaderLimits limits) throws WorkbookException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(limits, "limits");
        Origin origin = Origin.of(file);
        if (Files.isDirectory(file)) {
            throw new IllegalArgumentException(origin.fileName() + " is a directory, not a file");
        }
        long size;
        FileMagic magic;
        try {
            size = Files.size(file);
            magic = size == 0 ? FileMagic.UNKNOWN : FileMagic.valueOf(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + origin.fileName(), e);
        }
        if (size == 0) {
            throw origin.fail(Kind.NOT_A_WORKBOOK, Reason.EMPTY, null, "the file is empty");
        }
        if (size > limits.maxFileBytes()) {
            throw origin.fail(Kind.TOO_LARGE, Reason.FILE_SIZE, null, "the file has " + size + " bytes, over the limit of "
                    + limits.maxFileBytes());
        }
        return switch (magic) {
            case OOXML -> XlsxWorkbookReader.open(origin, limits);
            case OLE2 -> XlsWorkbookReader.open(origin, size, limits);
            case BIFF2, BIFF3, BIFF4 -> throw origin.fail(Kind.UNSUPPORTED_FORMAT, Reason.EXCEL_2_TO_4, null,
                    "Excel 2.x-4.0 workbooks are not supported; save it as .xlsx");
            case HTML -> throw origin.fail(Kind.NOT_A_WORKBOOK, Reason.WEB_PAGE, null,
                    "a web page (HTML) with a spreadsheet name, not a workbook; open it in Excel and save as .xlsx");
            case XML -> throw origin.fail(Kind.NOT_A_WORKBOOK, Reason.XML_FILE, null,
                    "an XML file (perhaps an Excel 2003 XML spreadsheet), not a workbook; open it in Excel and save as .xlsx");
            default -> throw origin.fail(Kind.NOT_A_WORKBOOK, Reason.UNKNOWN_CONTENT, null, "not an Excel workbook"
                    + (magic == FileMagic.UNKNOWN ? "" : " (the content looks like " + magic + ")"));
        };
    }
}
