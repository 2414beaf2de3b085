package vn.backan.ocop.intake.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.backan.ocop.intake.excel.HandMadeXlsx.Zips;
import vn.backan.ocop.intake.excel.WorkbookException.Kind;

/** Every file is untrusted: each of these must end in a WorkbookException of the right kind, never worse. */
class HostileFilesTest {

    private static final String XXE_DOCTYPE = "<!DOCTYPE foo [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";

    @TempDir
    Path dir;

    private static void assertFails(ThrowingCallable call, Kind kind, String fileName) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(WorkbookException.class, e -> {
                    assertThat(e.kind()).isEqualTo(kind);
                    assertThat(e.file()).isEqualTo(fileName);
                    assertThat(e.getMessage()).startsWith(fileName).doesNotContain("\n").doesNotContain("/tmp");
                });
    }

    private Path plainXlsx(String name) throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        var row = wb.createSheet("Sheet1").createRow(0);
        row.createCell(0).setCellValue("shared text");
        row.createCell(1).setCellValue(42);
        return XlsxReaderTest.write(wb, dir.resolve(name));
    }

    @Test
    void encryptedXlsx() throws Exception {
        Path file = dir.resolve("locked.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("mật khẩu");
            try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = encryptor.getDataStream(fs)) {
                wb.createSheet("s").createRow(0).createCell(0).setCellValue("secret");
                wb.write(out);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        assertFails(() -> WorkbookReader.open(file), Kind.ENCRYPTED, "locked.xlsx");
    }

    @Test
    void truncatedXlsx() throws Exception {
        byte[] bytes = Files.readAllBytes(plainXlsx("full.xlsx"));
        Path half = Files.write(dir.resolve("half.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));
        assertFails(() -> WorkbookReader.open(half), Kind.CORRUPT, "half.xlsx");
    }

    @Test
    void zipBombSheetIsRefusedWithoutExhaustingMemory() throws Exception {
        String text = "Bắc Kạn ".repeat(600_000);
        Path file = new HandMadeXlsx().sheet("Bom", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + text
                + "</t></is></c></row>").write(dir.resolve("bomb.xlsx"));
        assertThat(Files.size(file)).isLessThan(100_000);
        assertFails(() -> Sheets.readFirstSheet(file), Kind.UNSAFE, "bomb.xlsx");
    }

    @Test
    void zipBombWithLyingDirectoryIsCaughtWhileInflating() throws Exception {
        String text = "Bắc Kạn ".repeat(600_000);
        Path honest = new HandMadeXlsx().sheet("Bom", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + text
                + "</t></is></c></row>").write(dir.resolve("honest.xlsx"));
        Path liar = lieAboutSize(honest, HandMadeXlsx.sheetPart(0), dir.resolve("liar.xlsx"));
        try (WorkbookReader reader = WorkbookReader.open(liar)) {
            assertFails(() -> Sheets.readAll(reader, 0), Kind.UNSAFE, "liar.xlsx");
        }
    }

    @Test
    void partsOverTheSizeLimitAreTooLarge() throws Exception {
        Random random = new Random(7);
        StringBuilder rows = new StringBuilder();
        for (int r = 1; rows.length() < 400_000; r++) {
            rows.append("<row r=\"").append(r).append("\"><c><v>").append(random.nextLong()).append("</v></c></row>");
        }
        Path file = new HandMadeXlsx().sheet("S", rows.toString()).write(dir.resolve("big.xlsx"));
        ReaderLimits limits = new ReaderLimits(10_000_000, 200_000, 0.01, 100, 100);
        assertFails(() -> WorkbookReader.open(file, limits), Kind.TOO_LARGE, "big.xlsx");
    }

    @Test
    void xxeInASheetIsUnsafeAndNeverResolved() throws Exception {
        Path file = Zips.rewrite(plainXlsx("plain.xlsx"), dir.resolve("xxe-sheet.xlsx"), "xl/worksheets/sheet1.xml",
                xml -> injectDoctype(xml).replace("<sheetData>",
                        "<sheetData><row r=\"9\"><c r=\"A9\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>"));
        try (WorkbookReader reader = WorkbookReader.open(file)) {
            assertThatThrownBy(() -> Sheets.readAll(reader, 0))
                    .isInstanceOfSatisfying(WorkbookException.class, e -> {
                        assertThat(e.kind()).isEqualTo(Kind.UNSAFE);
                        assertThat(e.sheet()).isEqualTo("Sheet1");
                    })
                    .hasMessageNotContaining("root:");
        }
    }

    @Test
    void xxeInSharedStringsIsUnsafe() throws Exception {
        Path file = Zips.rewrite(plainXlsx("plain.xlsx"), dir.resolve("xxe-sst.xlsx"), "xl/sharedStrings.xml",
                xml -> injectDoctype(xml).replace("shared text", "&xxe;"));
        assertThatThrownBy(() -> WorkbookReader.open(file))
                .isInstanceOfSatisfying(WorkbookException.class, e -> assertThat(e.kind()).isEqualTo(Kind.UNSAFE))
                .hasMessageNotContaining("root:");
    }

    @Test
    void doctypeInPackagePartsReadByPoiIsUnsafe() throws Exception {
        Path types = Zips.rewrite(plainXlsx("plain.xlsx"), dir.resolve("xxe-types.xlsx"), "[Content_Types].xml",
                HostileFilesTest::injectDoctype);
        assertFails(() -> WorkbookReader.open(types), Kind.UNSAFE, "xxe-types.xlsx");
        Path rels = Zips.rewrite(plainXlsx("plain.xlsx"), dir.resolve("xxe-rels.xlsx"), "xl/_rels/workbook.xml.rels",
                HostileFilesTest::injectDoctype);
        assertFails(() -> WorkbookReader.open(rels), Kind.UNSAFE, "xxe-rels.xlsx");
        Path workbook = Zips.rewrite(plainXlsx("plain.xlsx"), dir.resolve("xxe-wb.xlsx"), "xl/workbook.xml",
                HostileFilesTest::injectDoctype);
        assertFails(() -> WorkbookReader.open(workbook), Kind.UNSAFE, "xxe-wb.xlsx");
    }

    private static String injectDoctype(String xml) {
        int afterDeclaration = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
        return xml.substring(0, afterDeclaration) + XXE_DOCTYPE + xml.substring(afterDeclaration);
    }

    @Test
    void openDocumentSpreadsheetIsUnsupported() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("mimetype", "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
        entries.put("content.xml", "<office:document-content/>".getBytes(StandardCharsets.UTF_8));
        Path file = Zips.write(dir.resolve("bao-cao.xlsx"), entries);
        assertFails(() -> WorkbookReader.open(file), Kind.UNSUPPORTED_FORMAT, "bao-cao.xlsx");
        assertThatThrownBy(() -> WorkbookReader.open(file)).hasMessageContaining(".ods");
    }

    @Test
    void archivesWithTooManyEntriesAreTooLarge() throws Exception {
        Map<String, byte[]> entries = Zips.read(plainXlsx("plain.xlsx"));
        for (int i = 0; i < 1_000; i++) {
            entries.put("xl/media/image" + i + ".png", new byte[] {(byte) i});
        }
        Path file = Zips.write(dir.resolve("many.xlsx"), entries);
        assertFails(() -> WorkbookReader.open(file), Kind.TOO_LARGE, "many.xlsx");
    }

    @Test
    void entryNamesDifferingOnlyInCaseAreRefused() throws Exception {
        // two "workbook.xml" parts: which one a reader picks would be up to the attacker
        Map<String, byte[]> entries = Zips.read(plainXlsx("plain.xlsx"));
        entries.put("XL/WORKBOOK.XML", "<workbook/>".getBytes(StandardCharsets.UTF_8));
        Path file = Zips.write(dir.resolve("twins.xlsx"), entries);
        assertFails(() -> WorkbookReader.open(file), Kind.CORRUPT, "twins.xlsx");
    }

    @Test
    void aPlainZipIsNotAWorkbook() throws Exception {
        Path file = Zips.write(dir.resolve("photos.xlsx"), Map.of("a.txt", new byte[] {1, 2, 3}));
        assertFails(() -> WorkbookReader.open(file), Kind.NOT_A_WORKBOOK, "photos.xlsx");
    }

    @Test
    void aWordDocumentIsNotAWorkbook() throws Exception {
        Path file = new HandMadeXlsx()
                .workbookContentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")
                .write(dir.resolve("letter.xlsx"));
        assertFails(() -> WorkbookReader.open(file), Kind.NOT_A_WORKBOOK, "letter.xlsx");
    }

    @Test
    void binaryWorkbookIsUnsupported() throws Exception {
        Path file = new HandMadeXlsx().workbookContentType("application/vnd.ms-excel.sheet.binary.macroEnabled.main")
                .write(dir.resolve("b.xlsb"));
        assertFails(() -> WorkbookReader.open(file), Kind.UNSUPPORTED_FORMAT, "b.xlsb");
    }

    @Test
    void textRenamedToXlsxIsNotAWorkbook() throws Exception {
        Path file = Files.writeString(dir.resolve("danh-sach.xlsx"), "STT,Tên sản phẩm\n1,Chè\n");
        assertFails(() -> WorkbookReader.open(file), Kind.NOT_A_WORKBOOK, "danh-sach.xlsx");
    }

    @Test
    void htmlSavedAsXlsIsNotAWorkbook() throws Exception {
        Path file = Files.writeString(dir.resolve("export.xls"), "<html><body><table><tr><td>1</td></tr></table></body></html>");
        assertFails(() -> WorkbookReader.open(file), Kind.NOT_A_WORKBOOK, "export.xls");
        assertThatThrownBy(() -> WorkbookReader.open(file)).hasMessageContaining("HTML");
    }

    @Test
    void pdfAndRandomBytesAreNotWorkbooks() throws Exception {
        Path pdf = Files.writeString(dir.resolve("scan.xlsx"), "%PDF-1.7\n%âãÏÓ\n");
        assertFails(() -> WorkbookReader.open(pdf), Kind.NOT_A_WORKBOOK, "scan.xlsx");
        byte[] noise = new byte[4096];
        new Random(1).nextBytes(noise);
        noise[0] = 0x13;
        Path random = Files.write(dir.resolve("noise.xls"), noise);
        assertFails(() -> WorkbookReader.open(random), Kind.NOT_A_WORKBOOK, "noise.xls");
    }

    @Test
    void emptyFileIsNotAWorkbook() throws Exception {
        Path file = Files.createFile(dir.resolve("empty.xlsx"));
        assertFails(() -> WorkbookReader.open(file), Kind.NOT_A_WORKBOOK, "empty.xlsx");
    }

    @Test
    void filesOverTheSizeLimitAreNotOpened() throws Exception {
        Path file = plainXlsx("plain.xlsx");
        ReaderLimits limits = new ReaderLimits(1_000, 1 << 20, 0.01, 100, 100);
        assertFails(() -> WorkbookReader.open(file, limits), Kind.TOO_LARGE, "plain.xlsx");
    }

    @Test
    void missingFileIsAnEnvironmentFailureNotABadWorkbook() {
        assertThatThrownBy(() -> WorkbookReader.open(dir.resolve("absent.xlsx")))
                .isInstanceOf(java.io.UncheckedIOException.class);
    }

    @Test
    void longTextIsCutAtTheLimit() throws Exception {
        String longText = "Sản phẩm OCOP ".repeat(10);
        Path file = new HandMadeXlsx()
                .sharedStrings("<si><t>" + longText + "</t></si><si><r><rPr><rFont val=\".VnTime\"/></rPr><t>abcdefgh</t></r>"
                        + "<r><t>ijklmnop</t></r></si>")
                .sheet("S", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"inlineStr\"><is><t>" + longText
                        + "</t></is></c><c r=\"C1\" t=\"s\"><v>1</v></c><c r=\"D1\" t=\"str\"><f>A1</f><v>" + longText
                        + "</v></c></row>")
                .write(dir.resolve("long.xlsx"));
        ReaderLimits limits = new ReaderLimits(1 << 20, 1 << 20, 0.01, 10, 100);
        SheetRow row = Sheets.readFirstSheet(file, limits).get(0);
        assertThat(row.cell(0).text()).isEqualTo("Sản phẩm O");
        assertThat(row.cell(1).text()).isEqualTo("Sản phẩm O");
        assertThat(row.cell(2).text()).isEqualTo("abcdefghij");
        assertThat(row.cell(2).runs()).containsExactly(Sheets.run("abcdefgh", ".VnTime"), Sheets.run("ij", null));
        assertThat(row.cell(3).text()).isEqualTo("Sản phẩm O");
    }

    @Test
    void hugeCellTextIsReadInChunksAndCut() throws Exception {
        // 3 MB of varied text in one cell: compresses too poorly to be a bomb, and is cut to Excel's limit
        Random random = new Random(3);
        StringBuilder text = new StringBuilder();
        while (text.length() < 3_000_000) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        Path file = new HandMadeXlsx().sheet("S", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + text
                + "</t></is></c></row>").write(dir.resolve("huge-cell.xlsx"));
        RawCell cell = Sheets.readFirstSheet(file).get(0).cell(0);
        assertThat(cell.text()).hasSize(32_767).isEqualTo(text.substring(0, 32_767));
    }

    @Test
    void sharedStringsOverTheBudgetAreTooLarge() throws Exception {
        Path file = new HandMadeXlsx().sharedStrings("<si><t>" + "x".repeat(60) + "</t></si><si><t>" + "y".repeat(60) + "</t></si>")
                .sheet("S", "").write(dir.resolve("sst.xlsx"));
        ReaderLimits limits = new ReaderLimits(1 << 20, 1 << 20, 0.01, 1000, 100, 100);
        assertFails(() -> WorkbookReader.open(file, limits), Kind.TOO_LARGE, "sst.xlsx");
    }

    @Test
    void cellsBeyondExcelsLastColumnAreADamagedFileNotATooLargeOne() throws Exception {
        Path file = new HandMadeXlsx().sheet("Rộng", "<row r=\"3\"><c r=\"A3\"><v>1</v></c><c r=\"XFE3\"><v>1</v></c></row>")
                .write(dir.resolve("wide.xlsx"));
        assertThatThrownBy(() -> Sheets.readFirstSheet(file))
                .isInstanceOfSatisfying(WorkbookException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.CORRUPT);
                    assertThat(e.reason()).isEqualTo(WorkbookException.Reason.CELL_ADDRESS);
                    assertThat(e.sheet()).isEqualTo("Rộng");
                })
                .hasMessageContaining("XFE3");
    }

    @Test
    void nonsenseCellReferencesAreCorrupt() throws Exception {
        Path file = new HandMadeXlsx().sheet("S", "<row r=\"1\"><c r=\"ABCD1\"><v>1</v></c></row>").write(dir.resolve("ref.xlsx"));
        assertFails(() -> Sheets.readFirstSheet(file), Kind.CORRUPT, "ref.xlsx");
        Path rows = new HandMadeXlsx().sheet("S", "<row r=\"2000000\"><c><v>1</v></c></row>").write(dir.resolve("row.xlsx"));
        assertFails(() -> Sheets.readFirstSheet(rows), Kind.CORRUPT, "row.xlsx");
    }

    @Test
    void missingSheetPartIsCorruptForThatSheetOnly() throws Exception {
        Path file = new HandMadeXlsx().sheet("Còn", "<row r=\"1\"><c><v>1</v></c></row>").sheet("Mất", "")
                .write(dir.resolve("gap.xlsx"));
        Map<String, byte[]> entries = Zips.read(file);
        entries.remove(HandMadeXlsx.sheetPart(1));
        Zips.write(file, entries);
        try (WorkbookReader reader = WorkbookReader.open(file)) {
            assertThat(Sheets.readAll(reader, 0)).hasSize(1);
            assertThatThrownBy(() -> reader.rows(reader.sheets().get(1)))
                    .isInstanceOfSatisfying(WorkbookException.class, e -> {
                        assertThat(e.kind()).isEqualTo(Kind.CORRUPT);
                        assertThat(e.sheet()).isEqualTo("Mất");
                    });
        }
    }

    /**
     * Rewrites the central directory so that one entry declares an uncompressed size of twice its
     * compressed size: the zip bomb hides from a directory check and must be caught while inflating.
     */
    private static Path lieAboutSize(Path from, String entryName, Path to) throws IOException {
        Map<String, byte[]> entries = Zips.read(from);
        try (OutputStream out = Files.newOutputStream(to); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        byte[] bytes = Files.readAllBytes(to);
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        byte[] name = entryName.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 46 < bytes.length; i++) {
            if (buffer.getInt(i) == 0x02014b50 && buffer.getShort(i + 28) == name.length
                    && Arrays.equals(Arrays.copyOfRange(bytes, i + 46, i + 46 + name.length), name)) {
                int compressed = buffer.getInt(i + 20);
                buffer.putInt(i + 24, compressed * 2);
                Files.write(to, bytes);
                return to;
            }
        }
        throw new IllegalStateException("no central directory entry for " + entryName);
    }
}
