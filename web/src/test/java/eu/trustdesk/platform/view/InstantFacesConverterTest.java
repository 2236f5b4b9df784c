package eu.trustdesk.platform.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Dates on the console pages: in the reader's language, on the clock of Paris. */
class InstantFacesConverterTest {

    private static final Instant WINTER_AFTERNOON = Instant.parse("2026-01-15T14:04:05Z");
    private static final Instant SUMMER_AFTERNOON = Instant.parse("2026-07-15T14:04:05Z");

    @Test
    void anInstantIsShownInParisTimeInTheLanguageOfThePage() {
        String french = InstantFacesConverter.format(WINTER_AFTERNOON, Locale.FRENCH);
        assertTrue(french.contains("15:04:05") && french.contains("2026") && french.contains("janv"), french);
        String italian = InstantFacesConverter.format(SUMMER_AFTERNOON, Locale.ITALIAN);
        assertTrue(italian.contains("16:04:05") && italian.contains("lug"), italian);
        String english = InstantFacesConverter.format(WINTER_AFTERNOON, Locale.ENGLISH);
        assertTrue(english.contains("15:04:05") && english.contains("15 Jan 2026"), english);
    }

    @Test
    void whatIsShownReadsBackAsTheSameInstant() {
        for (Locale locale : new Locale[] {Locale.FRENCH, Locale.ITALIAN, Locale.ENGLISH}) {
            String shown = InstantFacesConverter.format(SUMMER_AFTERNOON, locale);
            assertEquals(SUMMER_AFTERNOON, Instant.from(InstantFacesConverter.formatter(locale).parse(shown)), shown);
        }
    }

    @Test
    void noInstantNoText() {
        assertEquals("", InstantFacesConverter.format(null, Locale.FRENCH));
    }
}
