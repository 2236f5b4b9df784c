package eu.trustdesk.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals short secrets (a link with its token, a one-time password, a TOTP seed) before they are
 * stored, so that neither a console nor a database backup shows them: AES-256-GCM with a random
 * 96-bit nonce per value, keyed by {@code TRUSTDESK_SECRET_KEY} (base64 of 32 bytes, see
 * {@link SecretKeys} for where the key comes from in a demo start).
 *
 * <p>A sealed value is text: {@code v1:} then the base64 of nonce, ciphertext and tag. GCM
 * authenticates it: {@link #open} refuses a value changed by one bit or sealed with another key
 * rather than returning garbage. The JDK's provider does the cryptography; this class only fixes
 * its parameters in one place.
 */
@ApplicationScoped
public class SecretBox {

    static final String PREFIX = "v1:";
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private SecretKeySpec key;

    /** For CDI: the key is read from the configuration on first use. */
    protected SecretBox() {
    }

    /** A box with this key (32 bytes), for tests and tools. */
    public SecretBox(byte[] key) {
        this.key = keySpec(key);
    }

    /** Whether {@code value} looks like the output of {@link #seal} (not a proof that it opens). */
    public static boolean isSealed(String value) {
        return value != null && value.startsWith(PREFIX);
    }

    public String seal(String plain) {
        Objects.requireNonNull(plain, "plain");
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /**
     * The plain text of a value {@link #seal} produced with the same key.
     *
     * @throws IllegalArgumentException when the value is not sealed, was altered, or was sealed with another key
     */
    public String open(String sealed) {
        if (!isSealed(sealed)) {
            throw new IllegalArgumentException("Not a sealed value");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Sealed value damaged", e);
        }
        if (bytes.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new IllegalArgumentException("Sealed value damaged");
        }
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new IllegalArgumentException("Sealed value altered or sealed with another key", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    private synchronized SecretKeySpec key() {
        if (key == null) {
            key = keySpec(SecretKeys.fromConfiguration());
        }
        return key;
    }

    private static SecretKeySpec keySpec(byte[] key) {
        if (key == null || key.length != SecretKeys.KEY_BYTES) {
            throw new IllegalArgumentException("The secret key must be " + SecretKeys.KEY_BYTES + " bytes");
        }
        return new SecretKeySpec(key, "AES");
    }
}
