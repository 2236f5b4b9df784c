package eu.trustdesk.account.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Hashes and verifies passwords with the platform's PBKDF2 implementation (Jakarta Security),
 * with the OWASP Password Storage Cheat Sheet parameters for PBKDF2-HMAC-SHA512.
 *
 * <p>The stored form carries algorithm, iterations and salt, so raising the parameters later
 * does not invalidate existing hashes.
 */
@Dependent
public class PasswordHashing {

    static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64");

    /**
     * Verified when the account does not exist, so that an unknown address costs as much time as
     * a wrong password and response times do not reveal which addresses have an account.
     */
    private String decoyHash;

    @Inject
    private Pbkdf2PasswordHash pbkdf2;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(PARAMETERS);
    }

    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    public boolean matches(char[] password, String storedHash) {
        return pbkdf2.verify(password, storedHash);
    }

    /** Spends the time of one verification without any account behind it. */
    public void verifyNothing(char[] password) {
        if (decoyHash == null) {
            decoyHash = pbkdf2.generate("decoy-password-not-used".toCharArray());
        }
        pbkdf2.verify(password, decoyHash);
    }
}
