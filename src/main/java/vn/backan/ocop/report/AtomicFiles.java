package vn.backan.ocop.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Every workbook the pipeline hands out is written to a temporary file in its own folder and moved
 * into place in one step, so staff opening the output folder (or a file share syncing it) never see
 * half a workbook, and a failed write leaves the previous version as it was.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Writes a file's bytes. */
    public interface Body {
        void write(OutputStream out) throws IOException;
    }

    public static void write(Path file, Body body) {
        Path folder = file.toAbsolutePath().normalize().getParent();
        try {
            Files.createDirectories(folder);
            // Not createTempFile: its owner-only permissions would stay on the workbook staff open.
            Path temp = folder.resolve(".writing-" + UUID.randomUUID() + ".xlsx");
            try {
                try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                    body.write(out);
                }
                move(temp, file);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    /** A failure names the workbook, not the temporary file the operator never sees. */
    private static void move(Path temp, Path file) throws IOException {
        try {
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                // Same folder, so this only happens on file systems without rename (some network shares).
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (AccessDeniedException e) {
            throw (IOException) new AccessDeniedException(file.toString(), null, e.getReason()).initCause(e);
        } catch (FileSystemException e) {
            throw (IOException) new FileSystemException(file.toString(), null, e.getReason()).initCause(e);
        }
    }
}
