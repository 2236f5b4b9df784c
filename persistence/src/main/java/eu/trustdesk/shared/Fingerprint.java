package eu.trustdesk.shared;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 fingerprint of a document as {@code sha256sum} prints it (64 lower-case hex digits):
 * what TrustDesk records of every contract and terms-of-sale PDF a person accepted, so that the
 * exact bytes can be shown to match years later.
 */
public final class Fingerprint {

    private Fingerprint() {
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
