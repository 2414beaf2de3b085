package vn.backan.ocop.intake.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

import org.junit.jupiter.api.Test;

/**
 * The byte scan finds the merges a namespace-aware XML parser finds: on hand-made parts that hide
 * {@code <mergeCell} where a parser would not see one, and on every sheet of real workbooks saved by
 * Excel, LibreOffice and others (Apache POI's test files, the project's corpus).
 */
class MergeScanTest {

    private static final List<Path> FOLDERS = List.of(Path.of("src/test/resources/poi-merges"),
            Path.of("src/test/resources/poi-testdata"), Path.of("src/test/resources/corpus/files"));

    @Test
    void theMergesAfterTheRowsAreFound() throws IOException {
        String part = """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
                <sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Xã</t></is></c></row></sheetData>
                <mergeCells count="2"><mergeCell ref="A2:A4"/><mergeCell ref="B1:D1"/></mergeCells>
                </worksheet>""";
        assertThat(scan(part)).containsExactly("A2:A4", "B1:D1");
    }

    @Test
    void whatOnlyLooksLikeAMergeIsNot() throws Exception {
        String part = """
                <x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
                <!-- <mergeCell ref="Z1:Z9"/> --><?pi <mergeCell ref="Y1:Y9"/> ?>
                <x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t><![CDATA[<mergeCell ref="X1:X9"/>]]]]></x:t></x:is></x:c>
                <x:mergeCell ref="W1:W9"/></x:row></x:sheetData>
                <x:sheetPr codeName='a > b /> "c"'/>
                <x:mergeCells count="1"><x:mergeCell
                    ref = 'C&#50;:C&#x34;' other="&lt;"/></x:mergeCells>
                </x:worksheet>""";
        assertThat(scan(part)).as("comments, instructions, CDATA, the rows and quoted '>' hide no merge; prefixes and references are read")
                .containsExactly("C2:C4");
        assertThat(scan(part)).isEqualTo(parsed(bytes(part)));
    }

    /**
     * The rows are passed over from one '<' to the next, their attributes unread: a '>' or an end tag's text in a quoted
     * value, an end tag in a comment or an instruction, and a sheetData within the rows (no valid sheet has one,
     * a parser takes it) end them no earlier than a parser would.
     */
    @Test
    void theRowsEndWhereAParserEndsThem() throws Exception {
        String part = """
                <x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
                <x:sheetData><x:row r="1" x:note='a > b'><x:c r="A1" x:f="/x:sheetData>"/></x:row>
                <!-- </x:sheetData> --><?pi </x:sheetData> ?><x:sheetData note=">"><x:mergeCell ref="Q1:Q2"/></x:sheetData>
                <x:sheetData/><x:row r="2"><x:mergeCell ref="P1:P2"/></x:row></x:sheetData>
                <x:mergeCells count="1"><x:mergeCell ref="A1:B1"/></x:mergeCells>
                </x:worksheet>""";
        assertThat(scan(part)).containsExactly("A1:B1");
        assertThat(scan(part)).isEqualTo(parsed(bytes(part)));
    }

    @Test
    void aPartThatEndsEarlyIsRefusedAsAParserWouldRefuseIt() {
        assertThatThrownBy(() -> scan("<worksheet><sheetData><row r=\"1\"><c r=\"A1\"")).isInstanceOf(IOException.class)
                .hasMessageContaining("ends inside a tag");
        assertThatThrownBy(() -> scan("<worksheet><sheetData></sheetData>")).isInstanceOf(IOException.class)
                .hasMessageContaining("before its root element closes");
        assertThatThrownBy(() -> scan("<worksheet><!-- a comment never closed </worksheet>")).isInstanceOf(IOException.class);
        // Values the scan passes over unread (not a merge's ref) are still checked as a parser checks them.
        assertThatThrownBy(() -> scan("<worksheet><sheetData><row r=\"1")).isInstanceOf(IOException.class)
                .hasMessageContaining("ends inside a tag");
        assertThatThrownBy(() -> scan("<worksheet><sheetPr codeName=\"a<b\"/></worksheet>")).isInstanceOf(IOException.class)
                .hasMessageContaining("'<' in an attribute value");
        assertThatThrownBy(() -> scan("<worksheet><sheetPr codeName=a/></worksheet>")).isInstanceOf(IOException.class)
                .hasMessageContaining("without quotes");
    }

    @Test
    void tooManyMergesStopTheScanOneAfterTheLimit() throws IOException {
        StringBuilder part = new StringBuilder("<worksheet><mergeCells>");
        for (int i = 1; i <= 50; i++) {
            part.append("<mergeCell ref=\"A").append(i).append(":B").append(i).append("\"/>");
        }
        part.append("</mergeCells></worksheet>");
        assertThat(MergeScan.read(new ByteArrayInputStream(bytes(part.toString())), Optional::of, 10)).hasSize(11);
    }

    @Test
    void everySheetOfRealWorkbooksGivesTheMergesAParserGives() throws Exception {
        int sheets = 0;
        int merges = 0;
        for (Path file : workbooks()) {
            ZipFile opened;
            try {
                opened = new ZipFile(file.toFile());
            } catch (IOException notAZip) {
                continue; // the broken files among the test data
            }
            try (ZipFile zip = opened) {
                Enumeration<? extends ZipEntry> entries = zip.entries();
                while (entries.hasMoreElements()) {
                    ZipEntry entry = entries.nextElement();
                    if (!entry.getName().matches("xl/worksheets/[^/]+\\.xml")) {
                        continue;
                    }
                    byte[] part;
                    List<String> expected;
                    try (InputStream in = zip.getInputStream(entry)) {
                        part = in.readAllBytes();
                        expected = parsed(part);
                    } catch (Exception unreadable) {
                        continue; // a broken part: the reader refuses it when it reads the rows
                    }
                    List<String> found = MergeScan.read(new ByteArrayInputStream(part), Optional::of, Integer.MAX_VALUE);
                    assertThat(found).as("%s %s", file.getFileName(), entry.getName()).isEqualTo(expected);
                    sheets++;
                    merges += found.size();
                }
            }
        }
        assertThat(sheets).as("sheets compared").isGreaterThan(20);
        assertThat(merges).as("merges compared").isGreaterThan(3_000);
    }

    private static List<Path> workbooks() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path folder : FOLDERS) {
            try (Stream<Path> listed = Files.list(folder)) {
                listed.filter(p -> p.toString().matches(".*\\.xls[xm]")).sorted().forEach(files::add);
            }
        }
        return files;
    }

    private static List<String> scan(String part) throws IOException {
        return MergeScan.read(new ByteArrayInputStream(bytes(part)), Optional::of, Integer.MAX_VALUE);
    }

    private static byte[] bytes(String part) {
        return part.getBytes(StandardCharsets.UTF_8);
    }

    /** The reference: a namespace-aware StAX parser, every {@code mergeCell} outside {@code sheetData}. */
    private static List<String> parsed(byte[] part) throws Exception {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(part));
        List<String> refs = new ArrayList<>();
        int sheetData = 0;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if ("sheetData".equals(reader.getLocalName())) {
                    sheetData++;
                } else if (sheetData == 0 && "mergeCell".equals(reader.getLocalName())) {
                    String ref = reader.getAttributeValue(null, "ref");
                    if (ref != null) {
                        refs.add(ref);
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && "sheetData".equals(reader.getLocalName())) {
                sheetData--;
            }
        }
        reader.close();
        return refs;
    }
}
