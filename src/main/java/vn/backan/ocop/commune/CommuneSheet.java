package vn.backan.ocop.commune;

import static vn.backan.ocop.sheet.SqlType.BIGINT;
import static vn.backan.ocop.sheet.SqlType.BOOLEAN;
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

/**
 * Sheet {@code Xã}: staged in stg_commune_indicator, published as the versioned indicators of
 * fct_commune_indicator, one per commune and period.
 */
@Component
public final class CommuneSheet extends SheetDescription {

    static final StagingTable<CommuneIndicatorRecord> STAGING = StagingTable.of("stg_commune_indicator",
            CommuneIndicatorRecord.class,
            StagedColumn.of("commune_code", varchar(5), CommuneIndicatorRecord::communeCode),
            StagedColumn.of("ntm_year", INTEGER, CommuneIndicatorRecord::ntmYear),
            StagedColumn.of("especially_difficult", BOOLEAN, CommuneIndicatorRecord::especiallyDifficult),
            StagedColumn.of("households", BIGINT, CommuneIndicatorRecord::households),
            StagedColumn.of("poor_households", BIGINT, CommuneIndicatorRecord::poorHouseholds),
            StagedColumn.of("row_hash", varchar(32), CommuneIndicatorRecord::rowHash));

    private static final WarehouseTable WAREHOUSE = new WarehouseTable("fct_commune_indicator", "indicator_sk",
            "stg_offered_commune_indicator", "stg_publish_commune_indicator",
            List.of(WarehouseTable.DISTRICT, WarehouseTable.PERIOD, staged("commune_code")),
            List.of(staged("ntm_year"), staged("especially_difficult"), staged("households"), staged("poor_households")));

    private static SqlColumn staged(String name) {
        return STAGING.column(name);
    }

    public CommuneSheet() {
        super(SheetKind.COMMUNE, reference -> new CommuneRowMapper(reference)::map, STAGING, WAREHOUSE,
                DuplicateKey.of(Column.COMMUNE_NAME, "commune_code"), List.of());
    }
}
