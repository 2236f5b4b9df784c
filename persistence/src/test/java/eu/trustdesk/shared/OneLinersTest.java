package eu.trustdesk.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The office's calendar day, the links in mails, and what passes for a telephone number. */
class OneLinersTest {

    @Test
    void theDayIsTheOneOfParisWinterAndSummer() {
        assertEquals(LocalDate.parse("2027-01-01"), BusinessCalendar.dayOf(Instant.parse("2026-12-31T23:30:00Z")));
        assertEquals(LocalDate.parse("2026-07-01"), BusinessCalendar.dayOf(Instant.parse("2026-06-30T22:30:00Z")));
        assertEquals(LocalDate.parse("2027-01-01"),
                BusinessCalendar.today(Clock.fixed(Instant.parse("2026-12-31T23:00:00Z"), ZoneOffset.UTC)));
        assertEquals(Instant.parse("2026-12-30T23:00:00Z"), BusinessCalendar.startOf(LocalDate.parse("2026-12-31")));
        assertEquals(Instant.parse("2026-06-29T22:00:00Z"), BusinessCalendar.startOf(LocalDate.parse("2026-06-30")));
    }

    @Test
    void aLinkHasOneSlashBetweenBaseAndPageWhateverTheOperatorWrote() {
        assertEquals("https://td.example/customer/order.xhtml?id=4", Links.join("https://td.example", "customer/order.xhtml?id=4"));
        assertEquals("https://td.example/shop/redeem.xhtml?code=", Links.join("https://td.example/shop/", "redeem.xhtml?code="));
    }

    @Test
    void aPhoneNumberIsCheckedForItsFormAndKeptAsTyped() {
        assertEquals("+39 06 1234 5678", PhoneNumber.checked("  +39 06 1234 5678 ", "error.contact.phone"));
        assertTrue(PhoneNumber.valid("(06) 12.34.56.78"));
        assertTrue(PhoneNumber.valid("+33-1-23-45-67-89"));
        assertFalse(PhoneNumber.valid("12345"), "too short");
        assertFalse(PhoneNumber.valid("06 12 34 56 78 ext. 2"), "letters");
        assertFalse(PhoneNumber.valid("++33 1 23 45 67 89"));
        assertFalse(PhoneNumber.valid(null));
        BusinessException refused = assertThrows(BusinessException.class,
                () -> PhoneNumber.checked("l'accueil", "error.applicant.phone"));
        assertEquals("error.applicant.phone", refused.messageKey());
        assertEquals("l'accueil", refused.arguments()[0], "the page shows what was typed");
    }
}
