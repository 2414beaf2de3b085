package vn.backan.ocop.sheet;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.backan.ocop.submission.SheetKind;
import vn.backan.ocop.validation.StagedRow;

/** The descriptions of the data sheets, in the order the sheets are read (that of {@link SheetKind}). */
@Component
public class Sheets {

    private final List<SheetDescription> all;

    public Sheets(List<SheetDescription> descriptions) {
        this.all = descriptions.stream().sorted(Comparator.comparing(SheetDescription::kind)).toList();
        List<SheetKind> kinds = all.stream().map(SheetDescription::kind).toList();
        if (!kinds.equals(SheetKind.dataSheets())) {
            throw new IllegalStateException("One description per data sheet %s expected, found %s"
                    .formatted(SheetKind.dataSheets(), kinds));
        }
    }

    public List<SheetDescription> all() {
        return all;
    }

    public SheetDescription of(SheetKind kind) {
        return all.stream().filter(d -> d.kind() == kind).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No data sheet " + kind));
    }

    /** The sheet whose staging table takes this row; a record no sheet stages is a programming error. */
    public SheetDescription of(StagedRow row) {
        return all.stream().filter(d -> d.staging().holds(row)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No sheet stages a " + row.getClass().getName()));
    }

    public List<String> stagingTables() {
        return all.stream().map(d -> d.staging().name()).toList();
    }

    public List<String> warehouseTables() {
        return all.stream().map(d -> d.warehouse().table()).toList();
    }
}
