package eu.trustdesk.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void codesAreReadLeniently() {
        assertEquals(Optional.of(Language.IT), Language.fromCode("it"));
        assertEquals(Optional.of(Language.IT), Language.fromCode("IT"));
        assertEquals(Optional.of(Language.FR), Language.fromCode("fr-CA"));
        assertEquals(Optional.of(Language.EN), Language.fromCode(" en_GB "));
    }

    @Test
    void unsupportedLanguagesAreRefusedOrFallBackToFrench() {
        assertEquals(Optional.empty(), Language.fromCode("de"));
        assertEquals(Optional.empty(), Language.fromCode(""));
        assertEquals(Optional.empty(), Language.fromCode(null));
        assertEquals(Language.FR, Language.of(Locale.GERMAN));
        assertEquals(Language.IT, Language.of(Locale.ITALY));
    }
}
