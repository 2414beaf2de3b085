package vn.backan.ocop.intake.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rows kept, read from the bytes, are the rows the parser's pass keeps, with the same prefixes and extent;
 * where the bytes say something the parser may read otherwise, the parser decides.
 */
class RowFactsTest {

    private static final String MAIN = HandMadeXlsx.MAIN_NS;

    /** Rows asked for, and the text wanted, as the feedback asks (text Excel would take for a formula). */
    private record Ask(IntPredicate needed, Predicate<String> text) {
    }

    private static final List<Ask> ASKS = List.of(
            new Ask(row -> row % 7 == 0, text -> !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0),
            new Ask(row -> false, text -> text.contains("a")),
            new Ask(row -> row <= 3, text -> false));

    @Test
    void readsEveryRowOfRealWorkbooksAsTheParserDoes() throws Exception {
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("input", "src/test/resources/poi-testdata", "src/test/resources/poi-merges",
                "src/test/resources/corpus/files")) {
            try (Stream<Path> found = Files.walk(Path.of(folder))) {
                found.filter(p -> p.toString().endsWith(".xlsx") || p.toString().endsWith(".xlsm")).sorted().forEach(files::add);
            }
        }
        int answered = 0;
        int rows = 0;
        for (Path file : files) {
            Map<String, byte[]> parts = parts(file);
            if (parts == null) {
                continue;
            }
            byte[] sharedPart = parts.get("xl/sharedStrings.xml");
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                if (!part.getKey().startsWith("xl/worksheets/sheet")) {
                    continue;
                }
                for (Ask ask : ASKS) {
                    BitSet shared = sharedPart == null ? new BitSet() : new SheetSplice(new Xml()).sharedNeeded(sharedPart, ask.text());
                    Integer read = agree(file + "!" + part.getKey(), part.getValue(), ask, shared);
                    if (read != null) {
                        answered++;
                        rows += read;
                    }
                }
            }
        }
        // The eight district workbooks of the sample alone have 14 product, entity, commune and support sheets.
        assertThat(answered).isGreaterThanOrEqualTo(3 * 14);
        assertThat(rows).isGreaterThan(1_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // as Excel writes it
        "<row r=\"1\" spans=\"1:3\" x14ac:dyDescent=\"0.25\"><c r=\"A1\" s=\"1\" t=\"s\"><v>0</v></c><c r=\"B1\"><v>12.5</v></c>"
                + "<c r=\"C1\" t=\"s\"><v>1</v></c></row><row r=\"2\"><c r=\"A2\" t=\"str\"><f>\"=\"&amp;B2</f><v>=x</v></c></row>",
        // inline text, entities, character references, xml:space, Vietnamese
        "<row r=\"3\"><c r=\"B3\" t=\"inlineStr\"><is><t xml:space=\"preserve\"> =1&amp;2 </t></is></c></row>"
                + "<row r=\"4\"><c r=\"C4\" t=\"inlineStr\"><is><r><t>Chè Shan tuyết &#8211; a</t></r><r><t>&#x3D;b</t></r></is></c></row>"
                + "<row r=\"5\"><c r=\"A5\" t=\"str\"><v>&lt;=&gt;&quot;&apos;</v></c></row>",
        // cells without references, empty and self-closing values, a shared string that is not a number
        "<row r=\"6\"><c><v>1</v></c><c/><c t=\"s\"><v/></c></row><row r=\"9\"><c r=\"D9\" t=\"s\"><v> 2 </v></c>"
                + "<c t=\"s\"><v>x</v></c></row><row r=\"10\"/><row r=\"11\" ></row >",
        // a text value in another namespace, an element of another namespace in a row
        "<row r=\"12\"><c r=\"A12\"><v>1</v><o:t>=no</o:t></c><o:note>=</o:note></row>",
    })
    void agreesWithTheParserOnWhatItReads(String rows) throws Exception {
        byte[] part = part("<worksheet xmlns=\"" + MAIN + "\" xmlns:x14ac=\"urn:x14ac\" xmlns:o=\"urn:other\"><dimension ref=\"A1\"/>"
                + "<sheetData>" + rows + "</sheetData></worksheet>");
        for (Ask ask : ASKS) {
            assertThat(agree("case", part, ask, sharedOf(1))).as("read from the bytes").isNotNull();
        }
    }

    @Test
    void readsAPrefixedSheetAsTheParserDoes() throws Exception {
        byte[] part = part("<x:worksheet xmlns:x=\"" + MAIN + "\"><x:sheetData><x:row r=\"1\"><x:c r=\"A1\" t=\"inlineStr\">"
                + "<x:is><x:t>=a</x:t></x:is></x:c></x:row><x:row r=\"2\"><x:c r=\"B2\"><x:v>2</x:v></x:c></x:row>"
                + "</x:sheetData></x:worksheet>");
        for (Ask ask : ASKS) {
            assertThat(agree("prefixed", part, ask, new BitSet())).isNotNull();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t><![CDATA[=a]]></t></is></c></row>",
        "<row r=\"1\"><!-- a note --><c r=\"A1\"><v>1</v></c></row>",
        "<row r=\"1\"><c r=\"A1\" xmlns:y=\"urn:y\"><v>1</v></c></row>",
        "<row r=\"1\" xmlns=\"" + MAIN + "\"><c r=\"A1\"><v>1</v></c></row>",
        "<row r=\"1\"><c r=\"A1\" t=\"str\"><v>&nbsp;</v></c></row>",
        "<row r=\"1\"><c r=\"A1\" t=\"str\"><v>a\r\nb</v></c></row>",
        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>1<b/></v></c></row>",
        "<row r=\"1\"><c r=\"A1\"><v>1</w></c></row>",
        "<row r=\"1\"><c r=\"&#65;1\" t=\"s\"><v>1</v></c></row>",
        "<row r=\"1\"><z:c r=\"A1\"><v>1</v></z:c></row>",
        "<row r=\"1\"><?pi here?><c r=\"A1\"><v>1</v></c></row>",
        "<o:row r=\"1\"><c r=\"A1\"><v>1</v></c></o:row>",
        "<row r=\"2000000\"><c r=\"A1\"><v>1</v></c></row>",
    })
    void leavesToTheParserWhatItMightReadOtherwise(String rows) throws Exception {
        byte[] part = part("<worksheet xmlns=\"" + MAIN + "\" xmlns:o=\"urn:other\"><sheetData>" + rows + "</sheetData></worksheet>");
        RowLayout layout = RowLayout.of(part);
        assertThat(layout).isNotNull();
        BitSet kept = new BitSet();
        assertThat(RowFacts.reduce(part, layout, row -> false, text -> true, new BitSet(), kept)).isNull();
        assertThat(kept.isEmpty()).isTrue();
    }

    @Test
    void leavesToTheParserAPartWithADoctypeOrASecondSheetData() throws Exception {
        String rows = "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>";
        for (String xml : List.of(
                "<!DOCTYPE worksheet><worksheet xmlns=\"" + MAIN + "\"><sheetData>" + rows + "</sheetData></worksheet>",
                "<worksheet xmlns=\"" + MAIN + "\"><sheetData>" + rows + "</sheetData><sheetData>" + rows + "</sheetData></worksheet>",
                "<worksheet xmlns=\"" + MAIN + "\" xmlns:o=\"urn:other\"><o:sheetData>" + rows + "</o:sheetData></worksheet>")) {
            byte[] part = part(xml);
            RowLayout layout = RowLayout.of(part);
            assertThat(layout).as(xml).isNotNull();
            assertThat(RowFacts.reduce(part, layout, row -> false, text -> true, new BitSet(), new BitSet())).as(xml).isNull();
        }
    }

    /**
     * Both ways on one part and one question; equal where the bytes answer.
     *
     * @return the rows read from the bytes, or null where they leave it to the parser
     */
    private static Integer agree(String what, byte[] part, Ask ask, BitSet shared) throws Exception {
        RowLayout layout = RowLayout.of(part);
        if (layout == null) {
            return null;
        }
        BitSet byBytes = new BitSet();
        SheetSplice.Reduction fromBytes = RowFacts.reduce(part, layout, ask.needed(), ask.text(), shared, byBytes);
        if (fromBytes == null) {
            return null;
        }
        BitSet byParser = new BitSet();
        SheetSplice.Reduction fromParser = new SheetSplice(new Xml()).reduce(part, ask.needed(), ask.text(), shared, byParser, false);
        assertThat(byBytes).as(what + ": rows kept").isEqualTo(byParser);
        assertThat(fromBytes.numbers()).as(what + ": row numbers").isEqualTo(fromParser.numbers());
        assertThat(fromBytes.used()).as(what + ": prefixes used").isEqualTo(fromParser.used());
        assertThat(fromBytes.extent().ref()).as(what + ": extent").isEqualTo(fromParser.extent().ref());
        return fromBytes.numbers().length;
    }

    private static byte[] part(String root) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + root).getBytes(StandardCharsets.UTF_8);
    }

    private static BitSet sharedOf(int... indexes) {
        BitSet shared = new BitSet();
        for (int i : indexes) {
            shared.set(i);
        }
        return shared;
    }

    /** The file's parts, or null when it is not a zip this reads. */
    private static Map<String, byte[]> parts(Path file) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                parts.put(entry.getName(), zip.readNBytes(64 << 20));
            }
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
        return parts.isEmpty() ? null : parts;
    }
}
