package vn.backan.ocop.report;

import java.util.Locale;

/** The top of every sheet of the progress workbook: its title, the date line, its notes, a blank row. */
record Heading(String subtitle) {

    void write(SheetWriter w, String title, String... notes) {
        w.title(title).note(subtitle);
        for (String note : notes) {
            w.note(note);
        }
        w.blank();
    }

    /** " — năm 2021" for the current period's title suffix, or "" without one. */
    static String period(Progress p) {
        return p.currentPeriod() == null ? "" : " — " + p.currentPeriod().label().toLowerCase(Locale.ROOT);
    }
}
