package eu.trustdesk.organisation;

import static eu.trustdesk.organisation.LegalIdentityTest.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import eu.trustdesk.organisation.entity.Contact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ContactTest {

    @Test
    void aNameAloneIsEnough() {
        Contact contact = Contact.of(" Anna Martin ", " ", null);
        assertEquals("Anna Martin", contact.name());
        assertNull(contact.email());
        assertNull(contact.phone());
    }

    @Test
    void emailAndPhoneAreKeptStripped() {
        Contact contact = Contact.of("Anna Martin", " anna.martin@example.fr ", " +33 4 78 00 00 00 ");
        assertEquals("anna.martin@example.fr", contact.email());
        assertEquals("+33 4 78 00 00 00", contact.phone());
        assertEquals("(06) 1234-5678", Contact.of("Marco Rossi", null, "(06) 1234-5678").phone());
        assertEquals("04.78.00.00.00", Contact.of("Anna Martin", null, "04.78.00.00.00").phone());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void theNameIsRequired(String name) {
        refused("error.contact.name", () -> Contact.of(name, "anna@example.fr", null));
    }

    @Test
    void anOverlongNameIsRefused() {
        refused("error.contact.name", () -> Contact.of("x".repeat(Contact.NAME_LENGTH + 1), null, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"anna", "anna@example", "anna@@example.fr", "anna martin@example.fr", "@example.fr"})
    void aMalformedEmailIsRefused(String email) {
        refused("error.contact.email", () -> Contact.of("Anna Martin", email, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"call me", "12345", "+33 4 78 ab 00 00", "0478000000 ext 12", "++33478000000"})
    void aMalformedPhoneIsRefused(String phone) {
        refused("error.contact.phone", () -> Contact.of("Anna Martin", null, phone));
    }
}
