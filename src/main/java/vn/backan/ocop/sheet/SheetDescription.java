package vn.backan.ocop.sheet;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.backan.ocop.reference.ReferenceData;
import vn.backan.ocop.submission.SheetKind;

/**
 * Everything the pipeline knows about one data sheet besides its columns (those are the contract's,
 * {@link SheetKind#recognised()}): how a row becomes a record, where records are staged, which
 * warehouse table they are published to, what makes two rows duplicates and which rules span rows.
 * Each sheet package provides one, as a Spring component; {@link Sheets} lists them.
 */
public abstract class SheetDescription {

    private final SheetKind kind;
    private final Function<ReferenceData, RowMapper> mappers;
    private final StagingTable<?> staging;
    private final WarehouseTable warehouse;
    private final DuplicateKey duplicates;
    private final List<CrossRowRule> rules;

    /**
     * @param mappers the sheet's row mapper over the given reference data
     * @param rules   rules beyond duplicates, run in this order after every sheet's duplicates
     */
    protected SheetDescription(SheetKind kind, Function<ReferenceData, RowMapper> mappers, StagingTable<?> staging,
                               WarehouseTable warehouse, DuplicateKey duplicates, List<CrossRowRule> rules) {
        this.kind = kind;
        this.mappers = mappers;
        this.staging = staging;
        this.warehouse = warehouse;
        this.duplicates = duplicates;
        this.rules = List.copyOf(rules);
        // Publishing takes a file's accepted rows as they are (stg_offered_*, V95): one row per warehouse key
        // within a file holds because the review rejects every later copy of the duplicate key.
        Set<String> withinFile = warehouse.keys().stream().map(SqlColumn::name)
                .filter(name -> !name.equals(WarehouseTable.DISTRICT.name()) && !name.equals(WarehouseTable.PERIOD.name()))
                .collect(Collectors.toSet());
        if (!withinFile.equals(Set.copyOf(duplicates.columns()))) {
            throw new IllegalArgumentException(kind + ": the duplicate key " + duplicates.columns()
                    + " is not the warehouse key within a file " + withinFile);
        }
        if (duplicates.shown() != null && !staging.columnNames().contains(duplicates.shown())) {
            throw new IllegalArgumentException(kind + ": duplicates shown as " + duplicates.shown() + ", not a staging column");
        }
    }

    public final SheetKind kind() {
        return kind;
    }

    public final RowMapper mapper(ReferenceData reference) {
        return mappers.apply(reference);
    }

    public final StagingTable<?> staging() {
        return staging;
    }

    public final WarehouseTable warehouse() {
        return warehouse;
    }

    public final DuplicateKey duplicates() {
        return duplicates;
    }

    public final List<CrossRowRule> rules() {
        return rules;
    }

    @Override
    public String toString() {
        return kind.name();
    }
}
