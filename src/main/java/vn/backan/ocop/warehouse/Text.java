package vn.backan.ocop.warehouse;

/** Keeps text within its column: a hostile 32,000-character cell must not fail a whole load. */
final class Text {

    private Text() {
    }

    static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
