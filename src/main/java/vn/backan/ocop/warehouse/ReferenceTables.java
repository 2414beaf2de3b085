package vn.backan.ocop.warehouse;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.backan.ocop.reference.Commune;
import vn.backan.ocop.reference.ProductSet;
import vn.backan.ocop.reference.ReferenceData;
import vn.backan.ocop.validation.RowHash;

/** Keeps the ref_ tables equal to the reference data shipped with the program, so SQL can join them. */
@Repository
public class ReferenceTables {

    private final JdbcTemplate jdbc;

    public ReferenceTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Reloads the tables whose content changed since the last load; returns true if anything was loaded. */
    public boolean sync(ReferenceData reference, Instant now) {
        List<Object[]> districts = reference.gazetteer().districts().stream()
                .map(d -> new Object[] {d.code(), d.name(), d.type()}).toList();
        List<Object[]> communes = new ArrayList<>();
        Map<String, Integer> versions = new HashMap<>();
        for (Commune c : reference.gazetteer().communes()) {
            int version = versions.merge(c.code(), 1, Integer::sum);
            communes.add(new Object[] {c.code(), version, c.name(), c.type(), c.districtCode(), c.validFrom(), c.validTo(),
                    c.successors().isEmpty() ? null : String.join("|", c.successors())});
        }
        List<Object[]> sets = new ArrayList<>();
        for (ProductSet s : reference.classification().sets()) {
            sets.add(new Object[] {s.number(), s.groupNumber(), s.groupName(), s.family(),
                    s.subFamily() == null || s.subFamily().isEmpty() ? null : s.subFamily(), s.name()});
        }
        boolean loaded = load("ref_district", districts, "insert into ref_district (district_code, district_name, district_type) values (?, ?, ?)", now);
        loaded |= load("ref_commune", communes, """
                insert into ref_commune (commune_code, version_no, commune_name, commune_type, district_code, valid_from,
                                         valid_to, successor_codes)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """, now);
        loaded |= load("ref_product_set", sets, """
                insert into ref_product_set (set_no, group_no, group_name, family_name, sub_family_name, set_name)
                values (?, ?, ?, ?, ?, ?)
                """, now);
        return loaded;
    }

    private boolean load(String table, List<Object[]> rows, String insert, Instant now) {
        String checksum = RowHash.of(rows.stream().map(Arrays::deepToString).toArray());
        List<String> stored = jdbc.queryForList("select checksum from ref_version where ref_name = ?", String.class, table);
        if (stored.size() == 1 && stored.get(0).equals(checksum)) {
            return false;
        }
        jdbc.update("delete from %s".formatted(table));
        jdbc.batchUpdate(insert, rows);
        jdbc.update("delete from ref_version where ref_name = ?", table);
        jdbc.update("insert into ref_version (ref_name, checksum, loaded_at) values (?, ?, ?)", table, checksum, Timestamp.from(now));
        return true;
    }

}
