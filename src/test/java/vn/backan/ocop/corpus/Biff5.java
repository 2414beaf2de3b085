package vn.backan.ocop.corpus;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * An Excel 5.0/95 workbook (BIFF5: a "Book" stream in an OLE2 container, 8-bit strings in the Windows
 * code page) saved under an .xls name, as old office PCs still produce. LibreOffice 7 no longer writes
 * BIFF5, so the records are written here: BOF, CODEPAGE, BOUNDSHEET and EOF of the workbook globals,
 * then a worksheet of LABEL records.
 */
final class Biff5 {

    private static final Charset CP1258 = Charset.forName("windows-1258");

    private Biff5() {
    }

    /** One sheet of text cells, rows from the top, columns from A. */
    static void write(Path file, String sheetName, List<List<String>> rows) throws IOException {
        ByteArrayOutputStream sheet = new ByteArrayOutputStream();
        record(sheet, 0x0809, le16(0x0500), le16(0x0010), le16(0x0DBB), le16(0x07CC));
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                byte[] text = windows1258(rows.get(r).get(c));
                record(sheet, 0x0204, le16(r), le16(c), le16(0x0F), le16(text.length), text);
            }
        }
        record(sheet, 0x000A);

        byte[] name = windows1258(sheetName);
        ByteArrayOutputStream globalsHead = new ByteArrayOutputStream();
        record(globalsHead, 0x0809, le16(0x0500), le16(0x0005), le16(0x0DBB), le16(0x07CC));
        record(globalsHead, 0x0042, le16(1258));
        int boundSheetLength = 4 + 4 + 2 + 1 + name.length;
        int eofLength = 4;
        int sheetOffset = globalsHead.size() + boundSheetLength + eofLength;
        ByteArrayOutputStream book = new ByteArrayOutputStream();
        book.write(globalsHead.toByteArray());
        record(book, 0x0085, le32(sheetOffset), le16(0), new byte[] {(byte) name.length}, name);
        record(book, 0x000A);
        book.write(sheet.toByteArray());

        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
            fs.createDocument(new ByteArrayInputStream(book.toByteArray()), "Book");
            fs.writeFilesystem(out);
        }
    }

    /**
     * Windows-1258 has the letters with circumflex, breve and horn but writes tone marks as combining
     * characters after them: "ệ" is "ê" then the dot below.
     */
    static byte[] windows1258(String text) {
        String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < nfd.length()) {
            StringBuilder letter = new StringBuilder().append(nfd.charAt(i++));
            StringBuilder tones = new StringBuilder();
            while (i < nfd.length() && Character.getType(nfd.charAt(i)) == Character.NON_SPACING_MARK) {
                char mark = nfd.charAt(i++);
                ("\u0302\u0306\u031B".indexOf(mark) >= 0 ? letter : tones).append(mark);
            }
            sb.append(Normalizer.normalize(letter, Normalizer.Form.NFC)).append(tones);
        }
        byte[] bytes = sb.toString().getBytes(CP1258);
        for (byte b : bytes) {
            if (b == '?') {
                throw new IllegalArgumentException("not Windows-1258: " + text);
            }
        }
        return bytes;
    }

    private static void record(ByteArrayOutputStream out, int type, byte[]... parts) throws IOException {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        out.write(le16(type));
        out.write(le16(length));
        for (byte[] part : parts) {
            out.write(part);
        }
    }

    private static byte[] le16(int v) {
        return new byte[] {(byte) v, (byte) (v >> 8)};
    }

    private static byte[] le32(int v) {
        return new byte[] {(byte) v, (byte) (v >> 8), (byte) (v >> 16), (byte) (v >> 24)};
    }
}
