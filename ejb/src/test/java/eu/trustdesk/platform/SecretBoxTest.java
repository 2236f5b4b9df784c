package eu.trustdesk.platform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretBoxTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final String MAIL = "Bonjour Anaïs L'Hôte,\n\nhttps://trustdesk.test/password-reset.xhtml?token=Zm9v-YmFy_42"
            + "\n\nŁódź · 東京 · Ελλάδα";

    private final SecretBox box = new SecretBox(KEY);

    @Test
    void whatIsSealedOpensToTheSameTextAndIsNotReadable() {
        String sealed = box.seal(MAIL);
        assertTrue(SecretBox.isSealed(sealed), sealed);
        assertFalse(sealed.contains("token"), sealed);
        assertFalse(sealed.contains("Anaïs"), sealed);
        assertEquals(MAIL, box.open(sealed));
        assertEquals("", box.open(box.seal("")));
    }

    @Test
    void theSameTextSealsDifferentlyEachTime() {
        assertNotEquals(box.seal(MAIL), box.seal(MAIL), "a fresh nonce per value");
    }

    @Test
    void aTamperedValueIsRefused() {
        String sealed = box.seal(MAIL);
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(SecretBox.PREFIX.length()));
        for (int position : new int[] {0, 12, bytes.length / 2, bytes.length - 1}) {
            byte[] altered = bytes.clone();
            altered[position] ^= 0x01;
            String tampered = SecretBox.PREFIX + Base64.getEncoder().encodeToString(altered);
            assertThrows(IllegalArgumentException.class, () -> box.open(tampered), "bit flipped at " + position);
        }
        assertThrows(IllegalArgumentException.class, () -> box.open(sealed.substring(0, sealed.length() - 8)), "truncated");
        assertThrows(IllegalArgumentException.class, () -> box.open(SecretBox.PREFIX + "not base64 !"));
        assertThrows(IllegalArgumentException.class, () -> box.open("https://trustdesk.test/?token=clear"), "not sealed");
    }

    @Test
    void anotherKeyCannotOpenIt() {
        byte[] other = KEY.clone();
        other[31] ^= 0x01;
        assertThrows(IllegalArgumentException.class, () -> new SecretBox(other).open(box.seal(MAIL)));
    }

    @Test
    void aKeyMustBe32Bytes() {
        assertThrows(IllegalArgumentException.class, () -> new SecretBox(new byte[16]));
    }

    @Test
    void theConfiguredKeyIsBase64Of32Bytes() {
        String base64 = Base64.getEncoder().encodeToString(KEY);
        assertArrayEquals(KEY, SecretKeys.resolve(config(Map.of(SecretKeys.KEY, " " + base64 + "\n"))));
        assertTrue(SecretKeys.problem(config(Map.of(SecretKeys.KEY, base64))).isEmpty());
        String tooShort = SecretKeys.problem(config(Map.of(SecretKeys.KEY, Base64.getEncoder().encodeToString(new byte[16]))))
                .orElseThrow();
        assertTrue(tooShort.contains("TRUSTDESK_SECRET_KEY") && tooShort.contains("16 bytes"), tooShort);
        assertTrue(SecretKeys.problem(config(Map.of(SecretKeys.KEY, "pas du base64 !"))).orElseThrow()
                .contains("TRUSTDESK_SECRET_KEY"));
    }

    @Test
    void aProductionStartWithoutKeyIsRefusedNamingTheVariable() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> SecretKeys.resolve(config(Map.of("trustdesk.demo-data", "false"))));
        assertTrue(refused.getMessage().contains("TRUSTDESK_SECRET_KEY"), refused.getMessage());
    }

    @Test
    void aDemoStartWithoutKeyGeneratesOneOnceAndKeepsIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("données").resolve("demo-secret-key");
        Function<String, Optional<String>> demo = config(Map.of("trustdesk.demo-data", "true",
                SecretKeys.DEMO_KEY_FILE, file.toString()));
        byte[] first = SecretKeys.resolve(demo);
        assertEquals(32, first.length);
        assertTrue(Files.exists(file));
        assertArrayEquals(first, SecretKeys.resolve(demo), "the same key after a restart");
        String sealedBefore = new SecretBox(first).seal(MAIL);
        assertEquals(MAIL, new SecretBox(SecretKeys.resolve(demo)).open(sealedBefore));
    }

    private static Function<String, Optional<String>> config(Map<String, String> values) {
        return key -> Optional.ofNullable(values.get(key));
    }
}
