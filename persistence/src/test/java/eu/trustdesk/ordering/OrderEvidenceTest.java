package eu.trustdesk.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.account.entity.Account;
import eu.trustdesk.ordering.entity.Applicant;
import eu.trustdesk.ordering.entity.CustomerOrder;
import eu.trustdesk.ordering.entity.CustomerOrder.LineFacts;
import eu.trustdesk.ordering.entity.Payer;
import eu.trustdesk.ordering.entity.PaymentMode;
import eu.trustdesk.ordering.entity.TermsOfSaleVersion;
import eu.trustdesk.organisation.entity.Country;
import eu.trustdesk.organisation.entity.HolderType;
import eu.trustdesk.organisation.entity.LegalIdentity;
import eu.trustdesk.organisation.entity.Organisation;
import eu.trustdesk.shared.Language;
import eu.trustdesk.shared.pricing.LineItem;
import eu.trustdesk.shared.pricing.PriceCalculator;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderEvidenceTest {

    private static final Instant NOW = Instant.parse("2026-12-07T19:30:00Z");
    private static final byte[] PDF = "%PDF-1.7 Conditions générales de vente – Hélène Lefèvre".getBytes(StandardCharsets.UTF_8);

    private static CustomerOrder order(String termsVersion) {
        Account buyer = new Account("helene.lefevre@example.fr", "Hélène", "Lefèvre", Language.FR, "hash", NOW);
        LegalIdentity identity = LegalIdentity.of(HolderType.COMPANY, Country.FR, "81234567600017", null, null, null, null, null);
        Organisation organisation = new Organisation(buyer, "Lefèvre & Fils SARL", HolderType.COMPANY, Country.FR, identity, NOW);
        LineItem token = new LineItem("SIG-TOKEN", "Signature sur clé USB", 2, new BigDecimal("149.90"), new BigDecimal("20"));
        LineItem plan = new LineItem("EINV-PRO", "Fatturazione elettronica", 1, new BigDecimal("39.99"), new BigDecimal("22"));
        return new CustomerOrder(buyer, organisation, Applicant.of("Hélène", "Lefèvre", "helene.lefevre@example.fr",
                "+33 1 23 45 67 89", null), true, new Payer("Lefèvre & Fils SARL", HolderType.COMPANY, Country.FR, identity,
                null, null, false, false), PriceCalculator.price("EUR", List.of(token, plan), null),
                List.of(new LineFacts(1, true, true), new LineFacts(1, true, false)), null, PaymentMode.BANK_TRANSFER,
                termsVersion, "192.0.2.10", NOW);
    }

    @Test
    void goodsThatShipGoToTheAddressCopiedAtCheckout() {
        CustomerOrder order = order("2026-03");
        assertTrue(order.ships(), "the token is sent by post");
        order.shipTo("Niccolò Dell'Acqua", eu.trustdesk.organisation.entity.PostalAddress.of("Via del Corso 12", null,
                "00186", "Roma", "RM", Country.IT));
        assertEquals("Niccolò Dell'Acqua", order.deliveryRecipient());
        assertEquals("Roma", order.deliveryAddress().city());
        order.shipTo(" ", eu.trustdesk.organisation.entity.PostalAddress.of("12 rue de la République", null, "69002",
                "Lyon", null, Country.FR));
        assertEquals("Lefèvre & Fils SARL", order.deliveryRecipient(), "no recipient named: the payer");
    }

    @Test
    void aVersionKeepsItsBytesAndTheirFingerprint() {
        TermsOfSaleVersion terms = new TermsOfSaleVersion("2026-03", Language.FR, PDF, NOW);
        assertEquals(64, terms.sha256().length());
        assertEquals(eu.trustdesk.shared.Fingerprint.sha256(PDF), terms.sha256());
        assertTrue(terms.intact());
        byte[] copy = terms.pdf();
        copy[0] = 'X';
        assertTrue(terms.intact(), "what is handed out cannot change what is kept");
        assertFalse(new TermsOfSaleVersion("2026-03", Language.FR, copy, NOW).sha256().equals(terms.sha256()));
        assertThrows(IllegalArgumentException.class, () -> new TermsOfSaleVersion("2026-03", Language.IT, new byte[0], NOW));
        assertThrows(IllegalArgumentException.class, () -> new TermsOfSaleVersion(" ", Language.IT, PDF, NOW));
    }

    @Test
    void anOrderLinksTheVersionItsBuyerAcceptedOnceAndForAll() {
        CustomerOrder order = order("2026-03");
        assertNull(order.termsDocument());
        TermsOfSaleVersion accepted = new TermsOfSaleVersion("2026-03", Language.FR, PDF, NOW);
        order.acceptedTerms(accepted);
        assertSame(accepted, order.termsDocument());
        order.acceptedTerms(accepted);
        assertThrows(IllegalStateException.class,
                () -> order.acceptedTerms(new TermsOfSaleVersion("2026-03", Language.IT, PDF, NOW)), "the evidence never changes");
        assertThrows(IllegalArgumentException.class,
                () -> order("2026-03").acceptedTerms(new TermsOfSaleVersion("2027-01", Language.FR, PDF, NOW)),
                "only the version the buyer accepted");
    }
}
