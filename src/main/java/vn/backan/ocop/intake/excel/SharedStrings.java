package vn.backan.ocop.intake.excel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The shared-strings table of an .xlsx, held in memory because any row may point anywhere in it.
 * Plain strings are packed into large char arrays (a String per entry would cost ~50 bytes of
 * overhead each, more than the text of a typical cell); rich strings, rare, stay {@link RichText}.
 * POI's SharedStringsTable (XMLBeans) is far heavier and its ReadOnlySharedStringsTable drops the
 * run fonts we need for TCVN3/VNI text.
 */
final class SharedStrings {

    static final SharedStrings EMPTY = new Builder(1).build();

    /**
     * Chars per chunk; positions are chunk * CHUNK + offset, so a string never spans two chunks.
     * 256 KB arrays stay below G1's "humongous" size on small heaps, which would waste up to half.
     */
    private static final int CHUNK_BITS = 17;
    private static final int CHUNK = 1 << CHUNK_BITS;
    /** What each entry costs in bookkeeping (two ints), counted against the budget as characters. */
    static final int ENTRY_COST = 4;

    private final char[][] chunks;
    private final int[] starts;
    private final int[] lengths;
    private final int size;
    /** Entries not in the chunks: rich strings, and plain strings too long to pack. */
    private final Map<Integer, Object> others;

    private SharedStrings(char[][] chunks, int[] starts, int[] lengths, int size, Map<Integer, Object> others) {
        this.chunks = chunks;
        this.starts = starts;
        this.lengths = lengths;
        this.size = size;
        this.others = others;
    }

    int size() {
        return size;
    }

    /** @return a String or a RichText, or null if the index is out of range */
    Object get(int index) {
        if (index < 0 || index >= size) {
            return null;
        }
        if (!others.isEmpty()) {
            Object other = others.get(index);
            if (other != null) {
                return other;
            }
        }
        int start = starts[index];
        return new String(chunks[start >>> CHUNK_BITS], start & (CHUNK - 1), lengths[index]);
    }

    /** Parses {@code <sst>} from its root element to the end. */
    static SharedStrings parse(XMLStreamReader reader, int maxTextLength, long maxTotalChars) throws XMLStreamException {
        Builder builder = new Builder(Math.max(0, Xml.intAttribute(reader, "uniqueCount", 0)));
        StringItemReader itemReader = new StringItemReader(maxTextLength);
        // positions are ints: stay well inside them whatever the configured budget
        long budget = Math.min(maxTotalChars, 1L << 30);
        long total = 0;
        while (Xml.nextChild(reader)) {
            if (!"si".equals(reader.getLocalName())) {
                Xml.skipElement(reader);
                continue;
            }
            Object item = itemReader.read(reader);
            total += ENTRY_COST + (item instanceof RichText rich ? rich.text().length() : ((String) item).length());
            if (total > budget) {
                throw new Xml.LimitException("the shared strings hold more than " + maxTotalChars
                        + " characters, too many to keep in memory");
            }
            builder.add(item);
        }
        return builder.build();
    }

    private static final class Builder {
        /** Do not trust the declared uniqueCount for the first allocation. */
        private static final int MAX_INITIAL_ENTRIES = 1 << 16;
        private static final int FIRST_CHUNK = 1 << 13;

        private final List<char[]> chunks = new ArrayList<>();
        private char[] current = new char[FIRST_CHUNK];
        private int used;
        private int[] starts;
        private int[] lengths;
        private int size;
        private final Map<Integer, Object> others = new HashMap<>();

        Builder(int declaredCount) {
            int capacity = Math.max(16, Math.min(declaredCount, MAX_INITIAL_ENTRIES));
            starts = new int[capacity];
            lengths = new int[capacity];
            chunks.add(current);
        }

        void add(Object item) {
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, size * 2);
                lengths = Arrays.copyOf(lengths, size * 2);
            }
            if (item instanceof String plain && plain.length() <= CHUNK / 4) {
                int length = plain.length();
                ensureRoom(length);
                plain.getChars(0, length, current, used);
                starts[size] = ((chunks.size() - 1) << CHUNK_BITS) | used;
                lengths[size] = length;
                used += length;
            } else {
                others.put(size, item);
            }
            size++;
        }

        /** Grows the last chunk up to CHUNK, then starts a new one; positions never move. */
        private void ensureRoom(int length) {
            if (used + length <= current.length) {
                return;
            }
            if (current.length < CHUNK) {
                int grown = current.length;
                while (grown < used + length && grown < CHUNK) {
                    grown *= 2;
                }
                if (used + length <= grown) {
                    current = Arrays.copyOf(current, grown);
                    chunks.set(chunks.size() - 1, current);
                    return;
                }
            }
            current = new char[CHUNK];
            chunks.add(current);
            used = 0;
        }

        SharedStrings build() {
            if (used < current.length) {
                // the last chunk is mostly unused when the table is small
                chunks.set(chunks.size() - 1, Arrays.copyOf(current, used));
            }
            return new SharedStrings(chunks.toArray(new char[0][]), Arrays.copyOf(starts, size),
                    Arrays.copyOf(lengths, size), size, others.isEmpty() ? Map.of() : others);
        }
    }
}
