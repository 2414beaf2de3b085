package vn.backan.ocop.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.backan.ocop.submission.SheetKind;
import vn.backan.ocop.validation.Issue;
import vn.backan.ocop.validation.Outcome;
import vn.backan.ocop.validation.RowOrigin;
import vn.backan.ocop.validation.StagedRow;

class SheetsTest {

    /** A record no sheet stages. */
    private record Stray(RowOrigin origin, Outcome outcome, List<Issue> issues) implements StagedRow {
    }

    private static final RowOrigin ORIGIN = new RowOrigin(7, "PRODUCT", "Sản phẩm", 12);

    @Test
    void theSheetsComeInTheOrderTheyAreReadWhateverTheOrderSpringGives() {
        List<SheetDescription> found = new java.util.ArrayList<>(SheetsMatchMigrationsTest.descriptions());
        java.util.Collections.reverse(found);
        assertThat(new Sheets(found).all()).extracting(SheetDescription::kind).isEqualTo(SheetKind.dataSheets());
    }

    @Test
    void aMissingOrDoubledSheetFailsAtStartup() {
        List<SheetDescription> found = SheetsMatchMigrationsTest.descriptions();
        assertThatThrownBy(() -> new Sheets(found.subList(1, found.size()))).isInstanceOf(IllegalStateException.class);
        List<SheetDescription> doubled = new java.util.ArrayList<>(found);
        doubled.add(found.get(0));
        assertThatThrownBy(() -> new Sheets(doubled)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRecordNoSheetStagesFailsLoudly() {
        Sheets sheets = new Sheets(SheetsMatchMigrationsTest.descriptions());
        assertThatThrownBy(() -> sheets.of(new Stray(ORIGIN, Outcome.LOADED, List.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Stray");
    }

    /** A record of one text and one date field, staged in a table of two columns. */
    private record Note(RowOrigin origin, Outcome outcome, List<Issue> issues, String text, LocalDate on) implements StagedRow {
    }

    @Test
    void textIsCutToItsColumnAndDatesBecomeSqlDates() {
        StagingTable<Note> table = StagingTable.of("stg_note", Note.class,
                StagedColumn.of("text", SqlType.varchar(5), Note::text),
                StagedColumn.of("noted_on", SqlType.DATE, Note::on));
        Note note = new Note(new RowOrigin(7, "NOTE", "x".repeat(300), 12), Outcome.WARNING, List.of(), "abcdefgh",
                LocalDate.of(2021, 6, 30));

        assertThat(table.columnNames()).containsExactly("submission_id", "excel_row", "sheet_name", "outcome", "text", "noted_on");
        assertThat(table.values(note)).containsExactly(7L, 12, "x".repeat(100), "warning", "abcde", Date.valueOf("2021-06-30"));
        assertThat(table.holds(note)).isTrue();
        assertThat(table.holds(new Stray(ORIGIN, Outcome.LOADED, List.of()))).isFalse();
        assertThatThrownBy(() -> table.column("nothing")).hasMessageContaining("stg_note has no column nothing");
    }
}
