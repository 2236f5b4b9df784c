package eu.trustdesk.procurement;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.account.entity.Account;
import eu.trustdesk.invoicing.entity.Seller;
import eu.trustdesk.ordering.entity.CustomerOrder.LineFacts;
import eu.trustdesk.ordering.entity.Payer;
import eu.trustdesk.organisation.entity.Contact;
import eu.trustdesk.organisation.entity.Country;
import eu.trustdesk.organisation.entity.HolderType;
import eu.trustdesk.organisation.entity.LegalIdentity;
import eu.trustdesk.organisation.entity.Organisation;
import eu.trustdesk.organisation.entity.PostalAddress;
import eu.trustdesk.procurement.control.DeliveryNotePdf;
import eu.trustdesk.procurement.control.QuotePdf;
import eu.trustdesk.procurement.entity.DeliveryNote;
import eu.trustdesk.procurement.entity.PurchaseOrderReceipt;
import eu.trustdesk.procurement.entity.Quote;
import eu.trustdesk.shared.Language;
import eu.trustdesk.shared.pricing.LineItem;
import eu.trustdesk.shared.pricing.PriceCalculator;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The quote and the delivery note, read back: numbers, validity, addresses, references, bank details, instructions. */
class ProcurementPdfTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-11-23");
    private static final Seller SELLER = Seller.of("TrustDesk SAS", "90487215700014", "FR91904872157",
            "10 rue de la Paix", "75002", "Paris", Country.FR, "FR7630006000011234567890189", "AGRIFRPP",
            "billing@trustdesk.test", "SAS au capital de 10 000 EUR");

    private static Quote quote(Language language) {
        Account buyer = new Account("buyer@example.test", "Jean", "Dupont", language, "hash", NOW);
        LegalIdentity identity = LegalIdentity.of(HolderType.PUBLIC_ADMINISTRATION, Country.FR, "21690123100011", null,
                null, null, null, null);
        Organisation mairie = new Organisation(buyer, "Mairie de Villeneuve-Exemple", HolderType.PUBLIC_ADMINISTRATION,
                Country.FR, identity, NOW);
        mairie.changeQuoteHeader(PostalAddress.of("Place de la Mairie", "Service des achats", "69100", "Villeurbanne",
                null, Country.FR), Contact.of("Service des achats", "achats@villeneuve.test", null));
        mairie.confirmPublicBody("admin@example.test", NOW);
        Quote quote = new Quote(buyer, mairie, language, "Services techniques",
                PostalAddress.of("3 rue des Ateliers", null, "69100", "Villeurbanne", null, Country.FR), "+33 4 72 00 00 01",
                "+33 4 72 00 00 01", new Payer(mairie.name(), HolderType.PUBLIC_ADMINISTRATION, Country.FR, identity,
                        mairie.quoteHeaderAddress(), mairie.contact(), true, false),
                PriceCalculator.price("EUR", List.of(new LineItem("SIG-TOKEN", "Certificat sur clé USB", 3,
                        new BigDecimal("149.00"), new BigDecimal("20"))), null),
                List.of(new LineFacts(1, true, true)), "2026-03", NOW, TODAY);
        quote.assignNumber("DEV-2026-000042");
        return quote;
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theQuoteCarriesItsNumberValidityPartiesBankDetailsAndTheInstructions(Language language) throws IOException {
        String text = text(new QuotePdf().render(quote(language), SELLER));
        assertTrue(text.contains("DEV-2026-000042"), text);
        assertTrue(text.contains("2026") && text.contains("23"), "the validity date");
        assertTrue(text.contains("Place de la Mairie") && text.contains("3 rue des Ateliers"), "header and delivery addresses");
        assertTrue(text.contains("Service des achats"), "the named contact");
        assertTrue(text.contains("FR76 3000 6000 0112 3456 7890 189") && text.contains("AGRIFRPP"), "IBAN and BIC: " + text);
        assertTrue(text.contains("536,40") || text.contains("536.40"), "the total including VAT: " + text);
        assertTrue(text.contains("ORIGINAL") || text.contains("ORIGINALE"), "the instructions");
    }

    @Test
    void theDeliveryNoteCarriesItsNumberThePurchaseOrderTheCarrierAndTheGoods() throws IOException {
        Quote quote = quote(Language.FR);
        quote.convert(PurchaseOrderReceipt.of("BC-2026-0815", TODAY, "Le maire", true, "bc.pdf",
                "%PDF-1.4 scan".getBytes(java.nio.charset.StandardCharsets.US_ASCII), "accountant@example.test", NOW, TODAY), NOW, TODAY);
        quote.convertedInto(7L, "CMD-2026-000007");
        DeliveryNote note = new DeliveryNote(quote, "La Poste Colissimo", "6A12345678901", "accountant@example.test", NOW);
        note.assignNumber("BL-2026-000003");
        String text = text(new DeliveryNotePdf().render(note, SELLER));
        for (String expected : List.of("BL-2026-000003", "DEV-2026-000042", "CMD-2026-000007", "BC-2026-0815",
                "La Poste Colissimo", "6A12345678901", "3 rue des Ateliers", "SIG-TOKEN", "Certificat sur clé USB")) {
            assertTrue(text.contains(expected), expected + " in " + text);
        }
        assertFalse(text.contains("149,00"), "no prices on a delivery note");
    }
}
