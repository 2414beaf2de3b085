package vn.backan.ocop.report;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import vn.backan.ocop.submission.Period;
import vn.backan.ocop.text.VietnameseCollator;

import static vn.backan.ocop.report.SortedLines.Codec.readBytes;
import static vn.backan.ocop.report.SortedLines.Codec.readText;
import static vn.backan.ocop.report.SortedLines.Codec.writeBytes;
import static vn.backan.ocop.report.SortedLines.Codec.writeText;
import vn.backan.ocop.warehouse.read.RatingRow;

/**
 * Everything the progress workbook shows, computed from the warehouse as of one date. The two lists
 * as long as the number of products ({@code products}, {@code expiring}) are {@link SortedLines}:
 * iterated in their order from memory or from temporary files, which {@link #close} deletes. The
 * dashboard's second date ({@link ProgressInputs#comparison}) has neither list, only the counts.
 */
record Progress(LocalDate asOf, Instant generatedAt, Tally province, Map<String, Tally> byDistrict,
                Map<String, String> districtNames,
                int recognisedSince2018, Map<String, Integer> support, Map<String, Map<String, Integer>> supportByDistrict,
                BigDecimal baselinePovertyRate, String baselinePeriod, Period currentPeriod,
                SortedLines<ProductLine> products, SortedLines<ExpiringLine> expiring, List<CommuneLine> communes,
                List<GroupLine> groups, List<YearLine> years, List<SubmissionLine> submissions, List<QualityLine> quality,
                int deadlineDays, RunSpan runs, List<ChangeQueries.Change> changes) implements AutoCloseable {

    @Override
    public void close() {
        products.close();
        expiring.close();
    }

    /**
     * A line's commune and product name as Vietnamese sort keys ({@link VietnameseCollator#sortKey}), made
     * when the line is made and kept with it in the sorted runs, so that sorting and merging compare bytes.
     */
    record SortNames(byte[] commune, byte[] product) {

        private static final Comparator<byte[]> BYTES = Comparator.nullsFirst(Arrays::compareUnsigned);

        /** By commune, then product name, each in Vietnamese order; the strings break the collator's ties. */
        static <T> Comparator<T> order(Function<T, SortNames> names, Function<T, String> commune, Function<T, String> product) {
            Comparator<String> text = Comparator.nullsFirst(Comparator.naturalOrder());
            return Comparator.comparing((T t) -> names.apply(t).commune(), BYTES).thenComparing(commune, text)
                    .thenComparing(t -> names.apply(t).product(), BYTES).thenComparing(product, text);
        }

        static SortNames of(String commune, String product) {
            return new SortNames(VietnameseCollator.sortKey(commune), VietnameseCollator.sortKey(product));
        }

        static void write(DataOutput out, SortNames names) throws IOException {
            writeBytes(out, names.commune());
            writeBytes(out, names.product());
        }

        static SortNames read(DataInput in) throws IOException {
            return new SortNames(readBytes(in), readBytes(in));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof SortNames n && Arrays.equals(commune, n.commune) && Arrays.equals(product, n.product);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(commune) + Arrays.hashCode(product);
        }

        @Override
        public String toString() {
            return "SortNames";
        }
    }

    /**
     * A valid certified product, with the commune valid on D it now belongs to.
     *
     * @param set the name of its product set (Decision 148), or null where the file named only the group
     */
    record ProductLine(String district, String commune, String recordedCommune, String set, RatingRow rating,
                       SortNames names) {

        ProductLine(String district, String commune, String recordedCommune, String set, RatingRow rating) {
            this(district, commune, recordedCommune, set, rating, SortNames.of(commune, rating.productName()));
        }

        /** By district, commune, product name, then key: a total order, whatever order the database returned. */
        static final Comparator<ProductLine> ORDER = Comparator.comparing((ProductLine p) -> p.rating().districtCode())
                .thenComparing(SortNames.order(ProductLine::names, ProductLine::commune, p -> p.rating().productName()))
                .thenComparing(p -> p.rating().productKey());

        static final SortedLines.Codec<ProductLine> CODEC = new SortedLines.Codec<>() {
            @Override
            public void write(DataOutput out, ProductLine line) throws IOException {
                writeText(out, line.district());
                writeText(out, line.commune());
                writeText(out, line.recordedCommune());
                writeText(out, line.set());
                RatingCodec.write(line.rating(), out);
                SortNames.write(out, line.names());
            }

            @Override
            public ProductLine read(DataInput in) throws IOException {
                return new ProductLine(readText(in), readText(in), readText(in), readText(in), RatingCodec.read(in),
                        SortNames.read(in));
            }
        };
    }

    /** A certificate expiring within 6 months after D, or expired within 6 months before it (days negative). */
    record ExpiringLine(String district, String commune, RatingRow rating, long daysLeft, SortNames names) {

        ExpiringLine(String district, String commune, RatingRow rating, long daysLeft) {
            this(district, commune, rating, daysLeft, SortNames.of(commune, rating.productName()));
        }

        /** Soonest first, then as the product list: a total order. */
        static final Comparator<ExpiringLine> ORDER = Comparator.comparingLong(ExpiringLine::daysLeft)
                .thenComparing(l -> l.rating().districtCode())
                .thenComparing(SortNames.order(ExpiringLine::names, ExpiringLine::commune, l -> l.rating().productName()))
                .thenComparing(l -> l.rating().productKey());

        static final SortedLines.Codec<ExpiringLine> CODEC = new SortedLines.Codec<>() {
            @Override
            public void write(DataOutput out, ExpiringLine line) throws IOException {
                writeText(out, line.district());
                writeText(out, line.commune());
                RatingCodec.write(line.rating(), out);
                out.writeLong(line.daysLeft());
                SortNames.write(out, line.names());
            }

            @Override
            public ExpiringLine read(DataInput in) throws IOException {
                return new ExpiringLine(readText(in), readText(in), RatingCodec.read(in), in.readLong(), SortNames.read(in));
            }
        };
    }

    record CommuneLine(String district, String commune, String type, Integer ntmYear, Boolean difficult,
                       Long households, Long poorHouseholds, int validProducts) {
    }

    /** Valid certified products of a product set (or of a group where the set is unknown), by stars. */
    record GroupLine(String groupNumber, String groupName, Integer setNumber, String setName, int[] byStars) {
    }

    /** Recognitions made in a year by stars, and valid certified products at the year's end (or at D). */
    record YearLine(int year, int[] recognisedByStars, int validAtEnd) {
    }

    /** One (district, period) of the completeness matrix. */
    record SubmissionLine(String districtCode, String district, Period period, String status, LocalDate receivedOn,
                          Boolean onTime, int versions, Integer rowsLoaded, Integer rowsRejected, String fileName) {
    }

    /** Per sheet of a submission in force: rows read, loaded, with warnings, rejected; the top rules broken. */
    record QualityLine(String district, Period period, String fileName, String sheet, int read, int loaded,
                       int warning, int rejected, String topRules) {
    }
}
