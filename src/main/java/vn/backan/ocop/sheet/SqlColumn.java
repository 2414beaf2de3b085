package vn.backan.ocop.sheet;

/** A column of a table a sheet is stored in, with the type its migration gives it. */
public record SqlColumn(String name, SqlType type) {

    public static SqlColumn of(String name, SqlType type) {
        return new SqlColumn(name, type);
    }
}
