package vn.backan.ocop.intake.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class SharedStringsTest {

    private static SharedStrings parse(String items, int maxTextLength, long budget) throws Exception {
        String xml = "<sst xmlns=\"" + HandMadeXlsx.MAIN_NS + "\" uniqueCount=\"2000000000\">" + items + "</sst>";
        var reader = new Xml().openAtRoot(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        return SharedStrings.parse(reader, maxTextLength, budget);
    }

    @Test
    void packsManyStringsAcrossChunksAndGivesThemBackExactly() throws Exception {
        List<String> expected = new ArrayList<>();
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 60_000; i++) {
            String s = "Sản phẩm " + "x".repeat(i % 40) + i;
            expected.add(s);
            items.append("<si><t>").append(s).append("</t></si>");
        }
        String huge = "y".repeat(50_000);
        items.append("<si><t>").append(huge).append("</t></si>");
        items.append("<si><r><rPr><rFont val=\".VnTime\"/></rPr><t>a</t></r><r><t>b</t></r></si>");
        items.append("<si><t/></si>");
        SharedStrings strings = parse(items.toString(), 100_000, Long.MAX_VALUE);

        assertThat(strings.size()).isEqualTo(60_003);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(strings.get(i)).isEqualTo(expected.get(i));
        }
        assertThat(strings.get(60_000)).isEqualTo(huge);
        assertThat(strings.get(60_001)).isInstanceOfSatisfying(RichText.class,
                rich -> assertThat(rich.runs("Arial")).containsExactly(Sheets.run("a", ".VnTime"), Sheets.run("b", "Arial")));
        assertThat(strings.get(60_002)).isEqualTo("");
        assertThat(strings.get(60_003)).isNull();
        assertThat(strings.get(-1)).isNull();
    }

    @Test
    void theBudgetCountsEntriesToo() throws Exception {
        String empties = "<si><t/></si>".repeat(30);
        assertThatThrownBy(() -> parse(empties, 100, 100)).isInstanceOf(Xml.LimitException.class);
        assertThat(parse(empties, 100, 120).size()).isEqualTo(30);
    }
}
