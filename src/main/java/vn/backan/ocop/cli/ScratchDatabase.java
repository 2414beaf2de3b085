package vn.backan.ocop.cli;

import java.io.IOException;

/**
 * The throwaway warehouse of a dry run: an H2 file in a folder of its own in the system temp directory,
 * removed when the run ends. Not an in-memory database: that keeps every staged row in the heap, and a
 * dry run of the 41 workbooks of issue 14's benchmark (400,000 rows) died of {@code OutOfMemoryError}
 * under {@code -Xmx256m}. A file database pages its rows out as the real run's does. Nothing in it has to
 * survive a crash, so it runs with H2's defaults (commits written within half a second), not
 * {@link Database#H2_SAFETY}.
 */
final class ScratchDatabase implements AutoCloseable {

    private final TempFolder folder;
    private final Database database;

    private ScratchDatabase(TempFolder folder) {
        this.folder = folder;
        this.database = new Database("jdbc:h2:file:" + folder.path().resolve("dry-run").toAbsolutePath(), "sa", "", null);
    }

    static ScratchDatabase create() throws IOException {
        return new ScratchDatabase(TempFolder.create("ocop-dry-run-"));
    }

    Database database() {
        return database;
    }

    /** Called once the run's context is closed, and with it the database. */
    @Override
    public void close() {
        folder.close();
    }
}
