package vn.backan.ocop.warehouse;

import java.util.List;

/** Appends rows to a staging table, the fastest way the database allows. */
public interface RowSink {

    void insert(String table, List<String> columns, List<Object[]> rows);
}
