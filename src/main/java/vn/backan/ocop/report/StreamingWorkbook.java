package vn.backan.ocop.report;

import java.io.IOException;
import java.io.Writer;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * The workbooks this package writes: POI's streaming workbook, keeping {@link #WINDOW} rows in memory,
 * whose rows' text is written to the sheet's XML a run of characters at a time.
 *
 * <p>POI writes a text cell one code point at a time, each through the synchronized
 * {@code BufferedWriter.write(int)}: on the 41-file benchmark set (280,000 product rows of 15 cells)
 * that was the first frame of 9% of the report step's samples. {@link TextRuns} writes the same
 * characters, with the same escapes and the same replacements, between escapes in one call: 5-10% less
 * time to write such a sheet alone ({@code WorkbookWritingBenchmark}). A third of what is left is the
 * zip's deflating (level 3 instead of the default would save a fifth of the writing and make the file 9%
 * larger; not done: every officer who opens or forwards the file would carry that).
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
                return new TextRuns();
            }
        };
    }

    /** POI's sheet writer (inline strings, no compression of its temporary file) with text written in runs. */
    static final class TextRuns extends SheetDataWriter {

        TextRuns() throws IOException {
            super();
        }

        /** Writing to {@code out} instead of a temporary file. */
        TextRuns(Writer out) throws IOException {
            super(out);
        }

        /**
         * As POI escapes: the five XML specials but the apostrophe, CR, LF, tab and no-break space as
         * character references, other control characters and U+FFFE/U+FFFF as '?'; everything else as it is.
         */
        @Override
        protected void outputEscapedString(String s) throws IOException {
            if (s == null) {
                return;
            }
            int run = 0;
            for (int i = 0; i < s.length(); i++) {
                String escape = escape(s.charAt(i));
                if (escape != null) {
                    _out.write(s, run, i - run);
                    _out.write(escape);
                    run = i + 1;
                }
            }
            _out.write(s, run, s.length() - run);
        }

        /** What replaces a character; null for a character written as it is. */
        static String escape(char c) {
            if (c >= ' ' && c < '\u00A0' && c != '<' && c != '>' && c != '&' && c != '"' || c > '\u00A0' && c < '\uFFFE') {
                return null;
            }
            return switch (c) {
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '&' -> "&amp;";
                case '"' -> "&quot;";
                case '\n' -> "&#xa;";
                case '\r' -> "&#xd;";
                case '\t' -> "&#x9;";
                case '\u00A0' -> "&#xa0;";
                default -> "?";
            };
        }
    }
}
