package vn.backan.ocop.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.backan.ocop.fixtures.TestDatabase;

/**
 * The products in force follow the files in force by what changed: counted whole for a district with
 * no file counted, then up for a file that comes in and down for one that leaves, and whole again when
 * a file leaving force has no staged rows any more. Two products' changes are held at a time, so every
 * step also writes part of its changes before it has read all the files. After each step the counts are
 * what the staged rows of the files in force give, recounted by one query.
 */
class ProductsInForceTest {

    @TempDir
    Path home;

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void theCountsFollowTheFilesInForce(TestDatabase.Kind kind) {
        JdbcTemplate jdbc = TestDatabase.create(kind, home).migrated();
        ProductsInForce products = new ProductsInForce(jdbc, jdbc, "stg_product", 2);

        // District 058: a 2019 and a 2020 file; b twice in 2019 (two ratings), c rejected by its row checks,
        // g rejected later as a duplicate copy, which its file counted coming in. 060: one file.
        file(jdbc, 1, "058", "2019", "a", "b", "b", "-c", "*g");
        file(jdbc, 2, "058", "2020", "a", "d");
        file(jdbc, 3, "060", "2020", "a");
        products.refresh();
        assertThat(counted(jdbc)).isEqualTo(recounted(jdbc)).containsExactly("058 a 2", "058 b 1", "058 d 1", "058 g 1", "060 a 1");

        // 058's 2020 file corrected: d goes, e comes; a stays counted twice.
        supersede(jdbc, 2);
        file(jdbc, 4, "058", "2020", "a", "e", "e");
        products.refresh();
        assertThat(counted(jdbc)).isEqualTo(recounted(jdbc)).containsExactly("058 a 2", "058 b 1", "058 e 1", "058 g 1", "060 a 1");
        assertThat(files(jdbc)).containsExactly(1L, 3L, 4L);

        // Nothing changed: nothing read, nothing written.
        products.refresh();
        assertThat(counted(jdbc)).containsExactly("058 a 2", "058 b 1", "058 e 1", "058 g 1", "060 a 1");

        // 058's 2019 file superseded after its staged rows were purged: the district is counted whole.
        supersede(jdbc, 1);
        jdbc.update("update audit_submission set staged_rows_purged_at = ? where submission_id = 1", Timestamp.from(Instant.now()));
        jdbc.update("delete from stg_product where submission_id = 1");
        file(jdbc, 5, "058", "2019", "f", "a");
        products.refresh();
        assertThat(counted(jdbc)).isEqualTo(recounted(jdbc)).containsExactly("058 a 2", "058 e 1", "058 f 1", "060 a 1");
        assertThat(files(jdbc)).containsExactly(3L, 4L, 5L);
    }

    /**
     * A file in force with a row per product named: a name starting with '-' is a row its row checks
     * rejected, one starting with '*' a later copy of a duplicate key, rejected by the review.
     */
    private static void file(JdbcTemplate jdbc, long id, String district, String period, String... products) {
        jdbc.update("""
                insert into audit_submission (submission_id, sha256, file_name, file_path, size_bytes, received_at,
                                              district_code, period_code, status, is_current, run_id)
                values (?, ?, ?, ?, 1, ?, ?, ?, 'accepted', true, 1)
                """, id, "sha" + id, id + ".xlsx", "/in/" + id + ".xlsx", Timestamp.from(Instant.now()), district, period);
        int row = 2;
        for (String product : products) {
            boolean duplicate = product.startsWith("*");
            boolean rejected = duplicate || product.startsWith("-");
            String name = product.substring(rejected ? 1 : 0);
            jdbc.update("""
                    insert into stg_product (submission_id, excel_row, sheet_name, outcome, name_key, entity_key, value_chain, row_hash)
                    values (?, ?, 'Sản phẩm', ?, ?, 'htx', false, 'h')
                    """, id, row, rejected ? "rejected" : "loaded", name);
            if (rejected) {
                jdbc.update("""
                        insert into stg_issue (submission_id, sheet_kind, excel_row, issue_code, severity, issue_kind)
                        values (?, 'PRODUCT', ?, ?, 'ERROR', 'CROSS')
                        """, id, row, duplicate ? "DUPLICATE_IN_FILE" : "STARS_INVALID");
            }
            row++;
        }
    }

    private static void supersede(JdbcTemplate jdbc, long id) {
        jdbc.update("update audit_submission set is_current = false where submission_id = ?", id);
    }

    private static List<String> counted(JdbcTemplate jdbc) {
        return jdbc.queryForList("""
                select district_code || ' ' || name_key || ' ' || files from int_product_in_force order by 1
                """, String.class);
    }

    private static List<String> recounted(JdbcTemplate jdbc) {
        return jdbc.queryForList("""
                select s.district_code || ' ' || p.name_key || ' ' || count(distinct p.submission_id)
                from audit_submission s
                join stg_product p on p.submission_id = s.submission_id
                where s.is_current and p.name_key is not null and p.entity_key is not null
                  and (p.outcome <> 'rejected' or exists (select 1 from stg_issue i where i.submission_id = p.submission_id
                       and i.excel_row = p.excel_row and i.sheet_kind = 'PRODUCT' and i.issue_code = 'DUPLICATE_IN_FILE'))
                group by s.district_code, p.name_key
                order by 1
                """, String.class);
    }

    private static List<Long> files(JdbcTemplate jdbc) {
        return jdbc.queryForList("select submission_id from int_product_in_force_file order by submission_id", Long.class);
    }
}
