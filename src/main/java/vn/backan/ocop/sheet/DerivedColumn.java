package vn.backan.ocop.sheet;

/**
 * A warehouse column computed while publishing from a district's whole wanted state rather than from one
 * row: publishing fills it when it opens a version and corrects it on the versions that stay current, so
 * that readers compare with a stored value instead of recomputing it on every read. Not part of row_hash.
 *
 * @param column     the column and its type, as its migration creates it
 * @param fromWanted an SQL expression over the wanted row {@code w} of the work table, which may read the
 *                   other wanted rows of the same run ({@code w.run_id}) through the work table's index
 */
public record DerivedColumn(SqlColumn column, String fromWanted) {
}
