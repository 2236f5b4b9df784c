package eu.trustdesk.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.account.control.SecretTokens;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SecretTokensTest {

    private static final Pattern URL_SAFE_43 = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final Pattern HEX_64 = Pattern.compile("[0-9a-f]{64}");

    private final SecretTokens tokens = new SecretTokens();

    @Test
    void aSecretIs43UrlSafeCharacters() {
        for (int i = 0; i < 100; i++) {
            String secret = tokens.newSecret();
            assertTrue(URL_SAFE_43.matcher(secret).matches(), secret);
        }
    }

    @Test
    void secretsDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertTrue(seen.add(tokens.newSecret()), "draw " + i + " repeated an earlier secret");
        }
        assertEquals(1000, seen.size());
    }

    @Test
    void theHashIsTheHexSha256OfTheSecret() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", tokens.hash("abc"));
        String secret = tokens.newSecret();
        String hash = tokens.hash(secret);
        assertTrue(HEX_64.matcher(hash).matches(), hash);
        assertEquals(hash, tokens.hash(secret), "the same secret always finds its stored hash");
        assertEquals(hash, new SecretTokens().hash(secret), "across instances too");
        assertNotEquals(hash, tokens.hash(tokens.newSecret()));
    }
}
