package vn.backan.ocop.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a run needs before it touches the warehouse: folders it can write (the reports, the feedback,
 * the H2 database). Checked by writing, since permission bits do not tell about ACLs, read-only
 * mounts or a full disk. A run that would publish and then fail to write its workbooks is stopped
 * here instead.
 */
final class Preflight {

    private Preflight() {
    }

    /** Creates the folder if missing and proves it writable; throws naming the folder otherwise. */
    static void writableFolder(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new FileSystemException(absolute.toString(), null, "a file, not a folder");
        }
        Files.createDirectories(absolute);
        Path probe;
        try {
            probe = Files.createTempFile(absolute, ".ocop-write-check-", ".tmp");
        } catch (AccessDeniedException e) {
            throw new AccessDeniedException(absolute.toString(), null, "the folder is not writable");
        }
        Files.delete(probe);
    }
}
