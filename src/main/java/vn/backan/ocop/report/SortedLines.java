package vn.backan.ocop.report;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * A long list of report lines in a fixed order, kept in bounded memory: lines are added in any order,
 * each {@code runSize} of them are sorted and written to a temporary file, and iterating merges those
 * runs. The province's lists fit in the first run and never touch the disk; a country's do not fit in
 * a 256 MB heap. Iterable more than once, each time from the start; {@link #close} deletes the files.
 * {@link #distinct} keeps one of each set of equal lines: a line already in memory is dropped as it
 * comes (a hash set, where sorting each full run to cut its repeats took a second for the 41-file
 * benchmark's entities), equal lines of different runs are merged, so a few values added many times
 * never touch the disk.
 *
 * @param <T> a line; the order must be total, so that the merged order is the order of one sort
 */
final class SortedLines<T> implements Iterable<T>, AutoCloseable {

    /** Writes and reads one line: the runs hold nothing else. */
    interface Codec<T> {
        void write(DataOutput out, T line) throws IOException;

        T read(DataInput in) throws IOException;

        /**
         * A text that may be null, as its UTF-8 bytes: the JDK encodes and decodes a whole string at once,
         * where {@code writeUTF}'s modified UTF-8 went char by char (those loops: 103 of the report step's
         * 746 JFR samples on the 41-file benchmark). A surrogate without its pair comes back as '?', which is
         * what the workbook shows of it anyway ({@link Utf8Writer}); a text may be longer than 65,535 bytes.
         */
        static void writeText(DataOutput out, String text) throws IOException {
            writeBytes(out, text == null ? null : text.getBytes(StandardCharsets.UTF_8));
        }

        static String readText(DataInput in) throws IOException {
            byte[] bytes = readBytes(in);
            return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
        }

        /** Bytes that may be null, such as a sort key. */
        static void writeBytes(DataOutput out, byte[] bytes) throws IOException {
            out.writeInt(bytes == null ? -1 : bytes.length);
            if (bytes != null) {
                out.write(bytes);
            }
        }

        static byte[] readBytes(DataInput in) throws IOException {
            int length = in.readInt();
            if (length < 0) {
                return null;
            }
            byte[] bytes = new byte[length];
            in.readFully(bytes);
            return bytes;
        }
    }

    static final int RUN_SIZE = 10_000;

    private final Comparator<? super T> order;
    private final Codec<T> codec;
    private final int runSize;
    private final boolean distinct;
    /** With {@link #distinct}: the lines in memory, to drop a repeat as it comes. */
    private final Set<T> inMemory = new HashSet<>();
    private final List<T> memory = new ArrayList<>();
    private final List<Path> runs = new ArrayList<>();
    private final List<DataInputStream> open = new ArrayList<>();
    private int size;
    private boolean sorted;

    SortedLines(Comparator<? super T> order, Codec<T> codec) {
        this(order, codec, RUN_SIZE);
    }

    SortedLines(Comparator<? super T> order, Codec<T> codec, int runSize) {
        this(order, codec, runSize, false);
    }

    private SortedLines(Comparator<? super T> order, Codec<T> codec, int runSize, boolean distinct) {
        this.order = order;
        this.codec = codec;
        this.runSize = runSize;
        this.distinct = distinct;
    }

    /**
     * Lines iterated once each: of equal lines, one is kept. Lines must be equal ({@code equals}, {@code hashCode})
     * exactly when the order finds them equal, as records of the compared fields are.
     */
    static <T> SortedLines<T> distinct(Comparator<? super T> order, Codec<T> codec, int runSize) {
        return new SortedLines<>(order, codec, runSize, true);
    }

    void add(T line) {
        if (sorted) {
            throw new IllegalStateException("lines added after they were read");
        }
        size++;
        if (distinct && !inMemory.add(line)) {
            return;
        }
        memory.add(line);
        if (memory.size() >= runSize) {
            spill();
        }
    }

    /** Lines added: with {@link #distinct}, equal lines included. */
    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** The temporary files written so far: none while the lines fit in one run. */
    int runs() {
        return runs.size();
    }

    @Override
    public Iterator<T> iterator() {
        if (!sorted) {
            memory.sort(order);
            inMemory.clear();
            sorted = true;
        }
        if (runs.isEmpty()) {
            return Collections.unmodifiableList(memory).iterator();
        }
        return new Merge();
    }

    private void spill() {
        memory.sort(order);
        try {
            Path file = Files.createTempFile("ocop-lines-", ".bin");
            runs.add(file);
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
                for (T line : memory) {
                    codec.write(out, line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write a sorted run of report lines to the temporary folder", e);
        }
        memory.clear();
        inMemory.clear();
    }

    @Override
    public void close() {
        for (DataInputStream in : open) {
            try {
                in.close();
            } catch (IOException e) {
                // deleting the file below is what matters
            }
        }
        open.clear();
        for (Path run : runs) {
            try {
                Files.deleteIfExists(run);
            } catch (IOException e) {
                run.toFile().deleteOnExit();
            }
        }
        runs.clear();
        memory.clear();
        inMemory.clear();
        size = 0;
    }

    /** One source of the merge: a run on disk, or the lines still in memory. */
    private final class Head {
        private final DataInputStream in;
        private final Iterator<T> rest;
        private T line;

        Head(DataInputStream in, Iterator<T> rest) {
            this.in = in;
            this.rest = rest;
        }

        /** Moves to the next line; false at the end of the source. */
        boolean advance() {
            if (rest != null) {
                line = rest.hasNext() ? rest.next() : null;
                return line != null;
            }
            try {
                line = codec.read(in);
                return true;
            } catch (EOFException end) {
                closeQuietly();
                return false;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read back a sorted run of report lines", e);
            }
        }

        private void closeQuietly() {
            try {
                in.close();
            } catch (IOException e) {
                // read to the end already
            }
            open.remove(in);
        }
    }

    private final class Merge implements Iterator<T> {
        private final PriorityQueue<Head> heads = new PriorityQueue<>((a, b) -> order.compare(a.line, b.line));
        private T last;

        Merge() {
            try {
                for (Path run : runs) {
                    DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(run), 1 << 15));
                    open.add(in);
                    offer(new Head(in, null));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read back a sorted run of report lines", e);
            }
            offer(new Head(null, memory.iterator()));
        }

        private void offer(Head head) {
            if (head.advance()) {
                heads.add(head);
            }
        }

        @Override
        public boolean hasNext() {
            if (distinct && last != null) {
                // Equal lines from other runs (each run is distinct in itself) come next in the merge.
                while (!heads.isEmpty() && order.compare(heads.peek().line, last) == 0) {
                    Head head = heads.poll();
                    offer(head);
                }
            }
            return !heads.isEmpty();
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Head head = heads.poll();
            T line = head.line;
            offer(head);
            last = line;
            return line;
        }
    }
}
