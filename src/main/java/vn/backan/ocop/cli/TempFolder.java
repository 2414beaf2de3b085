package vn.backan.ocop.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A folder of this process's own in the system temp directory, removed with what it holds when closed. */
final class TempFolder implements AutoCloseable {

    private final Path path;

    private TempFolder(Path path) {
        this.path = path;
    }

    static TempFolder create(String prefix) throws IOException {
        return new TempFolder(Files.createTempDirectory(prefix));
    }

    Path path() {
        return path;
    }

    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(path)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover in the temp folder is the system's to clean
        }
    }
}
