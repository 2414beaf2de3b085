package vn.backan.ocop.job;

import java.util.List;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import vn.backan.ocop.commune.CommuneRowMapper;
import vn.backan.ocop.entity.EntityRowMapper;
import vn.backan.ocop.intake.SourceRow;
import vn.backan.ocop.product.ProductRowMapper;
import vn.backan.ocop.reference.ReferenceData;
import vn.backan.ocop.support.SupportRowMapper;
import vn.backan.ocop.validation.SkippedRow;
import vn.backan.ocop.validation.StagedRow;

/** Sends each row to its sheet's mapper. Pure: reference data is in memory, nothing is read or written. */
class RowProcessor implements ItemProcessor<SourceRow, StagedRow> {

    private final ProductRowMapper products;
    private final EntityRowMapper entities;
    private final CommuneRowMapper communes;
    private final SupportRowMapper supports;

    RowProcessor(ReferenceData reference) {
        this.products = new ProductRowMapper(reference);
        this.entities = new EntityRowMapper(reference);
        this.communes = new CommuneRowMapper(reference);
        this.supports = new SupportRowMapper(reference);
    }

    @Override
    public StagedRow process(SourceRow row) {
        if (row.notData() != null) {
            return new SkippedRow(row.origin(), List.of(row.notData()));
        }
        return switch (row.kind()) {
            case PRODUCT -> products.map(row);
            case ENTITY -> entities.map(row);
            case COMMUNE -> communes.map(row);
            case SUPPORT -> supports.map(row);
            case COVER -> throw new IllegalArgumentException("The cover sheet has no data rows");
        };
    }
}
