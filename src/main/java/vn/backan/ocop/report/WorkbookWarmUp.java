package vn.backan.ocop.report;

import java.io.OutputStream;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a throwaway workbook on a background thread, so that what the first real one pays once per process is
 * paid while the run is still reading and publishing: loading POI's and XMLBeans' classes, and the default
 * font's width that POI's streaming sheet measures through the JDK's font system (140-200 ms on a cold JVM here,
 * most of it finding Calibri among the system's fonts), whether or not anything is sized automatically.
 */
public final class WorkbookWarmUp {

    private static final Logger log = LoggerFactory.getLogger(WorkbookWarmUp.class);

    private WorkbookWarmUp() {
    }

    /** Starts the warm-up and returns at once; it ends by itself, and never keeps the JVM alive. */
    public static Thread start() {
        Thread thread = new Thread(WorkbookWarmUp::run, "workbook-warm-up");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** True when the throwaway workbook was written. */
    static boolean run() {
        long started = System.nanoTime();
        SXSSFWorkbook workbook = null;
        try {
            workbook = StreamingWorkbook.create();
            // Made for what it loads and measures (styles, fonts, the sheet writer), not to be written to.
            new SheetWriter(workbook.createSheet("warm-up"), new Styles(workbook));
            workbook.write(OutputStream.nullOutputStream());
            log.debug("Workbook writer warmed up in {} ms", (System.nanoTime() - started) / 1_000_000);
            return true;
        } catch (Exception | LinkageError e) {
            // Only time is at stake: the real workbook meets the same problem and reports it.
            log.debug("Workbook warm-up failed", e);
            return false;
        } finally {
            close(workbook);
        }
    }

    private static void close(SXSSFWorkbook workbook) {
        if (workbook == null) {
            return;
        }
        try {
            workbook.close(); // removes the sheet's temporary file
        } catch (Exception e) {
            log.debug("Workbook warm-up: closing failed", e);
        }
    }
}
