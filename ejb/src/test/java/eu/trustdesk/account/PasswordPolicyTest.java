package eu.trustdesk.account;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.account.control.PasswordPolicy;
import eu.trustdesk.shared.BusinessException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private static final String EMAIL = "anna.bianchi@example.it";
    /** Two UTF-16 chars, four UTF-8 bytes, one character. */
    private static final String GRINNING = "\uD83D\uDE00";
    private static final String ROCKET = "\uD83D\uDE80";

    private static Set<String> list;
    private final PasswordPolicy policy = new PasswordPolicy();

    @BeforeAll
    static void readTheBundledList() throws IOException {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
            list = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).collect(Collectors.toSet());
        }
    }

    private void refused(String key, String password) {
        BusinessException e = assertThrows(BusinessException.class, () -> policy.check(password, EMAIL),
                () -> "should be refused: " + password);
        assertEquals(key, e.messageKey(), password);
    }

    private void accepted(String password) {
        assertDoesNotThrow(() -> policy.check(password, EMAIL), password);
    }

    /** {@code length} characters of a passphrase that is in no list. */
    private static String passphrase(int length) {
        String words = "tangerine velvet otter marches past seven quiet lighthouses ";
        return words.repeat(length / words.length() + 1).substring(0, length);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void aPasswordIsRequired(String password) {
        refused("error.password.required", password);
    }

    @Test
    void elevenCharactersAreTooShort() {
        BusinessException e = assertThrows(BusinessException.class, () -> policy.check("Vq7!mZt2#pL", EMAIL));
        assertEquals("error.password.tooShort", e.messageKey());
        assertArrayEquals(new Object[] {PasswordPolicy.MIN_LENGTH}, e.arguments());
    }

    @Test
    void twelveCharactersAreEnough() {
        assertEquals(12, PasswordPolicy.MIN_LENGTH);
        accepted("Vq7!mZt2#pLx");
        accepted(passphrase(12));
    }

    @Test
    void upTo128CharactersAreAccepted() {
        assertEquals(128, PasswordPolicy.MAX_LENGTH);
        accepted(passphrase(128));
        BusinessException e = assertThrows(BusinessException.class, () -> policy.check(passphrase(129), EMAIL));
        assertEquals("error.password.tooLong", e.messageKey());
        assertArrayEquals(new Object[] {PasswordPolicy.MAX_LENGTH}, e.arguments());
    }

    @Test
    void theLengthCountsCharactersNotUtf16UnitsNorBytes() {
        String twelveEmoji = (GRINNING + ROCKET).repeat(6);
        assertEquals(24, twelveEmoji.length());
        accepted(twelveEmoji);
        refused("error.password.tooShort", (GRINNING + ROCKET).repeat(5) + GRINNING);

        String accents = "éàèùâêîôûçëï";
        assertEquals(24, accents.getBytes(StandardCharsets.UTF_8).length);
        accepted(accents);
        refused("error.password.tooShort", accents.substring(1));

        String max = (GRINNING + "é" + ROCKET + "ß").repeat(32);
        assertEquals(128, max.codePointCount(0, max.length()));
        assertEquals(192, max.length());
        accepted(max);
        refused("error.password.tooLong", max + "ü");
    }

    @ParameterizedTest
    @ValueSource(strings = {"leavemealone", "administrator", "supernatural", "professional", "LeaveMeAlone",
        "ADMINISTRATOR", "qwerty123456", "1qaz2wsx3edc"})
    void aCommonPasswordIsRefusedWhateverItsCase(String common) {
        assertTrue(list.contains(common.toLowerCase()), common + " is in the bundled list");
        refused("error.password.common", common);
    }

    @ParameterizedTest
    @ValueSource(strings = {"password2024!", "!!dragon123456", "Sunshine!!2024", "2024 princess 2024", "...iloveyou...",
        // list entries that begin or end with digits themselves
        "1qaz2wsx2024!", "abc123!!!!!!", "!!qwerty123!!"})
    void aCommonPasswordDecoratedWithDigitsOrSymbolsIsRefused(String decorated) {
        refused("error.password.common", decorated);
    }

    @ParameterizedTest
    @ValueSource(strings = {"aaaaaaaaaaaa", "ZZZZZZZZZZZZZZZZ", "zZzZzZzZzZzZ", "éééééééééééé"})
    void oneCharacterRepeatedIsRefused(String repeated) {
        refused("error.password.common", repeated);
    }

    @Test
    void oneEmojiRepeatedIsRefused() {
        refused("error.password.common", GRINNING.repeat(12));
    }

    @Test
    void aPasswordContainingTheEmailIsRefused() {
        refused("error.password.containsEmail", EMAIL + "!x");
        refused("error.password.containsEmail", "My " + EMAIL.toUpperCase() + " pw");
        BusinessException e = assertThrows(BusinessException.class,
                () -> policy.check("AnnaBianchi.Lyon", " AnnaBianchi.Lyon@Example.FR "));
        assertEquals("error.password.containsEmail", e.messageKey(), "the local part alone is refused too");
    }

    @Test
    void theEmailIsOptionalForTheCheck() {
        assertDoesNotThrow(() -> policy.check(passphrase(20), null));
        assertDoesNotThrow(() -> policy.check(passphrase(20), " "));
    }

    @Test
    void thereIsNoCompositionRule() {
        accepted("tangerine velvet otter marches");
        accepted("correcthorsebatterystaple");
        accepted("ZEBRA LANTERN PIANO HARBOUR");
        accepted("la nuit tombe sur le port de gênes");
    }

    @Test
    void digitsAloneAreAcceptedWhenNotCountedOrRepeated() {
        accepted("58203917466120934857");
        accepted("4#91-7730-2%85");
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789012", "987654321098", "121212121212", "123123123123", "112211221122"})
    void countedOrRepeatedDigitsAreRefused(String pattern) {
        refused("error.password.common", pattern);
    }
}
