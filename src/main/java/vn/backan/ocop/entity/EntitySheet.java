package vn.backan.ocop.entity;

import static vn.backan.ocop.sheet.SqlType.BIGINT;
import static vn.backan.ocop.sheet.SqlType.INTEGER;
import static vn.backan.ocop.sheet.SqlType.varchar;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.backan.ocop.sheet.DuplicateKey;
import vn.backan.ocop.sheet.SheetDescription;
import vn.backan.ocop.sheet.SqlColumn;
import vn.backan.ocop.sheet.StagedColumn;
import vn.backan.ocop.sheet.StagingTable;
import vn.backan.ocop.sheet.WarehouseTable;
import vn.backan.ocop.submission.Column;
import vn.backan.ocop.submission.SheetKind;

/** Sheet {@code Chủ thể}: staged in stg_entity, published as the versioned entities of dim_entity. */
@Component
public final class EntitySheet extends SheetDescription {

    static final StagingTable<EntityRecord> STAGING = StagingTable.of("stg_entity", EntityRecord.class,
            StagedColumn.of("entity_name", varchar(500), EntityRecord::name),
            StagedColumn.of("entity_key", varchar(500), EntityRecord::entityKey),
            StagedColumn.of("entity_type", varchar(4), EntityRecord::type),
            StagedColumn.of("commune_code", varchar(5), EntityRecord::communeCode),
            StagedColumn.of("tax_code", varchar(14), EntityRecord::taxCode),
            StagedColumn.of("founded_year", INTEGER, EntityRecord::foundedYear),
            StagedColumn.of("members", BIGINT, EntityRecord::members),
            StagedColumn.of("workers", BIGINT, EntityRecord::workers),
            StagedColumn.of("row_hash", varchar(32), EntityRecord::rowHash));

    private static final WarehouseTable WAREHOUSE = new WarehouseTable("dim_entity", "entity_sk", "stg_offered_entity",
            "stg_publish_entity",
            List.of(WarehouseTable.DISTRICT, staged("entity_key")),
            List.of(staged("entity_name"), staged("entity_type"), staged("commune_code"), staged("tax_code"),
                    staged("founded_year"), staged("members"), staged("workers"), WarehouseTable.PERIOD));

    private static SqlColumn staged(String name) {
        return STAGING.column(name);
    }

    public EntitySheet() {
        super(SheetKind.ENTITY, reference -> new EntityRowMapper(reference)::map, STAGING, WAREHOUSE,
                DuplicateKey.of(Column.ENTITY_NAME, "entity_key").shownAs("entity_name"), List.of());
    }
}
