package vn.backan.ocop.cli;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreTool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rewrites an H2 file that a run left largely dead space. H2 stores copy-on-write chunks, and the job
 * runs it without background compaction ({@link Database#H2_SAFETY}): staging a million rows leaves
 * about 430 bytes of file per row, of which some 230 are live. After the run, with every connection
 * closed and the run lock still held, the live share of the file is read (a read-only open reads only
 * the chunk headers) and below two thirds ({@link #FILL_RATE_BELOW}) the file is copied, live pages
 * only and compressed, to a new file that is then renamed over the old one: killed before the rename,
 * the old file stands whole. This is not H2's in-place compaction, the one that lost rows when killed.
 * <p>
 * The copy is H2's own ({@code MVStoreTool.compact} does the same), with Deflate ({@code compressHigh})
 * instead of the LZF that {@code MVStoreTool} offers: the 41-file set of issue 14 took 121.6 MB (289 bytes
 * per staged row) instead of 149.4 MB (355), uncompressed 308.6 MB; the copy 19.2 s instead of 13.7 s, and
 * a report of the whole warehouse read from it 19.2-20.5 s instead of 17.9-19.4 s. H2 keeps that copy
 * private, so it is called by reflection; should a later H2 lack it, the file is compacted with LZF.
 */
final class H2Compaction {

    private static final Logger log = LoggerFactory.getLogger(H2Compaction.class);

    /**
     * Below this share of live data in the chunks the file is rewritten: a third of it dead. Compressed,
     * the live data takes about half its space, so the rewrite saves two thirds of such a file. At one
     * half, the 1.15M-row benchmark's file stopped being rewritten once staging no longer churned the
     * product indexes: 474 MB at 55% live, 425 bytes per staged row against 151 compacted.
     */
    static final int FILL_RATE_BELOW = 67;
    /** A small file is left alone whatever its fill: rewriting it saves nothing worth the time. */
    static final long SIZE_ABOVE = 64L << 20;

    private H2Compaction() {
    }

    /** @return the file's size after, where it was rewritten */
    static Optional<Long> afterRun(Database database) {
        return afterRun(database, SIZE_ABOVE);
    }

    static Optional<Long> afterRun(Database database, long sizeAbove) {
        Optional<Path> file = database.h2File();
        if (file.isEmpty() || !Files.isRegularFile(file.get())) {
            return Optional.empty();
        }
        String name = file.get().toString();
        try {
            long before = Files.size(file.get());
            if (before <= sizeAbove) {
                return Optional.empty();
            }
            int fill = fillRate(name);
            if (fill >= FILL_RATE_BELOW) {
                log.info("H2 file {}: {} MB, {}% live, left as it is", name, before >> 20, fill);
                return Optional.empty();
            }
            long started = System.nanoTime();
            rewrite(name);
            long after = Files.size(file.get());
            log.info("H2 file {} compacted: {} MB -> {} MB ({}% was live) in {} ms", name, before >> 20, after >> 20, fill,
                    (System.nanoTime() - started) / 1_000_000);
            return Optional.of(after);
        } catch (IOException | RuntimeException e) {
            // The data is safe either way (the old file stays until the rename): the run has succeeded.
            log.warn("H2 file {} not compacted: {}", name, e.toString());
            return Optional.empty();
        }
    }

    /** Copies the live pages, Deflate-compressed, to a new file and renames it over the old one. */
    static void rewrite(String name) throws IOException {
        Method copy;
        try {
            copy = MVStore.class.getDeclaredMethod("compact", MVStore.class, MVStore.class);
            copy.setAccessible(true);
        } catch (ReflectiveOperationException | RuntimeException e) {
            log.info("H2 {}: no Deflate copy in this H2 ({}), compacting with LZF", name, e.toString());
            MVStoreTool.compact(name, true);
            return;
        }
        // MVStoreTool.compact's name for it; a copy killed half-way is deleted by the next one
        String temporary = name + ".tempFile";
        Files.deleteIfExists(Path.of(temporary));
        try (MVStore target = new MVStore.Builder().fileName(temporary).compressHigh().open();
             MVStore source = new MVStore.Builder().fileName(name).readOnly().open()) {
            copy.invoke(null, source, target);
        } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
            Files.deleteIfExists(Path.of(temporary));
            Throwable cause = e instanceof InvocationTargetException i && i.getCause() != null ? i.getCause() : e;
            throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
        }
        MVStoreTool.moveAtomicReplace(temporary, name);
    }

    /**
     * The live share of the file: the space chunks take (dead chunks are freed but the file keeps its
     * length) times the live share within those chunks. After the 41-file set of issue 14 the chunks
     * were 74% live but took 22% of a 1.6 GB file: 16% live.
     */
    private static int fillRate(String name) {
        MVStore store = new MVStore.Builder().fileName(name).readOnly().open();
        try {
            return store.getFileStore().getFillRate() * store.getFileStore().getChunksFillRate() / 100;
        } finally {
            store.close();
        }
    }
}
