package eu.trustdesk.platform.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A typed date that is no date is refused as such, with the form expected, in the page's language. */
class LocalDateFacesConverterTest {

    @Test
    void theRefusalNamesWhatWasTypedAndShowsTheExpectedForm() {
        assertEquals("« 1980-13-45 » n'est pas une date : saisissez-la sous la forme jour/mois/année, par exemple 12/03/1980.",
                LocalDateFacesConverter.refusal(Locale.FRENCH, " 1980-13-45 "));
        assertEquals("«31/02/1980» non è una data: scrivila nella forma giorno/mese/anno, ad esempio 12/03/1980.",
                LocalDateFacesConverter.refusal(Locale.ITALIAN, "31/02/1980"));
        assertEquals("\"March 12th\" is not a date: write it as day/month/year, for example 12/03/1980.",
                LocalDateFacesConverter.refusal(Locale.ENGLISH, "March 12th"));
    }
}
