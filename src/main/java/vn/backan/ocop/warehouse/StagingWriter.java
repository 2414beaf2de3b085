package vn.backan.ocop.warehouse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Repository;

import vn.backan.ocop.sheet.SheetDescription;
import vn.backan.ocop.sheet.Sheets;
import vn.backan.ocop.validation.Outcome;
import vn.backan.ocop.validation.StagedRow;

/** Writes validated rows and their issues to staging: per chunk, one COPY or one batched insert per table. */
@Repository
public class StagingWriter {

    private final RowSink sink;
    private final IssueStore issues;
    private final Sheets sheets;

    public StagingWriter(RowSink sink, IssueStore issues, Sheets sheets) {
        this.sink = sink;
        this.issues = issues;
        this.sheets = sheets;
    }

    public void write(List<? extends StagedRow> rows) {
        Map<SheetDescription, List<Object[]>> staged = new LinkedHashMap<>();
        sheets.all().forEach(sheet -> staged.put(sheet, new ArrayList<>()));
        List<IssueStore.Located> found = new ArrayList<>();
        for (StagedRow row : rows) {
            row.issues().forEach(issue -> found.add(new IssueStore.Located(row.origin().submissionId(), row.origin().sheetKind(), issue)));
            if (row.outcome() == Outcome.SKIPPED) {
                continue;
            }
            SheetDescription sheet = sheets.of(row);
            staged.get(sheet).add(sheet.staging().values(row));
        }
        staged.forEach((sheet, values) -> sink.insert(sheet.staging().name(), sheet.staging().columnNames(), values));
        issues.add(found);
    }
}
