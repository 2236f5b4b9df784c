package eu.trustdesk.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.account.entity.Account;
import eu.trustdesk.ordering.entity.CustomerOrder.LineFacts;
import eu.trustdesk.ordering.entity.Payer;
import eu.trustdesk.organisation.entity.Contact;
import eu.trustdesk.organisation.entity.Country;
import eu.trustdesk.organisation.entity.HolderType;
import eu.trustdesk.organisation.entity.LegalIdentity;
import eu.trustdesk.organisation.entity.Organisation;
import eu.trustdesk.organisation.entity.PostalAddress;
import eu.trustdesk.procurement.entity.PurchaseOrderReceipt;
import eu.trustdesk.procurement.entity.Quote;
import eu.trustdesk.procurement.entity.QuoteStatus;
import eu.trustdesk.shared.BusinessException;
import eu.trustdesk.shared.Language;
import eu.trustdesk.shared.pricing.LineItem;
import eu.trustdesk.shared.pricing.PriceCalculator;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of a quote: one month of validity, pre-order once, convert only while valid and only on the original. */
class QuoteTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-11-23");
    private static final LegalIdentity MAIRIE = LegalIdentity.of(HolderType.PUBLIC_ADMINISTRATION, Country.FR,
            "21690123100011", null, null, null, null, null);

    private static Organisation publicBody(boolean confirmed) {
        Account buyer = new Account("buyer@example.test", "Jean", "Dupont", Language.FR, "hash", NOW);
        Organisation mairie = new Organisation(buyer, "Mairie de Test", HolderType.PUBLIC_ADMINISTRATION, Country.FR,
                MAIRIE, NOW);
        mairie.changeQuoteHeader(PostalAddress.of("Place de la Mairie", null, "69100", "Villeurbanne", null, Country.FR),
                Contact.of("Service des achats", "achats@mairie.test", null));
        if (confirmed) {
            mairie.confirmPublicBody("admin@example.test", NOW);
        }
        return mairie;
    }

    private static Quote quote(Organisation organisation) {
        return new Quote(organisation.owner(), organisation, Language.FR, "Mairie", null, null, "+33 4 72 00 00 00",
                new Payer(organisation.name(), HolderType.PUBLIC_ADMINISTRATION, Country.FR, MAIRIE,
                        organisation.quoteHeaderAddress(), organisation.contact(), true, false),
                PriceCalculator.price("EUR", List.of(
                        new LineItem("SIG-TOKEN", "Certificat sur clé USB", 2, new BigDecimal("149.00"), new BigDecimal("20")),
                        new LineItem("SIG-SOFT", "Certificat logiciel", 1, new BigDecimal("90.00"), new BigDecimal("20"))),
                        null),
                List.of(new LineFacts(1, true, true), new LineFacts(1, true, false)), "2026-03", NOW, TODAY);
    }

    private static PurchaseOrderReceipt original(String number) {
        return PurchaseOrderReceipt.of(number, TODAY, "Le maire", true, "bc.pdf",
                "%PDF-1.7 scan".getBytes(StandardCharsets.US_ASCII), "accountant@example.test", NOW, TODAY);
    }

    private static String refusal(Runnable action) {
        return assertThrows(BusinessException.class, action::run).messageKey();
    }

    @Test
    void aQuoteIsValidOneMonthWithTheTotalsOfItsLines() {
        Quote quote = quote(publicBody(true));
        assertEquals(QuoteStatus.VALID, quote.status());
        assertEquals(LocalDate.parse("2026-12-23"), quote.validUntil());
        assertFalse(quote.isPastValidity(LocalDate.parse("2026-12-23")), "the last day is included");
        assertTrue(quote.isPastValidity(LocalDate.parse("2026-12-24")));
        assertEquals(QuoteStatus.EXPIRED, quote.statusOn(LocalDate.parse("2026-12-24")));
        assertEquals(new BigDecimal("388.00"), quote.totalExcludingVat());
        assertEquals(new BigDecimal("465.60"), quote.totalIncludingVat());
        assertEquals(1, quote.shippedLines().size());
        assertEquals("Place de la Mairie", quote.deliveryAddress().line1(), "no delivery address: the quote header's");
    }

    @Test
    void onlyAConfirmedPublicBodyGetsAQuote() {
        assertEquals("error.quote.publicBodiesOnly", refusal(() -> quote(publicBody(false))));
    }

    @Test
    void aPreOrderHoldsTheGoodsOnceAndOnlyWhileTheQuoteIsValid() {
        Quote quote = quote(publicBody(true));
        quote.preOrder(NOW, TODAY);
        assertTrue(quote.holdsReservation());
        assertEquals("error.quote.alreadyPreOrdered", refusal(() -> quote.preOrder(NOW, TODAY)));
        Quote late = quote(publicBody(true));
        assertEquals("error.quote.expired", refusal(() -> late.preOrder(NOW, LocalDate.parse("2026-12-24"))));
        assertFalse(late.holdsReservation());
    }

    @Test
    void expiryReleasesTheReservationExactlyOnce() {
        Quote quote = quote(publicBody(true));
        quote.preOrder(NOW, TODAY);
        LocalDate after = LocalDate.parse("2026-12-24");
        assertThrows(IllegalStateException.class, () -> quote.expire(NOW, TODAY), "not before the month is over");
        assertTrue(quote.expire(NOW, after), "the held goods go back");
        assertEquals(QuoteStatus.EXPIRED, quote.status());
        assertFalse(quote.holdsReservation());
        assertThrows(IllegalStateException.class, () -> quote.expire(NOW, after), "never twice");
        Quote notReserved = quote(publicBody(true));
        assertFalse(notReserved.expire(NOW, after), "nothing held, nothing to give back");
    }

    @Test
    void theOriginalPurchaseOrderConvertsAValidQuoteOnly() {
        Quote quote = quote(publicBody(true));
        quote.preOrder(NOW, TODAY);
        quote.convert(original("BC-2026-17"), NOW, TODAY.plusDays(30));
        assertEquals(QuoteStatus.CONVERTED, quote.status());
        assertEquals("BC-2026-17", quote.purchaseOrder().number());
        assertTrue(quote.holdsReservation(), "held until shipped");
        assertEquals("error.quote.notValid", refusal(() -> quote.convert(original("BC-2"), NOW, TODAY)));
        assertEquals("error.quote.notValid", refusal(() -> quote.cancel("a", "withdrawn", NOW)));
        assertTrue(quote.shipReservation(NOW), "the held goods leave with the shipment");
        assertFalse(quote.shipReservation(NOW), "and only once");

        Quote expired = quote(publicBody(true));
        assertEquals("error.quote.expired", refusal(() -> expired.convert(original("BC-3"), NOW, TODAY.plusDays(31))));
        assertEquals(QuoteStatus.VALID, expired.status());
        expired.expire(NOW, TODAY.plusDays(31));
        assertEquals("error.quote.expired", refusal(() -> expired.convert(original("BC-3"), NOW, TODAY)));
    }

    @Test
    void aCancelledQuoteGivesBackWhatItHeldAndCannotBeShipped() {
        Quote quote = quote(publicBody(true));
        assertEquals("error.quote.reasonRequired", refusal(() -> quote.cancel("a", " ", NOW)));
        quote.preOrder(NOW, TODAY);
        assertTrue(quote.cancel("accountant@example.test", "Withdrawn by the body", NOW));
        assertEquals(QuoteStatus.CANCELLED, quote.status());
        assertEquals("error.delivery.notConverted", refusal(() -> quote.shipReservation(NOW)));
    }

    @Test
    void aPurchaseOrderIsRecordedOnlyComplete() {
        byte[] scan = "%PDF-1.4 scan".getBytes(StandardCharsets.US_ASCII);
        assertEquals("error.po.numberRequired", refusal(() -> PurchaseOrderReceipt.of(" ", TODAY, "M", true, "s",
                scan, "a", NOW, TODAY)));
        assertEquals("error.po.dateRequired", refusal(() -> PurchaseOrderReceipt.of("BC", null, "M", true, "s",
                scan, "a", NOW, TODAY)));
        assertEquals("error.po.dateInFuture", refusal(() -> PurchaseOrderReceipt.of("BC", TODAY.plusDays(1), "M", true,
                "s", scan, "a", NOW, TODAY)));
        assertEquals("error.po.signatoryRequired", refusal(() -> PurchaseOrderReceipt.of("BC", TODAY, null, true, "s",
                scan, "a", NOW, TODAY)));
        assertEquals("error.po.scanRequired", refusal(() -> PurchaseOrderReceipt.of("BC", TODAY, "M", true, "s",
                new byte[0], "a", NOW, TODAY)));
        assertEquals("error.po.originalRequired", refusal(() -> PurchaseOrderReceipt.of("BC", TODAY, "M", false, "s",
                scan, "a", NOW, TODAY)), "a copy or a signed quote is not a purchase order");
        assertEquals("error.po.numberTooLong", refusal(() -> PurchaseOrderReceipt.of("B".repeat(51), TODAY, "M", true,
                "s", scan, "a", NOW, TODAY)));
    }

    @Test
    void aPurchaseOrderScanIsStoredWithTheTypeOfItsContentNotTheBrowsers() {
        PurchaseOrderReceipt pdf = PurchaseOrderReceipt.of("BC-2026-0142", TODAY, "Hélène Lefèvre, maire", true,
                "bon de commande signé.jpg", "%PDF-1.7\n%âãÏÓ scan".getBytes(StandardCharsets.ISO_8859_1), "a", NOW, TODAY);
        assertEquals("application/pdf", pdf.scanType(), "a PDF named .jpg is a PDF");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
        assertEquals("image/png", PurchaseOrderReceipt.of("BC-7", TODAY, "M", true, "scan.pdf", png, "a", NOW, TODAY)
                .scanType());
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16};
        assertEquals("image/jpeg", PurchaseOrderReceipt.of("BC-8", TODAY, "M", true, "scan", jpeg, "a", NOW, TODAY)
                .scanType());
        // an HTML page or a program is refused, whatever its name and the type the browser claimed
        assertEquals("error.po.scanType", refusal(() -> PurchaseOrderReceipt.of("BC-9", TODAY, "M", true, "bc.pdf",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), "a", NOW, TODAY)));
        assertEquals("error.po.scanType", refusal(() -> PurchaseOrderReceipt.of("BC-9", TODAY, "M", true, "bc.pdf",
                new byte[] {'M', 'Z', 0, 0}, "a", NOW, TODAY)));
    }

    @Test
    void theBuyerMustGiveAPhoneForTheOrder() {
        Organisation mairie = publicBody(true);
        assertEquals("error.applicant.phone", refusal(() -> new Quote(mairie.owner(), mairie, Language.FR, "Mairie", null,
                null, "", new Payer(mairie.name(), HolderType.PUBLIC_ADMINISTRATION, Country.FR, MAIRIE, null, null,
                        true, false),
                PriceCalculator.price("EUR", List.of(new LineItem("X", "X", 1, BigDecimal.TEN, BigDecimal.ZERO)), null),
                List.of(new LineFacts(0, false, true)), "2026-03", NOW, TODAY)));
    }
}
