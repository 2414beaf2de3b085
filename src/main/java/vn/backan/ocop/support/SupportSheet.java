package vn.backan.ocop.support;

import static vn.backan.ocop.sheet.SqlType.INTEGER;
import static vn.backan.ocop.sheet.SqlType.numeric;
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

/** Sheet {@code Hỗ trợ}: staged in stg_support, published as the versioned supports of fct_support. */
@Component
public final class SupportSheet extends SheetDescription {

    static final StagingTable<SupportRecord> STAGING = StagingTable.of("stg_support", SupportRecord.class,
            StagedColumn.of("support_type", varchar(30), SupportRecord::type),
            StagedColumn.of("target", varchar(500), SupportRecord::target),
            StagedColumn.of("target_key", varchar(500), SupportRecord::targetKey),
            StagedColumn.of("commune_code", varchar(5), SupportRecord::communeCode),
            StagedColumn.of("support_year", INTEGER, SupportRecord::year),
            StagedColumn.of("amount", numeric(14, 2), SupportRecord::amount),
            StagedColumn.of("funding_source", varchar(500), SupportRecord::fundingSource),
            StagedColumn.of("row_hash", varchar(32), SupportRecord::rowHash));

    private static final WarehouseTable WAREHOUSE = new WarehouseTable("fct_support", "support_sk", "stg_offered_support",
            "stg_publish_support",
            List.of(WarehouseTable.DISTRICT, staged("support_type"), staged("target_key"), staged("support_year")),
            List.of(staged("target"), staged("commune_code"), staged("amount"), staged("funding_source"), WarehouseTable.PERIOD));

    private static SqlColumn staged(String name) {
        return STAGING.column(name);
    }

    public SupportSheet() {
        super(SheetKind.SUPPORT, reference -> new SupportRowMapper(reference)::map, STAGING, WAREHOUSE,
                DuplicateKey.of(Column.SUPPORT_TARGET, "support_type", "target_key", "support_year").shownAs("target"), List.of());
    }
}
