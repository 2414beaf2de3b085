package vn.backan.ocop.warehouse;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.backan.ocop.sheet.SheetDescription;
import vn.backan.ocop.sheet.Sheets;
import vn.backan.ocop.sheet.SqlType;
import vn.backan.ocop.validation.Outcome;

/** The data sheets of each submission: layout as found at intake, and row counts once staged. */
@Repository
public class SubmissionSheets {

    /** One sheet's staged rows of a submission counted by outcome: one range of its primary key. */
    private static final String BY_OUTCOME = """
            select outcome, count(*) from %s where submission_id = ? group by outcome
            """;

    private final JdbcTemplate jdbc;
    private final Sheets sheets;

    public SubmissionSheets(JdbcTemplate jdbc, Sheets sheets) {
        this.jdbc = jdbc;
        this.sheets = sheets;
    }

    /** Row counts of one sheet of a submission. */
    public record Counts(String sheetKind, String sheetName, int read, int loaded, int warning, int rejected) {
    }

    /**
     * @param headerFirstRow the header's first row (1-based), null when no header was found
     * @param headerRow      the header's last row, the one naming the columns; null when no header was found
     */
    public void recordLayout(long submissionId, String sheetKind, String sheetName, Integer headerFirstRow, Integer headerRow,
                             Map<String, Integer> columns) {
        String map = columns.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
        jdbc.update("delete from audit_submission_sheet where submission_id = ? and sheet_kind = ?", submissionId, sheetKind);
        jdbc.update("""
                insert into audit_submission_sheet (submission_id, sheet_kind, sheet_name, header_first_row, header_row,
                                                    column_map, rows_read, rows_loaded, rows_warning, rows_rejected)
                values (?, ?, ?, ?, ?, ?, 0, 0, 0, 0)
                """, submissionId, sheetKind, SqlType.cut(sheetName, 100), headerFirstRow, headerRow, SqlType.cut(map, 4000));
    }

    /**
     * The header rows of each sheet of a submission where one was found, by sheet name: its first and last row.
     *
     * @return empty when a sheet's first header row was not recorded (read before it was)
     */
    public Optional<Map<String, int[]>> headerRows(long submissionId) {
        Map<String, int[]> headers = new HashMap<>();
        boolean[] complete = {true};
        jdbc.query("""
                select sheet_name, header_first_row, header_row from audit_submission_sheet
                where submission_id = ? and header_row is not null
                """, rs -> {
            int first = rs.getInt(2);
            if (rs.wasNull()) {
                complete[0] = false;
            }
            headers.put(rs.getString(1), new int[] {first, rs.getInt(3)});
        }, submissionId);
        return complete[0] ? Optional.of(headers) : Optional.empty();
    }

    /** Spec column name → 0-based column index, as laid out in this submission's sheet. */
    public Map<String, Integer> layout(long submissionId, String sheetKind) {
        List<String> maps = jdbc.queryForList("""
                select column_map from audit_submission_sheet where submission_id = ? and sheet_kind = ?
                """, String.class, submissionId, sheetKind);
        Map<String, Integer> columns = new LinkedHashMap<>();
        if (!maps.isEmpty() && maps.get(0) != null && !maps.get(0).isEmpty()) {
            for (String pair : maps.get(0).split(",")) {
                String[] parts = pair.split("=");
                columns.put(parts[0], Integer.valueOf(parts[1]));
            }
        }
        return columns;
    }

    /** Counts each sheet's staged rows by outcome. */
    public void summarize(long submissionId) {
        for (SheetDescription sheet : sheets.all()) {
            Map<String, Integer> counts = new HashMap<>();
            jdbc.query(BY_OUTCOME.formatted(sheet.staging().name()), rs -> {
                counts.put(rs.getString(1), rs.getInt(2));
            }, submissionId);
            int read = counts.values().stream().mapToInt(Integer::intValue).sum();
            jdbc.update("""
                    update audit_submission_sheet set rows_read = ?, rows_loaded = ?, rows_warning = ?, rows_rejected = ?
                    where submission_id = ? and sheet_kind = ?
                    """, read, counts.getOrDefault(Outcome.LOADED.code(), 0), counts.getOrDefault(Outcome.WARNING.code(), 0),
                    counts.getOrDefault(Outcome.REJECTED.code(), 0), submissionId, sheet.kind().name());
        }
    }

    /** The name of a submission's sheet of that kind, where it was read: found, and its header too. */
    public Optional<String> sheetRead(long submissionId, String sheetKind) {
        return jdbc.queryForList("""
                select sheet_name from audit_submission_sheet
                where submission_id = ? and sheet_kind = ? and header_row is not null
                """, String.class, submissionId, sheetKind).stream().findFirst();
    }

    public List<Counts> counts(long submissionId) {
        return jdbc.query("""
                        select sheet_kind, sheet_name, rows_read, rows_loaded, rows_warning, rows_rejected
                        from audit_submission_sheet where submission_id = ?
                        """,
                (rs, n) -> new Counts(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6)),
                submissionId);
    }
}
