package vn.backan.ocop.cli;

import java.io.IOException;

import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;

/**
 * POI's temporary files (the streaming writer's sheet buffers) in a folder of this process's own.
 * POI's default is one {@code poifiles} folder in the system temp directory shared by every user:
 * created by one account, it makes every other account's run fail on permissions. POI keeps the
 * strategy in a static field, so it is set once per command and the folder removed at its end.
 */
final class PoiTempFolder {

    private PoiTempFolder() {
    }

    static TempFolder install() throws IOException {
        TempFolder folder = TempFolder.create("ocop-poi-");
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(folder.path().toFile()));
        return folder;
    }
}
