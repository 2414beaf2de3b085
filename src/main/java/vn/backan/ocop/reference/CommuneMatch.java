package vn.backan.ocop.reference;

import java.util.List;

/** What a commune written in a submission resolves to, on the record's date, in the submitting district. */
public sealed interface CommuneMatch {

    /** The commune exists in this district and is in force on the date. */
    record Found(Commune commune) implements CommuneMatch {
    }

    /** The commune was abolished or renumbered before the date; its single successor is used. */
    record MappedToSuccessor(Commune recorded, Commune successor) implements CommuneMatch {
    }

    /** The commune was split before the date: no single successor can be chosen. */
    record AmbiguousSuccessor(Commune recorded, List<Commune> successors) implements CommuneMatch {
    }

    /** The commune belongs to another district. */
    record OtherDistrict(Commune commune) implements CommuneMatch {
    }

    /**
     * The commune was named by the name it got in a merger, on a date before it: the record is mapped back to
     * the commune its code was on that date (Trần Phú, 02179, was Hữu Thác until 31/01/2020).
     */
    record MappedToPredecessor(Commune named, Commune predecessor) implements CommuneMatch {
    }

    /** The commune exists in this district but only from a later date. */
    record NotYetValid(Commune commune) implements CommuneMatch {
    }

    /** No commune of that name or code; {@code suggestion} is a near miss in the same district, or null. */
    record Unknown(Commune suggestion) implements CommuneMatch {
    }
}
