package vn.backan.ocop.report;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Comparator;

import static vn.backan.ocop.report.SortedLines.Codec.readText;
import static vn.backan.ocop.report.SortedLines.Codec.writeText;

/**
 * The entities with a valid certified product on the report date, per district and entity type ("?" where
 * the entity is not listed), counted from the ratings the calculator reads anyway: an entity with several
 * products is one. Distinct in bounded memory ({@link SortedLines#distinct}), where a database pass of its
 * own over every rating, once per date, took 179 of the report step's 1,082 JFR samples on the 41-file
 * benchmark (5.0-7.4 s each in H2's RunScript).
 */
final class ValidEntities implements AutoCloseable {

    /** An entity as the counts tell them apart: by district and key, under its type; equal as the order finds it. */
    record Entity(String district, String type, String key) {

        static final Comparator<Entity> ORDER = Comparator.comparing(Entity::district).thenComparing(Entity::type)
                .thenComparing(Entity::key);

        static final SortedLines.Codec<Entity> CODEC = new SortedLines.Codec<>() {
            @Override
            public void write(DataOutput out, Entity entity) throws IOException {
                writeText(out, entity.district());
                writeText(out, entity.type());
                writeText(out, entity.key());
            }

            @Override
            public Entity read(DataInput in) throws IOException {
                return new Entity(readText(in), readText(in), readText(in));
            }
        };
    }

    /** The type under which entities missing from the entity dimension are counted (SummarySheet shows it apart). */
    static final String NOT_LISTED = "?";

    private final SortedLines<Entity> entities;

    ValidEntities() {
        this(SortedLines.RUN_SIZE);
    }

    ValidEntities(int runSize) {
        entities = SortedLines.distinct(Entity.ORDER, Entity.CODEC, runSize);
    }

    /** @param type HTX, DN, THT, HKD; null where the entity is not listed in the entity dimension */
    void add(String district, String type, String key) {
        entities.add(new Entity(district, type == null ? NOT_LISTED : type, key));
    }

    /** Each district and type with its number of entities. */
    void forEachCount(CountConsumer each) {
        Entity group = null;
        int count = 0;
        for (Entity entity : entities) {
            if (group != null && (!group.district().equals(entity.district()) || !group.type().equals(entity.type()))) {
                each.accept(group.district(), group.type(), count);
                count = 0;
            }
            group = entity;
            count++;
        }
        if (group != null) {
            each.accept(group.district(), group.type(), count);
        }
    }

    @FunctionalInterface
    interface CountConsumer {
        void accept(String district, String type, int count);
    }

    @Override
    public void close() {
        entities.close();
    }
}
