package vn.backan.ocop.warehouse.read;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The current ratings as the reports count them. Which rating is a product's newest on a day, and
 * whether it is a valid certificate then, is decided once, by the view {@code v_rating_span}
 * (V60__create_v_rating_span.sql); the queries here only compare their day with the view's spans.
 */
@Repository
public class Ratings {

    /** Rows fetched at a time by a cursor; PostgreSQL's driver otherwise reads a whole result into memory. */
    static final int FETCH_SIZE = 1000;

    /** {@code r} is its product's newest current rating on {@code :date}. */
    static final String NEWEST_ON = "r.recognised_on <= :date and (r.newest_until is null or :date < r.newest_until)";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate cursor;
    private volatile Boolean h2;

    public Ratings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        JdbcTemplate fetching = new JdbcTemplate(jdbc.getDataSource());
        fetching.setFetchSize(FETCH_SIZE);
        this.cursor = new NamedParameterJdbcTemplate(fetching);
    }

    /**
     * Each product's newest current rating on {@code date}, if it is certified (3 stars and up) and
     * expires after {@code expiringAfter}: read through a cursor, one row at a time.
     */
    public void newestOn(LocalDate date, LocalDate expiringAfter, Consumer<RatingRow> each) {
        String sql = """
                select r.district_code, r.product_key, r.product_code, r.product_name, r.set_no, r.group_no,
                       r.entity_name, r.entity_key, e.entity_type, r.commune_code, r.recognised_on, r.stars, r.score,
                       r.decision_no, r.recognition_level, r.value_chain, r.expires_on, r.valid_until
                from v_rating_span r
                left join dim_entity e on e.valid_to_run is null and e.district_code = r.district_code
                     and e.entity_key = r.entity_key
                where r.certified and r.expires_on > :after and %s
                """.formatted(NEWEST_ON);
        streamed(() -> cursor.query(sql, Map.of("date", Date.valueOf(date), "after", Date.valueOf(expiringAfter)),
                rs -> {
                    each.accept(rating(rs));
                }));
    }

    /**
     * Runs a long read lazily on H2, which otherwise copies the whole result into a temporary file before
     * handing over its first row (300,000 ratings of the 41-file benchmark: 7.0 s, lazily 4.3 s). The
     * setting belongs to the connection, so it is only switched on inside a transaction, whose one
     * connection it is switched off on again; PostgreSQL streams through the cursor anyway.
     */
    private void streamed(Runnable read) {
        if (!TransactionSynchronizationManager.isActualTransactionActive() || !onH2()) {
            read.run();
            return;
        }
        jdbc.execute("set lazy_query_execution true");
        try {
            read.run();
        } finally {
            jdbc.execute("set lazy_query_execution false");
        }
    }

    private boolean onH2() {
        if (h2 == null) {
            h2 = "H2".equals(jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName()));
        }
        return h2;
    }

    /**
     * Certified recognitions per day and stars up to {@code to}, per day those that are their product's
     * first since each of the days {@code since} (fct_rating.previous_certified_on, stored by publishing),
     * and the days on which they began and stopped being valid certificates (v_rating_span's spans):
     * counted by the database in one pass, as every fact since the programme's start would not fit in
     * memory at a country's scale.
     */
    public Recognitions recognitions(LocalDate to, List<LocalDate> since) {
        List<String> firsts = new ArrayList<>();
        List<Object> arguments = new ArrayList<>();
        for (LocalDate day : since) {
            firsts.add(", count(case when previous_certified_on is null or previous_certified_on < ? then 1 end)");
            arguments.add(Date.valueOf(day));
        }
        arguments.add(Date.valueOf(to));
        String sql = """
                select recognised_on, stars, valid_until, count(*)%s from v_rating_span
                where certified and recognised_on <= ?
                group by recognised_on, stars, valid_until
                """.formatted(String.join("", firsts));
        Recognitions.Counter counter = new Recognitions.Counter(to, since);
        // Lazily on H2 too: grouping the view's rows otherwise first copies every column of every current
        // rating into a temporary result (5.1 s against 3.1 s on the 41-file benchmark's 400,000 ratings).
        streamed(() -> jdbc.query(sql, rs -> {
            int[] first = new int[since.size()];
            for (int i = 0; i < since.size(); i++) {
                first[i] = rs.getInt(5 + i);
            }
            counter.add(rs.getDate(1).toLocalDate(), rs.getInt(2), rs.getDate(3).toLocalDate(), rs.getInt(4), first);
        }, arguments.toArray()));
        return counter.recognitions();
    }

    private static RatingRow rating(ResultSet rs) throws SQLException {
        Integer setNo = (Integer) rs.getObject("set_no", Integer.class);
        Date validUntil = rs.getDate("valid_until");
        return new RatingRow(rs.getString("district_code"), rs.getString("product_key"), rs.getString("product_code"),
                rs.getString("product_name"), setNo, rs.getString("group_no"), rs.getString("entity_name"),
                rs.getString("entity_key"), rs.getString("entity_type"), rs.getString("commune_code"),
                rs.getDate("recognised_on").toLocalDate(), rs.getInt("stars"), rs.getBigDecimal("score"),
                rs.getString("decision_no"), rs.getString("recognition_level"), rs.getBoolean("value_chain"),
                rs.getDate("expires_on").toLocalDate(), validUntil == null ? null : validUntil.toLocalDate());
    }
}
