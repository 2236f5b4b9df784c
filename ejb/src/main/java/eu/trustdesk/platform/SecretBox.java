package eu.trustdesk.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Function;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Seals secrets that must be read back later (a TOTP secret, a link waiting in the mail outbox)
 * so that a copy of the database does not reveal them: AES-256-GCM with a key from the environment,
 * {@code TRUSTDESK_SECRET_KEY} (32 random bytes in base64, e.g. {@code openssl rand -base64 32}).
 * GCM also authenticates: a sealed value altered in the database, or sealed under another key,
 * does not open.
 *
 * <p>Sealed form: {@code v1:} + base64url(12-byte random nonce, ciphertext and tag). The prefix
 * leaves room for a later format or key rotation.
 *
 * <p>Without the variable, a demo start (TRUSTDESK_DEMO_DATA=true) uses {@link #DEMO_KEY_PHRASE}'s
 * SHA-256: a published, hence worthless, key, but a fixed one, so the demo's H2 file still opens
 * after a restart. A production start without it is refused ({@link ProductionReadiness}).
 */
@ApplicationScoped
public class SecretBox {

    public static final String KEY_PROPERTY = "trustdesk.secret-key";
    public static final int KEY_BYTES = 32;
    /** Documented in the README: the demo key is no secret. */
    public static final String DEMO_KEY_PHRASE = "TrustDesk demo secret key - published, never for production";

    private static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretKeySpec key;

    /** For CDI: the key comes from the configuration. */
    protected SecretBox() {
    }

    public SecretBox(byte[] key) {
        this.key = keySpec(key);
    }

    @PostConstruct
    void configure() {
        if (key == null) {
            Config config = ConfigProvider.getConfig();
            key = keySpec(keyFrom(k -> config.getOptionalValue(k, String.class)));
        }
    }

    /**
     * The key the configuration names: {@code trustdesk.secret-key} decoded, or the demo key when it
     * is unset and the demo data are on.
     *
     * @throws IllegalStateException naming TRUSTDESK_SECRET_KEY when it is missing (production) or malformed
     */
    public static byte[] keyFrom(Function<String, Optional<String>> config) {
        Optional<String> configured = config.apply(KEY_PROPERTY).map(String::strip).filter(v -> !v.isEmpty());
        if (configured.isEmpty()) {
            if (ProductionReadiness.demo(config)) {
                return demoKey();
            }
            throw new IllegalStateException("TRUSTDESK_SECRET_KEY is unset: set it to 32 random bytes in base64"
                    + " (openssl rand -base64 32) before starting the server");
        }
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(configured.get());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("TRUSTDESK_SECRET_KEY is not base64: generate it with openssl rand -base64 32");
        }
        if (decoded.length != KEY_BYTES) {
            throw new IllegalStateException("TRUSTDESK_SECRET_KEY must be " + KEY_BYTES + " bytes in base64, not "
                    + decoded.length + ": generate it with openssl rand -base64 32");
        }
        return decoded;
    }

    static byte[] demoKey() {
        try {
            return MessageDigest.getInstance("SHA-256").digest(DEMO_KEY_PHRASE.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /** Whether {@code value} looks like the output of {@link #seal} (not a proof that it opens). */
    public static boolean isSealed(String value) {
        return value != null && value.startsWith(PREFIX);
    }

    public String seal(String plain) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java platform", e);
        }
    }

    /**
     * The plain text of a value sealed by {@link #seal} under the same key.
     *
     * @throws IllegalArgumentException when the value was altered, is not a sealed value, or was sealed under another key
     */
    public String open(String sealed) {
        if (!isSealed(sealed)) {
            throw new IllegalArgumentException("Not a sealed value");
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(sealed.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Not a sealed value", e);
        }
        if (bytes.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new IllegalArgumentException("Not a sealed value");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new IllegalArgumentException("Sealed value altered or sealed under another key", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java platform", e);
        }
    }

    private static SecretKeySpec keySpec(byte[] key) {
        if (key == null || key.length != KEY_BYTES) {
            throw new IllegalArgumentException("An AES-256 key is " + KEY_BYTES + " bytes");
        }
        return new SecretKeySpec(key.clone(), "AES");
    }
}
