package vn.backan.ocop.commune;

import static vn.backan.ocop.sheet.SqlType.BIGINT;
import static vn.backan.ocop.sheet.SqlType.BOOLEAN;
import static vn.backan.ocop.sheet.SqlType.INTEGER;
import static vn.backan.ocop.sheet.SqlType.varchar;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.backan.ocop.reference.ReferenceData;
import vn.backan.ocop.sheet.DuplicateKey;
import vn.backan.ocop.sheet.RowMapper;
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
public final class CommuneSheet implements SheetDescription {

    static final StagingTable<CommuneIndicatorRecord> STAGING = StagingTable.of("stg_commune_indicator",
            CommuneIndicatorRecord.class,
            StagedColumn.of("commune_code", varchar(5), CommuneIndicatorRecord::communeCode),
            StagedColumn.of("ntm_year", INTEGER, CommuneIndicatorRecord::ntmYear),
            StagedColumn.of("especially_difficult", BOOLEAN, CommuneIndicatorRecord::especiallyDifficult),
            StagedColumn.of("households", BIGINT, CommuneIndicatorRecord::households),
            StagedColumn.of("poor_households", BIGINT, CommuneIndicatorRecord::poorHouseholds),
            StagedColumn.of("row_hash", varchar(32), CommuneIndicatorRecord::rowHash));

    private static final WarehouseTable WAREHOUSE = new WarehouseTable("fct_commune_indicator", "indicator_sk",
            "stg_current_commune_indicator", "stg_publish_commune_indicator",
            List.of(WarehouseTable.DISTRICT, WarehouseTable.PERIOD, staged("commune_code")),
            List.of(staged("ntm_year"), staged("especially_difficult"), staged("households"), staged("poor_households")));

    private static SqlColumn staged(String name) {
        return STAGING.column(name);
    }

    @Override
    public SheetKind kind() {
        return SheetKind.COMMUNE;
    }

    @Override
    public RowMapper mapper(ReferenceData reference) {
        return new CommuneRowMapper(reference)::map;
    }

    @Override
    public StagingTable<CommuneIndicatorRecord> staging() {
        return STAGING;
    }

    @Override
    public WarehouseTable warehouse() {
        return WAREHOUSE;
    }

    @Override
    public DuplicateKey duplicates() {
        return DuplicateKey.of(Column.COMMUNE_NAME, "commune_code");
    }
}
