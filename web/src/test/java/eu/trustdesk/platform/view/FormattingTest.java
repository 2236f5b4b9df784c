package eu.trustdesk.platform.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.trustdesk.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * What the pages' {@code #{fmt…}} functions write, in the language of the page (here given by the
 * test, as the view's locale without country that JSF has).
 */
class FormattingTest {

    private final Formatting fmt = new Formatting(() -> Locale.FRENCH);

    @Test
    void aFrenchPageReadsFrenchAmountsRatesAndDates() {
        assertEquals("85,32\u00A0€", fmt.money(Money.euros("85.32")));
        assertEquals("1\u202F000,00\u00A0€", fmt.amount(new BigDecimal("1000"), "EUR"));
        assertEquals("5,5\u00A0%", fmt.percent(new BigDecimal("5.50")));
        assertEquals("7 janvier 2027", fmt.date(LocalDate.of(2027, 1, 7)));
        assertEquals("07/01/2027", fmt.shortDate(LocalDate.of(2027, 1, 7)));
        assertEquals("dd/MM/yyyy", fmt.getDatePattern());
        assertEquals("jj/mm/aaaa", fmt.getDatePlaceholder());
    }

    @Test
    void anItalianOrEnglishPageHasItsOwnSeparatorsAndTheEuroSign() {
        assertEquals("1.234,56\u00A0€", new Formatting(() -> Locale.ITALIAN).money(Money.euros("1234.56")));
        assertEquals("€1,234.56", new Formatting(() -> Locale.ENGLISH).money(Money.euros("1234.56")));
        assertEquals("gg/mm/aaaa", new Formatting(() -> Locale.ITALIAN).getDatePlaceholder());
    }

    @Test
    void aWhenIsADayForADateAndADayAndTimeForAMoment() {
        assertEquals("12 mars 1980", fmt.when(LocalDate.of(1980, 3, 12)));
        assertEquals("7 janv. 2027 15:04", fmt.when(Instant.parse("2027-01-07T14:04:05Z")));
        assertEquals("", fmt.when(null));
        assertThrows(IllegalArgumentException.class, () -> fmt.when("2027-01-07"), "a text is no date");
    }
}
