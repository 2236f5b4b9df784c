package eu.trustdesk.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where the key of {@link SecretBox} comes from.
 *
 * <ul>
 * <li>{@code TRUSTDESK_SECRET_KEY} (base64 of 32 random bytes, e.g. {@code openssl rand -base64 32}):
 * always used when set; a value that is not 32 bytes of base64 stops the start.</li>
 * <li>Unset in a demo start ({@code TRUSTDESK_DEMO_DATA=true}): a key generated at the first start
 * and kept in {@code TRUSTDESK_DEMO_SECRET_KEY_FILE} (by default
 * {@code ${user.home}/.trustdesk/demo-secret-key}, owner-only), so that mails sealed before a
 * restart still open after it.</li>
 * <li>Unset in a production start: {@link ProductionSafety} refuses to start and names the variable.</li>
 * </ul>
 * The key must stay the same as long as sealed values wait in the database: a mail sealed with a
 * lost key cannot be sent (it fails with its error in the outbox console).
 */
public final class SecretKeys {

    public static final String KEY = "trustdesk.secret-key";
    public static final String DEMO_KEY_FILE = "trustdesk.demo-secret-key-file";
    static final int KEY_BYTES = 32;

    private SecretKeys() {
    }

    /** The key of this server, from the MicroProfile configuration (environment variables included). */
    public static byte[] fromConfiguration() {
        var config = ConfigProvider.getConfig();
        return resolve(key -> config.getOptionalValue(key, String.class));
    }

    /**
     * The key the settings give: the configured one, or in a demo start the one kept in the demo key
     * file (created when missing).
     *
     * @throws IllegalStateException naming the variable when it is malformed, or missing outside a demo
     */
    public static byte[] resolve(Function<String, Optional<String>> config) {
        Optional<String> configured = config.apply(KEY).map(String::strip).filter(v -> !v.isEmpty());
        if (configured.isPresent()) {
            return decode(configured.get());
        }
        if (!ProductionReadiness.demo(config)) {
            throw new IllegalStateException("TRUSTDESK_SECRET_KEY is not set: TrustDesk needs it to seal the links and"
                    + " codes it stores (base64 of 32 random bytes, e.g. openssl rand -base64 32)");
        }
        Path file = config.apply(DEMO_KEY_FILE).filter(v -> !v.isBlank()).map(Paths::get)
                .orElseGet(() -> Paths.get(System.getProperty("user.home"), ".trustdesk", "demo-secret-key"));
        return demoKey(file);
    }

    /** Checks a configured key without keeping it: empty when fine, else what is wrong. */
    public static Optional<String> problem(Function<String, Optional<String>> config) {
        try {
            config.apply(KEY).map(String::strip).filter(v -> !v.isEmpty()).ifPresent(SecretKeys::decode);
            return Optional.empty();
        } catch (IllegalStateException e) {
            return Optional.of(e.getMessage());
        }
    }

    static byte[] decode(String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("TRUSTDESK_SECRET_KEY is not base64 (expected base64 of 32 random bytes)");
        }
        if (key.length != KEY_BYTES) {
            throw new IllegalStateException("TRUSTDESK_SECRET_KEY decodes to " + key.length
                    + " bytes; expected " + KEY_BYTES + " (openssl rand -base64 32)");
        }
        return key;
    }

    /** Reads the demo key, or creates it (owner-only) on the first start; two servers starting at once agree on one. */
    static byte[] demoKey(Path file) {
        try {
            if (Files.exists(file)) {
                return decode(Files.readString(file).strip());
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            byte[] key = new byte[KEY_BYTES];
            new SecureRandom().nextBytes(key);
            try {
                Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardOpenOption.CREATE_NEW);
            } catch (FileAlreadyExistsException raced) {
                return decode(Files.readString(file).strip());
            }
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the directory's rights apply
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Demo secret key file " + file + " cannot be read or written", e);
        }
    }
}
