package vn.backan.ocop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import vn.backan.ocop.text.VietnameseCollator;
import vn.backan.ocop.warehouse.read.RatingRow;

/** Lines spilled to sorted runs come back in the order one sort of them all gives, and leave no file behind. */
class SortedLinesTest {

    @Test
    void spilledRunsMergeIntoTheOrderOfOneSort() throws Exception {
        Random random = new Random(14);
        String[] communes = {"Xã Đồng Lạc", "Xã Dương Quang", "Phường Đức Xuân", "Xã Ân Tình", "Xã An Thắng", "xã ân tình"};
        List<Progress.ProductLine> all = new ArrayList<>();
        for (int i = 0; i < 2_345; i++) {
            String commune = communes[random.nextInt(communes.length)];
            RatingRow rating = new RatingRow("06" + random.nextInt(3), "key-" + i, i % 7 == 0 ? null : "SP" + i,
                    "Mật ong " + (char) ('a' + random.nextInt(26)) + (i % 3 == 0 ? "ạ" : "à"), i % 5 == 0 ? null : i % 26 + 1,
                    "I", "HTX " + i % 40, "htx " + i % 40, i % 4 == 0 ? null : "HTX", "02" + i % 10, LocalDate.of(2019, 1, 1).plusDays(i),
                    3 + i % 3, i % 6 == 0 ? null : new BigDecimal("7" + i % 10 + ".25"), null, "TINH", i % 2 == 0,
                    LocalDate.of(2022, 1, 1).plusDays(i), i % 11 == 0 ? null : LocalDate.of(2022, 1, 1).plusDays(i));
            all.add(new Progress.ProductLine("Huyện " + i % 3, commune, i % 9 == 0 ? "Xã cũ" : null, null, rating));
        }
        List<Path> runFiles;
        try (SortedLines<Progress.ProductLine> lines = new SortedLines<>(Progress.ProductLine.ORDER, Progress.ProductLine.CODEC, 500)) {
            all.forEach(lines::add);
            assertThat(lines.runs()).isEqualTo(4);
            assertThat(lines.size()).isEqualTo(2_345);
            List<Progress.ProductLine> expected = new ArrayList<>(all);
            expected.sort(Progress.ProductLine.ORDER);
            // The sort keys the lines carry order as the collator does on the strings themselves.
            List<Progress.ProductLine> byStrings = new ArrayList<>(all);
            byStrings.sort(Comparator.comparing((Progress.ProductLine p) -> p.rating().districtCode())
                    .thenComparing(Progress.ProductLine::commune, VietnameseCollator.get())
                    .thenComparing(p -> p.rating().productName(), VietnameseCollator.get())
                    .thenComparing(p -> p.rating().productKey()));
            assertThat(expected).containsExactlyElementsOf(byStrings);
            List<Progress.ProductLine> merged = new ArrayList<>();
            lines.forEach(merged::add);
            assertThat(merged).containsExactlyElementsOf(expected);
            List<Progress.ProductLine> again = new ArrayList<>();
            lines.forEach(again::add);
            assertThat(again).as("iterable twice").containsExactlyElementsOf(expected);
            try (var temp = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
                runFiles = temp.filter(p -> p.getFileName().toString().startsWith("ocop-lines-")).toList();
            }
            assertThat(runFiles).hasSizeGreaterThanOrEqualTo(4);
        }
        assertThat(runFiles.stream().filter(Files::exists).count()).as("runs deleted on close").isLessThanOrEqualTo(
                runFiles.size() - 4L);
    }

    @Test
    void expiringLinesKeepTheirDaysThroughARun() {
        RatingRow rating = new RatingRow("066", "k", null, "Miến dong", null, "I", "HTX", "htx", null, "02000",
                LocalDate.of(2018, 1, 2), 4, null, null, null, false, LocalDate.of(2021, 1, 2), LocalDate.of(2021, 1, 2));
        try (SortedLines<Progress.ExpiringLine> lines = new SortedLines<>(Progress.ExpiringLine.ORDER, Progress.ExpiringLine.CODEC, 1)) {
            lines.add(new Progress.ExpiringLine("Huyện Na Rì", "Xã Côn Minh", rating, 12));
            lines.add(new Progress.ExpiringLine("Huyện Na Rì", "Xã Côn Minh", rating, -3));
            assertThat(lines.runs()).isEqualTo(2);
            assertThat(lines).extracting(Progress.ExpiringLine::daysLeft).containsExactly(-3L, 12L);
            assertThat(lines).allSatisfy(l -> assertThat(l.rating()).isEqualTo(rating));
        }
    }

    @Test
    void textsComeBackAsTheyWereWrittenWhateverTheirLength() throws Exception {
        var bytes = new ByteArrayOutputStream();
        String longText = "Mật ong bạc hà Mèo Vạc ".repeat(4_000);
        List<String> texts = Arrays.asList("Xã Đồng Lạc", null, "", "trà 🍵 hoa vàng", longText, "lẻ \uD83C cuối");
        try (var out = new DataOutputStream(bytes)) {
            for (String text : texts) {
                SortedLines.Codec.writeText(out, text);
            }
        }
        assertThat(longText.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(65_535);
        List<String> read = new ArrayList<>();
        try (var in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            for (int i = 0; i < texts.size(); i++) {
                read.add(SortedLines.Codec.readText(in));
            }
            assertThat(in.read()).as("nothing after the last text").isEqualTo(-1);
        }
        assertThat(read.subList(0, 5)).containsExactlyElementsOf(texts.subList(0, 5));
        // A surrogate without its pair: '?', as the workbook writes it (Utf8Writer).
        assertThat(read.get(5)).isEqualTo("lẻ ? cuối");
    }

    @Test
    void distinctLinesKeepFewValuesInMemoryAndMergeEqualLinesOfDifferentRuns() {
        SortedLines.Codec<String> codec = new SortedLines.Codec<>() {
            @Override
            public void write(java.io.DataOutput out, String line) throws java.io.IOException {
                SortedLines.Codec.writeText(out, line);
            }

            @Override
            public String read(java.io.DataInput in) throws java.io.IOException {
                return SortedLines.Codec.readText(in);
            }
        };
        try (SortedLines<String> few = SortedLines.distinct(Comparator.naturalOrder(), codec, 10)) {
            for (int i = 0; i < 1_000; i++) {
                few.add("v" + i % 5);
            }
            assertThat(few.runs()).as("5 values never fill a run").isZero();
            assertThat(few).containsExactly("v0", "v1", "v2", "v3", "v4");
            assertThat(few.size()).as("lines added").isEqualTo(1_000);
        }
        try (SortedLines<String> many = SortedLines.distinct(Comparator.naturalOrder(), codec, 10)) {
            for (int i = 0; i < 1_000; i++) {
                many.add("v" + (i * 7) % 100);
            }
            assertThat(many.runs()).as("100 values spill").isPositive();
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                expected.add("v" + i);
            }
            expected.sort(Comparator.naturalOrder());
            assertThat(many).containsExactlyElementsOf(expected);
            assertThat(many).as("iterated again").containsExactlyElementsOf(expected);
        }
    }
}
