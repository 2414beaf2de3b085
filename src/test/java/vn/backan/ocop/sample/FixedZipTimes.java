package vn.backan.ocop.sample;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * POI stamps every part of an .xlsx package with the time of writing and offers no way to choose
 * it; rewriting the package with one fixed time makes regenerated files byte-identical, so a
 * changed sample shows up in {@code git status} only when its content changed.
 */
final class FixedZipTimes {

    private FixedZipTimes() {
    }

    static void apply(Path xlsx, LocalDateTime time) throws IOException {
        ByteArrayOutputStream rewritten = new ByteArrayOutputStream();
        try (InputStream in = Files.newInputStream(xlsx);
             ZipInputStream zipIn = new ZipInputStream(in);
             ZipOutputStream zipOut = new ZipOutputStream(rewritten)) {
            for (ZipEntry entry = zipIn.getNextEntry(); entry != null; entry = zipIn.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                // local time, not an instant: the DOS time field would otherwise follow the machine's zone
                copy.setTimeLocal(time);
                zipOut.putNextEntry(copy);
                zipIn.transferTo(zipOut);
                zipOut.closeEntry();
            }
        }
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            rewritten.writeTo(out);
        }
    }
}
