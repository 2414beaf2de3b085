package vn.backan.ocop.job;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import vn.backan.ocop.intake.SourceRow;
import vn.backan.ocop.reference.ReferenceData;
import vn.backan.ocop.sheet.RowMapper;
import vn.backan.ocop.sheet.SheetDescription;
import vn.backan.ocop.sheet.Sheets;
import vn.backan.ocop.submission.SheetKind;
import vn.backan.ocop.validation.SkippedRow;
import vn.backan.ocop.validation.StagedRow;

/** Sends each row to its sheet's mapper. Pure: reference data is in memory, nothing is read or written. */
class RowProcessor implements ItemProcessor<SourceRow, StagedRow> {

    private final Map<SheetKind, RowMapper> mappers = new EnumMap<>(SheetKind.class);

    RowProcessor(Sheets sheets, ReferenceData reference) {
        for (SheetDescription sheet : sheets.all()) {
            mappers.put(sheet.kind(), sheet.mapper(reference));
        }
    }

    @Override
    public StagedRow process(SourceRow row) {
        if (row.notData() != null) {
            return new SkippedRow(row.origin(), List.of(row.notData()));
        }
        RowMapper mapper = mappers.get(row.kind());
        if (mapper == null) {
            throw new IllegalArgumentException("Sheet %s has no data rows".formatted(row.kind()));
        }
        return mapper.map(row);
    }
}
