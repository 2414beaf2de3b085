package vn.backan.ocop.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Finds the files in the input folder, recursively, in a stable order. */
public final class InputScanner {

    private InputScanner() {
    }

    public static List<InputFile> scan(Path root) {
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("Input folder does not exist: " + root);
        }
        List<InputFile> found = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(Files::isRegularFile).sorted().toList()) {
                String name = path.getFileName().toString();
                // Office lock files (~$name.xlsx) and hidden files are not submissions.
                if (name.startsWith("~$") || name.startsWith(".")) {
                    continue;
                }
                BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
                found.add(new InputFile(path, root.relativize(path).toString().replace('\\', '/'), attributes.size(),
                        attributes.lastModifiedTime().toInstant(), isCandidate(name)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list input folder " + root, e);
        }
        return found;
    }

    static boolean isCandidate(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xlsx") || lower.endsWith(".xlsm") || lower.endsWith(".xls") || lower.endsWith(".ods");
    }

    /**
     * Whether the file can be named again from its name as text. A name written in another encoding
     * (Windows-1258 or Latin-1 bytes from an old machine or a zip) is not valid UTF-8: Java shows it
     * with replacement characters, and POI, which opens files by name, would not find it.
     */
    public static boolean nameReadable(Path path) {
        String text = path.toString();
        if (text.indexOf('\uFFFD') >= 0) {
            return false;
        }
        try {
            return Files.exists(Path.of(text));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** SHA-256 of the file's bytes, streamed. */
    public static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            byte[] buffer = new byte[64 * 1024];
            while (in.read(buffer) >= 0) {
                // reading feeds the digest
            }
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
