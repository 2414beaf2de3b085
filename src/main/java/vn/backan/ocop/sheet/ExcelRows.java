package vn.backan.ocop.sheet;

import java.util.Collections;

/**
 * Some rows of a submission's sheet named by their Excel rows, as a derived table {@code v(excel_row)}
 * to join to a staging table on the submission and the row. Not {@code excel_row in (...)}: H2 seeks an
 * index with an IN list only when its column leads the index, and a staging table's key leads with the
 * submission, so H2 read the submission's every row for each list (a 200,000-row file once per 1,000
 * rows asked). Joined from the list, each row is one seek of the key, on H2 as on PostgreSQL.
 */
public final class ExcelRows {

    private ExcelRows() {
    }

    /** The derived table of {@code count} parameters, one Excel row each. */
    public static String values(int count) {
        return "(values " + String.join(", ", Collections.nCopies(count, "(cast(? as int))")) + ") v(excel_row)";
    }
}
