package vn.backan.ocop.report;

import java.io.IOException;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * The workbooks this package writes: POI's streaming workbook, keeping {@link #WINDOW} rows in memory,
 * its sheets written by {@link SheetXml}. The zip is deflated at the default level: level 3 would write
 * faster but make the file larger for every officer who opens or forwards it.
 */
final class StreamingWorkbook {

    /** Rows kept in memory before they are written out; enough for the widest look-back of a sheet. */
    static final int WINDOW = 200;

    private StreamingWorkbook() {
    }

    static SXSSFWorkbook create() {
        return new SXSSFWorkbook(WINDOW) {
            @Override
            protected SheetDataWriter createSheetDataWriter() throws IOException {
                return new SheetXml();
            }
        };
    }
}
