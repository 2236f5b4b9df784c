package eu.trustdesk.platform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class SecretBoxTest {

    private static final byte[] KEY = new byte[32];
    private static final byte[] OTHER_KEY = new byte[32];

    static {
        for (int i = 0; i < 32; i++) {
            KEY[i] = (byte) i;
            OTHER_KEY[i] = (byte) (31 - i);
        }
    }

    private static Function<String, Optional<String>> config(Map<String, String> values) {
        return key -> Optional.ofNullable(values.get(key));
    }

    @Test
    void whatIsSealedOpensWithTheSameKeyAndIsNotReadableInBetween() {
        SecretBox box = new SecretBox(KEY);
        String plain = "JBSWY3DPEHPK3PXP — Łódź, Forlì, l'Haÿ-les-Roses 東京";
        String sealed = box.seal(plain);
        assertTrue(sealed.startsWith("v1:"), sealed);
        assertFalse(sealed.contains("JBSWY3DPEHPK3PXP"));
        assertEquals(plain, box.open(sealed));
        assertNotEquals(sealed, box.seal(plain), "a fresh nonce each time: equal secrets do not look equal");
    }

    @Test
    void anAlteredValueOrAnotherKeyDoesNotOpen() {
        String sealed = new SecretBox(KEY).seal("secret");
        char last = sealed.charAt(sealed.length() - 2);
        String altered = sealed.substring(0, sealed.length() - 2) + (last == 'A' ? 'B' : 'A') + sealed.charAt(sealed.length() - 1);
        assertThrows(IllegalArgumentException.class, () -> new SecretBox(KEY).open(altered));
        assertThrows(IllegalArgumentException.class, () -> new SecretBox(OTHER_KEY).open(sealed));
        assertThrows(IllegalArgumentException.class, () -> new SecretBox(KEY).open("secret"));
        assertThrows(IllegalArgumentException.class, () -> new SecretBox(KEY).open("v1:!!"));
    }

    @Test
    void theKeyComesFromTheEnvironmentAndAMalformedOneIsNamed() {
        String encoded = Base64.getEncoder().encodeToString(KEY);
        assertArrayEquals(KEY, SecretBox.keyFrom(config(Map.of("trustdesk.secret-key", encoded))));
        IllegalStateException shortKey = assertThrows(IllegalStateException.class,
                () -> SecretBox.keyFrom(config(Map.of("trustdesk.secret-key", "c2hvcnQ="))));
        assertTrue(shortKey.getMessage().contains("TRUSTDESK_SECRET_KEY must be 32 bytes"), shortKey.getMessage());
        IllegalStateException notBase64 = assertThrows(IllegalStateException.class,
                () -> SecretBox.keyFrom(config(Map.of("trustdesk.secret-key", "pas du base64 !"))));
        assertTrue(notBase64.getMessage().contains("TRUSTDESK_SECRET_KEY"));
    }

    @Test
    void withoutAKeyOnlyTheDemoStartsAndItsKeyIsFixed() {
        IllegalStateException production = assertThrows(IllegalStateException.class,
                () -> SecretBox.keyFrom(config(Map.of("trustdesk.demo-data", "false"))));
        assertTrue(production.getMessage().contains("TRUSTDESK_SECRET_KEY is unset"));
        byte[] demo = SecretBox.keyFrom(config(Map.of("trustdesk.demo-data", "true")));
        assertArrayEquals(demo, SecretBox.keyFrom(config(Map.of("trustdesk.demo-data", "true", "trustdesk.secret-key", " "))));
        String sealed = new SecretBox(demo).seal("survives a restart of the demo");
        assertEquals("survives a restart of the demo", new SecretBox(SecretBox.keyFrom(config(Map.of("trustdesk.demo-data", "true")))).open(sealed));
    }
}
