package vn.backan.ocop.sheet;

/**
 * The SQL type of a column as the migrations declare it, the same on H2 and PostgreSQL. Text is cut to
 * its length before it is stored: a hostile 32,000-character cell must not fail a whole load.
 *
 * @param name   the type as information_schema.columns.data_type spells it (case aside)
 * @param length the maximum length of a varchar, the precision of a numeric, else 0
 * @param scale  the scale of a numeric, else 0
 */
public record SqlType(String name, int length, int scale) {

    public static final SqlType INTEGER = new SqlType("integer", 0, 0);
    public static final SqlType BIGINT = new SqlType("bigint", 0, 0);
    public static final SqlType DATE = new SqlType("date", 0, 0);
    public static final SqlType BOOLEAN = new SqlType("boolean", 0, 0);

    public static SqlType varchar(int length) {
        return new SqlType("character varying", length, 0);
    }

    public static SqlType numeric(int precision, int scale) {
        return new SqlType("numeric", precision, scale);
    }

    public boolean isText() {
        return name.equals("character varying");
    }

    /** The value within this column: text cut to the length, anything else as it is. */
    Object fit(Object value) {
        return isText() && value instanceof String text ? cut(text, length) : value;
    }

    /**
     * Text within a column of {@code max} characters. The one place text is cut before it is stored: the
     * staging tables through {@link #fit}, the audit and issue tables of {@code warehouse} directly.
     */
    public static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    @Override
    public String toString() {
        return switch (name) {
            case "character varying" -> "varchar(%d)".formatted(length);
            case "numeric" -> "numeric(%d, %d)".formatted(length, scale);
            default -> name;
        };
    }
}
