package vn.backan.ocop.validation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A fingerprint of a row's business values (not its lineage): publishing compares it to decide whether
 * a fact changed, so a corrected file that repeats a value unchanged creates no new version.
 */
public final class RowHash {

    private RowHash() {
    }

    /**
     * A digest per thread: looking the algorithm up for every row (through the security providers, by
     * reflection) was a quarter of what hashing allocated in staging. {@link MessageDigest#digest} resets it.
     */
    private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    });

    public static String of(Object... values) {
        MessageDigest digest = DIGEST.get();
        digest.reset();
        for (Object value : values) {
            digest.update(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0x1f);
        }
        return HexFormat.of().formatHex(digest.digest(), 0, 16);
    }
}
