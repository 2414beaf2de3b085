package vn.backan.ocop.sheet;

import java.util.function.Function;

/** A staging column and the record field it stores. */
public record StagedColumn<R>(SqlColumn column, Function<? super R, ?> value) {

    public static <R> StagedColumn<R> of(String name, SqlType type, Function<? super R, ?> value) {
        return new StagedColumn<>(new SqlColumn(name, type), value);
    }

    public String name() {
        return column.name();
    }
}
