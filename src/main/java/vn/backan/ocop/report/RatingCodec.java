package vn.backan.ocop.report;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;

import vn.backan.ocop.warehouse.read.RatingRow;

import static vn.backan.ocop.report.SortedLines.Codec.readText;
import static vn.backan.ocop.report.SortedLines.Codec.writeText;

/** A rating written to a sorted run of report lines, and read back. */
final class RatingCodec {

    private RatingCodec() {
    }

    static void write(RatingRow r, DataOutput out) throws IOException {
        writeText(out, r.districtCode());
        writeText(out, r.productKey());
        writeText(out, r.productCode());
        writeText(out, r.productName());
        out.writeInt(r.setNo() == null ? -1 : r.setNo());
        writeText(out, r.groupNo());
        writeText(out, r.entityName());
        writeText(out, r.entityKey());
        writeText(out, r.entityType());
        writeText(out, r.communeCode());
        out.writeLong(r.recognisedOn().toEpochDay());
        out.writeInt(r.stars());
        writeText(out, r.score() == null ? null : r.score().toString());
        writeText(out, r.decisionNo());
        writeText(out, r.level());
        out.writeBoolean(r.valueChain());
        out.writeLong(r.expiresOn().toEpochDay());
        out.writeBoolean(r.validUntil() != null);
        out.writeLong(r.validUntil() == null ? 0 : r.validUntil().toEpochDay());
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
        boolean valid = in.readBoolean();
        long validUntil = in.readLong();
        return new RatingRow(district, key, code, name, set < 0 ? null : set, group, entityName, entityKey, entityType, commune,
                recognised, stars, score == null ? null : new BigDecimal(score), decision, level, valueChain, expires,
                valid ? LocalDate.ofEpochDay(validUntil) : null);
    }
}
