package vn.backan.ocop.report;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;

import static vn.backan.ocop.report.SortedLines.Codec.readText;
import static vn.backan.ocop.report.SortedLines.Codec.writeText;

/**
 * A product's newest rating on or before the report date, as the warehouse holds it.
 *
 * @param communeCode the commune recorded (valid on the rating date); reports map it to the commune valid on D
 * @param entityType  HTX, DN, THT or HKD from the entity dimension, or null where the entity is not listed
 */
record RatingRow(String districtCode, String productKey, String productCode, String productName, Integer setNo,
                 String groupNo, String entityName, String entityKey, String entityType, String communeCode,
                 LocalDate recognisedOn, int stars, BigDecimal score, String decisionNo, String level,
                 boolean valueChain, LocalDate expiresOn) {

    boolean validOn(LocalDate date) {
        return stars >= 3 && !recognisedOn.isAfter(date) && expiresOn.isAfter(date);
    }

    /** Written to a sorted run of report lines; {@link #read} reads it back. */
    void write(DataOutput out) throws IOException {
        writeText(out, districtCode);
        writeText(out, productKey);
        writeText(out, productCode);
        writeText(out, productName);
        out.writeInt(setNo == null ? -1 : setNo);
        writeText(out, groupNo);
        writeText(out, entityName);
        writeText(out, entityKey);
        writeText(out, entityType);
        writeText(out, communeCode);
        out.writeLong(recognisedOn.toEpochDay());
        out.writeInt(stars);
        writeText(out, score == null ? null : score.toString());
        writeText(out, decisionNo);
        writeText(out, level);
        out.writeBoolean(valueChain);
        out.writeLong(expiresOn.toEpochDay());
    }

    static RatingRow read(DataInput in) throws IOException {
        String district = readText(in);
        String key = readText(in);
        String code = readText(in);
        String name = readText(in);
        int set = in.readInt();
        String group = readText(in);
        String entityName = readText(in);
        String entityKey = readText(in);
        String entityType = readText(in);
        String commune = readText(in);
        LocalDate recognised = LocalDate.ofEpochDay(in.readLong());
        int stars = in.readInt();
        String score = readText(in);
        String decision = readText(in);
        String level = readText(in);
        boolean valueChain = in.readBoolean();
        LocalDate expires = LocalDate.ofEpochDay(in.readLong());
        return new RatingRow(district, key, code, name, set < 0 ? null : set, group, entityName, entityKey, entityType, commune,
                recognised, stars, score == null ? null : new BigDecimal(score), decision, level, valueChain, expires);
    }
}
