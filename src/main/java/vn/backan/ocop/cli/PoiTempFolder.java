package vn.backan.ocop.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;

/**
 * POI's temporary files (the streaming writer's sheet buffers) in a folder of this process's own.
 * POI's default is one {@code poifiles} folder in the system temp directory shared by every user:
 * created by one account, it makes every other account's run fail on permissions. POI keeps the
 * strategy in a static field, so it is set once per command and the folder removed at its end.
 */
final class PoiTempFolder implements AutoCloseable {

    private final Path folder;

    private PoiTempFolder(Path folder) {
        this.folder = folder;
    }

    static PoiTempFolder install() throws IOException {
        Path folder = Files.createTempDirectory("ocop-poi-");
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(folder.toFile()));
        return new PoiTempFolder(folder);
    }

    Path folder() {
        return folder;
    }

    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover in the temp folder is the system's to clean
        }
    }
}
