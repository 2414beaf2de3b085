package vn.backan.ocop.product;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import vn.backan.ocop.submission.SheetKind;

/**
 * Each district's distinct products (name and entity) in its files in force, with the number of those
 * files that report each (int_product_in_force), and the files counted (int_product_in_force_file).
 * Kept in step with the files in force by what changed since the last review: a file that left force
 * takes its products' counts down, a file that came in puts them up, and a product no file reports any
 * more goes. A corrected file costs the rows of two files, not of all the district's rounds (a cumulative
 * list repeats every product in each: 147,000 staged rows for 7,000 products in the benchmark).
 * <p>
 * A district is counted whole from its files in force when none of its files is recorded (its first
 * files, or the migration that introduced the counts), or when a file leaving force no longer has its
 * staged rows. A file's rows are those its row checks accepted: the duplicate check, the only cross-row
 * rule that rejects rows, comes after a file is counted in and is not undone when it is counted out.
 */
final class ProductsInForce {

    /** Districts whose files in force are not the files counted, in either direction. */
    private static final String CHANGED = """
            select s.district_code from audit_submission s
            where s.is_current and s.district_code is not null
              and not exists (select 1 from int_product_in_force_file f where f.submission_id = s.submission_id)
            union
            select f.district_code from int_product_in_force_file f
            where not exists (select 1 from audit_submission s where s.submission_id = f.submission_id and s.is_current)
            """;

    private static final String IN_FORCE = """
            select submission_id from audit_submission where is_current and district_code = ?
            """;

    private static final String COUNTED = """
            select submission_id from int_product_in_force_file where district_code = ?
            """;

    private static final String PURGED = """
            select count(*) from audit_submission where submission_id in (%s) and staged_rows_purged_at is not null
            """;

    /**
     * The rows by which a file reports a product: not rejected when the file was counted coming in, before
     * the review of its run rejected the later copies of its duplicate keys (rows with DUPLICATE_IN_FILE),
     * so that the file takes away what it brought.
     */
    private static final String REPORTING = """
            p.submission_id = ? and p.name_key is not null and p.entity_key is not null
              and (p.outcome <> 'rejected'
                   or exists (select 1 from stg_issue i
                              where i.submission_id = p.submission_id and i.sheet_kind = ? and i.excel_row = p.excel_row
                                and i.issue_code = 'DUPLICATE_IN_FILE'))""";

    /** A file's distinct products. */
    private static final String PRODUCTS = """
            select distinct p.name_key, p.entity_key from %s p where %s
            """;

    private static final String ADD = """
            update int_product_in_force set files = files + ? where district_code = ? and name_key = ? and entity_key = ?
            """;

    private static final String INSERT = """
            insert into int_product_in_force (district_code, name_key, entity_key, files) values (?, ?, ?, ?)
            """;

    private static final String ROWS = """
            select count(*) from %s where submission_id = ?
            """;

    /** A file's products, each counted once: the first file of a district counted from nothing. */
    private static final String FIRST = """
            insert into int_product_in_force (district_code, name_key, entity_key, files)
            select distinct ?, p.name_key, p.entity_key, 1 from %s p where %s
            """;

    private static final String INSERT_MISSING = """
            insert into int_product_in_force (district_code, name_key, entity_key, files)
            select ?, ?, ?, ? where not exists (select 1 from int_product_in_force
                                                where district_code = ? and name_key = ? and entity_key = ?)
            """;

    private static final String KIND = SheetKind.PRODUCT.name();

    private static final int BATCH = 1000;

    /** Products whose changes are held in memory before they are written (about 250 bytes each). */
    static final int HELD = 50_000;

    private final JdbcTemplate jdbc;
    private final JdbcTemplate cursor;
    private final String staging;
    private final int held;

    /** @param held how many products' changes are held in memory at most before they are written */
    ProductsInForce(JdbcTemplate jdbc, JdbcTemplate cursor, String staging, int held) {
        this.jdbc = jdbc;
        this.cursor = cursor;
        this.staging = staging;
        this.held = held;
    }

    /** Brings every district whose files in force changed up to date. */
    void refresh() {
        for (String district : jdbc.queryForList(CHANGED, String.class)) {
            Set<Long> inForce = new LinkedHashSet<>(jdbc.queryForList(IN_FORCE, Long.class, district));
            Set<Long> counted = new LinkedHashSet<>(jdbc.queryForList(COUNTED, Long.class, district));
            Set<Long> entering = new LinkedHashSet<>(inForce);
            entering.removeAll(counted);
            Set<Long> leaving = new LinkedHashSet<>(counted);
            leaving.removeAll(inForce);
            if (counted.isEmpty() || purged(leaving)) {
                jdbc.update("delete from int_product_in_force where district_code = ?", district);
                jdbc.update("delete from int_product_in_force_file where district_code = ?", district);
                entering = inForce;
                leaving = Set.of();
                long largest = insertLargest(district, inForce);
                Set<Long> rest = new LinkedHashSet<>(inForce);
                rest.remove(largest);
                count(district, rest, leaving, largest < 0);
            } else {
                count(district, entering, leaving, false);
            }
            jdbc.batchUpdate("delete from int_product_in_force_file where submission_id = ?",
                    leaving.stream().map(id -> new Object[] {id}).toList());
            jdbc.batchUpdate("insert into int_product_in_force_file (submission_id, district_code) values (?, ?)",
                    entering.stream().map(id -> new Object[] {id, district}).toList());
        }
    }

    /**
     * Starts a district counted from nothing. Where its largest file in force has more rows than half the
     * products held in memory, that file's products go in at once, one each, and the other files are
     * counted on top of them: the 200,000-row file of the benchmark's 41 otherwise went through the driver
     * row by row and filled memory four times, each time written by an update and an insert per product
     * (the review 18.3 s against 12.9 s). Smaller files are all counted in memory.
     *
     * @return the file inserted, or -1 where none was
     */
    private long insertLargest(String district, Set<Long> files) {
        long largest = -1;
        long most = held / 2;
        for (long file : files) {
            long rows = jdbc.queryForObject(ROWS.formatted(staging), Long.class, file);
            if (rows > most) {
                largest = file;
                most = rows;
            }
        }
        if (largest >= 0) {
            jdbc.update(FIRST.formatted(staging, REPORTING), district, largest, KIND);
        }
        return largest;
    }

    private boolean purged(Set<Long> files) {
        return !files.isEmpty() && jdbc.queryForObject(PURGED.formatted(marks(files.size())), Long.class, files.toArray()) > 0;
    }

    /**
     * Reads the distinct products of each file that came in or left, and applies each product's change in
     * the number of files reporting it. Changes are kept in memory up to {@code held} products, then
     * written: a district's products need not fit in memory.
     */
    private void count(String district, Set<Long> entering, Set<Long> leaving, boolean empty) {
        Changes changes = new Changes(district, empty);
        String products = PRODUCTS.formatted(staging, REPORTING);
        for (long file : entering) {
            cursor.query(products, (RowCallbackHandler) rs -> changes.add(rs.getString(1), rs.getString(2), 1), file, KIND);
        }
        for (long file : leaving) {
            cursor.query(products, (RowCallbackHandler) rs -> changes.add(rs.getString(1), rs.getString(2), -1), file, KIND);
        }
        changes.write();
        if (!leaving.isEmpty()) {
            jdbc.update("delete from int_product_in_force where district_code = ? and files <= 0", district);
        }
    }

    /**
     * A product's name and entity keys, hashed so that names and entities numbered alike spread. As a list
     * (31 times the first hash plus the second), the benchmark's "san pham 061 17" of "061 17" and its
     * siblings hashed 32 apart: up to 20 products to a bucket while the map grew, searched as trees (76 of
     * the first load's 900 counting samples, JFR).
     */
    private record Product(String name, String entity) {
        @Override
        public int hashCode() {
            int h = Integer.rotateLeft(name.hashCode() * 0x9E3779B9, 16) + entity.hashCode();
            return h ^ h >>> 16;
        }
    }

    /** A product of a district and by how many files its count changes, until written. */
    private final class Changes {
        private final String district;
        /** The district has no product counted yet: plain inserts, until the first write. */
        private boolean empty;
        private final Map<Product, int[]> byProduct = new HashMap<>();

        Changes(String district, boolean empty) {
            this.district = district;
            this.empty = empty;
        }

        void add(String name, String entity, int files) {
            byProduct.computeIfAbsent(new Product(name, entity), k -> new int[1])[0] += files;
            if (byProduct.size() >= held) {
                write();
            }
        }

        /**
         * Adds each change to the count of a product already counted, then inserts the products not counted
         * yet with theirs (a product the update found is not inserted): an update per product counted, an
         * insert per new one, and nothing depends on the update counts a driver reports for a batch.
         */
        void write() {
            List<Object[]> added = new ArrayList<>();
            List<Object[]> inserted = new ArrayList<>();
            // In key order: in the hash's order, each update and insert landed on another page of the table's key
            // (the 41-file set's review 17.4 s against 12.3 s, once the hash spread the products).
            List<Map.Entry<Product, int[]>> entries = new ArrayList<>(byProduct.entrySet());
            entries.sort(Map.Entry.comparingByKey(Comparator.comparing(Product::name).thenComparing(Product::entity)));
            for (Map.Entry<Product, int[]> e : entries) {
                String name = e.getKey().name();
                String entity = e.getKey().entity();
                int files = e.getValue()[0];
                if (empty) {
                    inserted.add(new Object[] {district, name, entity, files});
                } else if (files != 0) {
                    added.add(new Object[] {files, district, name, entity});
                    if (files > 0) {
                        inserted.add(new Object[] {district, name, entity, files, district, name, entity});
                    }
                }
            }
            batches(ADD, added);
            batches(empty ? INSERT : INSERT_MISSING, inserted);
            byProduct.clear();
            empty = false;
        }
    }

    private void batches(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            jdbc.batchUpdate(sql, rows.subList(from, Math.min(from + BATCH, rows.size())));
        }
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
