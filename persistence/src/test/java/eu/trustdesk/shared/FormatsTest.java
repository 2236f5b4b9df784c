package eu.trustdesk.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What a French, an Italian and an English reader see of an amount, a rate and a date. */
class FormatsTest {

    /** The JDK's French thousands separator: a narrow no-break space. */
    private static final String NNBSP = "\u202F";
    /** The JDK's space before the French euro and percent signs: a no-break space. */
    private static final String NBSP = "\u00A0";

    private static final Formats FR = Formats.of(Language.FR);
    private static final Formats IT = Formats.of(Language.IT);
    private static final Formats EN = Formats.of(Language.EN);

    @Test
    void moneyHasTheEuroSignAndTheSeparatorsOfEachLanguage() {
        Money amount = Money.euros("1234.56");
        assertEquals("1" + NNBSP + "234,56" + NBSP + "€", FR.money(amount));
        assertEquals("1.234,56" + NBSP + "€", IT.money(amount));
        assertEquals("€1,234.56", EN.money(amount));
    }

    @Test
    void moneyAlwaysShowsCentsAndNeverTheGenericCurrencySign() {
        assertEquals("85,30" + NBSP + "€", FR.money(new BigDecimal("85.3"), "EUR"));
        assertEquals("€0.00", EN.money(Money.euros("0")));
        assertEquals("-12,34" + NBSP + "€", FR.money(Money.euros("-12.34")));
        assertEquals("1.000.000,00" + NBSP + "€", IT.money(Money.euros("1000000")));
        for (Language language : Language.values()) {
            assertFalse(Formats.of(language).money(Money.euros("63.20")).contains("¤"), language.name());
            assertFalse(Formats.of(language).money(Money.euros("63.20")).contains("EUR"), language.name());
        }
    }

    @Test
    void aMissingAmountIsAnEmptyText() {
        assertEquals("", FR.money(null));
        assertEquals("", FR.percent(null));
        assertEquals("", FR.date((LocalDate) null));
        assertEquals("", FR.dateTime(null));
    }

    @Test
    void percentagesFollowTheLanguage() {
        assertEquals("20" + NBSP + "%", FR.percent(new BigDecimal("20.00")));
        assertEquals("5,5" + NBSP + "%", FR.percent(new BigDecimal("5.50")));
        assertEquals("22%", IT.percent(new BigDecimal("22.00")));
        assertEquals("5,5%", IT.percent(new BigDecimal("5.5")));
        assertEquals("20%", EN.percent(new BigDecimal("20.00")));
        assertEquals("2.1%", EN.percent(new BigDecimal("2.10")));
    }

    @Test
    void unitPricesKeepUpToFourDecimals() {
        assertEquals("1" + NNBSP + "234,5678", FR.number(new BigDecimal("1234.5678"), 2, 4));
        assertEquals("0,10", IT.number(new BigDecimal("0.1"), 2, 4));
        assertEquals("1,234.50", EN.number(new BigDecimal("1234.5"), 2, 4));
    }

    @Test
    void datesAreWrittenInWordsOrDayFirst() {
        LocalDate date = LocalDate.of(2027, 1, 7);
        assertEquals("7 janvier 2027", FR.date(date));
        assertEquals("7 gennaio 2027", IT.date(date));
        assertEquals("7 January 2027", EN.date(date));
        assertEquals("07/01/2027", FR.shortDate(date));
        assertEquals("07/01/2027", IT.shortDate(date));
        assertEquals("07/01/2027", EN.shortDate(date));
    }

    @Test
    void instantsAreShownOnTheClockOfParis() {
        // 23:30 UTC on 31 December is already the next year in Paris
        Instant newYear = Instant.parse("2026-12-31T23:30:00Z");
        assertEquals("1 janvier 2027", FR.date(newYear));
        assertEquals("1 janv. 2027 00:30", FR.dateTime(newYear));
        assertEquals("1 gen 2027, 00:30", IT.dateTime(newYear));
        assertEquals("1 Jan 2027, 00:30", EN.dateTime(newYear));
        // summer time
        assertEquals("14 juil. 2027 16:05", FR.dateTime(Instant.parse("2027-07-14T14:05:00Z")));
    }

    @Test
    void typedDatesAreReadDayFirstInEveryLanguage() {
        LocalDate birth = LocalDate.of(1980, 3, 12);
        for (Language language : Language.values()) {
            Formats formats = Formats.of(language);
            assertEquals(birth, formats.parseDate("12/03/1980"), language.name());
            assertEquals(birth, formats.parseDate(" 12/3/1980 "), language.name());
            assertEquals(birth, formats.parseDate("12.03.1980"), language.name());
            assertEquals(birth, formats.parseDate("1980-03-12"), "the ISO form autofill sends");
        }
    }

    @Test
    void aTypedDateThatIsNoDayIsRefused() {
        assertThrows(DateTimeParseException.class, () -> FR.parseDate("31/02/1980"), "no 31 February");
        assertThrows(DateTimeParseException.class, () -> FR.parseDate("12/13/1980"), "no 13th month");
        assertThrows(DateTimeParseException.class, () -> IT.parseDate("dodici marzo"));
        assertThrows(DateTimeParseException.class, () -> EN.parseDate(""));
    }

    @Test
    void theLocaleOfALanguageHasItsCountry() {
        assertEquals(Locale.FRANCE, Formats.locale(Language.FR));
        assertEquals(Locale.ITALY, Formats.locale(Language.IT));
        assertEquals("IE", Formats.locale(Language.EN).getCountry());
        assertEquals(Language.IT, Formats.of(Locale.ITALIAN).language(), "a page's locale without country");
    }

    @Test
    void amountsAndDatesAmongAMessagesArgumentsAreWrittenForItsReader() {
        Object[] written = IT.arguments(Money.euros("63.20"), LocalDate.of(2027, 1, 7), "CMD-2026-000042", 3);
        assertEquals("63,20" + NBSP + "€", written[0]);
        assertEquals("7 gennaio 2027", written[1]);
        assertEquals("CMD-2026-000042", written[2]);
        assertEquals(3, written[3], "other arguments are left to the message's own format");
    }
}
