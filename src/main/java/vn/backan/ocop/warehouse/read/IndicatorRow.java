package vn.backan.ocop.warehouse.read;

import java.time.LocalDate;

/** A commune's indicators for one period, as the warehouse holds them. */
public record IndicatorRow(String districtCode, String periodCode, LocalDate periodEndsOn, String communeCode, Integer ntmYear,
                           boolean especiallyDifficult, Long households, Long poorHouseholds) {
}
