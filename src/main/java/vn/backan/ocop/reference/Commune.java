package vn.backan.ocop.reference;

import java.time.LocalDate;
import java.util.List;

/**
 * One version of a commune-level unit (xã, phường, thị trấn). The same GSO code can have
 * several versions over time (renamed, re-typed, or a code reused for a merged unit).
 *
 * @param validFrom  first day in force, or null when already in force at the first snapshot
 * @param validTo    last day in force, or null when open-ended
 * @param successors codes that took over the territory when this version ended (several when split)
 */
public record Commune(String code, String name, String type, String districtCode,
                      LocalDate validFrom, LocalDate validTo, List<String> successors) {

    public boolean validOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }

    /** "Xã Côn Minh", as the official name is written. */
    public String fullName() {
        return type + " " + name;
    }
}
