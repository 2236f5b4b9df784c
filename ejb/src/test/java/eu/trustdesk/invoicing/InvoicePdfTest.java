package eu.trustdesk.invoicing;

import eu.trustdesk.platform.document.DocumentTexts;
import eu.trustdesk.platform.document.DocumentBundle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.invoicing.control.InvoicePdf;
import eu.trustdesk.invoicing.entity.Invoice;
import eu.trustdesk.invoicing.entity.Payer;
import eu.trustdesk.invoicing.entity.PaymentMeans;
import eu.trustdesk.organisation.entity.Country;
import eu.trustdesk.organisation.entity.HolderType;
import eu.trustdesk.organisation.entity.LegalIdentity;
import eu.trustdesk.organisation.entity.PostalAddress;
import eu.trustdesk.shared.Language;
import eu.trustdesk.shared.pricing.LineItem;
import eu.trustdesk.shared.pricing.PriceCalculator;
import eu.trustdesk.shared.pricing.PriceSummary;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** What a payer reads on the PDF: the text is read back from the document as a PDF reader extracts it. */
class InvoicePdfTest {

    private final InvoicePdf pdf = new InvoicePdf();

    @Test
    void anInvoiceForAnOrderAlreadyPaidSaysWhenAndAsksForNothing() throws IOException {
        Invoice invoice = TestInvoices.paidInvoice(TestInvoices.frenchCompany(), PaymentMeans.CREDIT_TRANSFER,
                java.time.LocalDate.of(2026, 3, 11));
        String text = text(pdf.render(invoice)).replace('\u00a0', ' ').replace('\u202f', ' ');

        assertTrue(text.contains("Déjà réglé 2 215,26 €"), text);
        assertTrue(text.contains("Net à payer 0,00 €"), text);
        assertTrue(text.contains("payée le 11/03/2026 par virement bancaire"), text);
        assertFalse(text.contains("Échéance"), "no due date");
        assertFalse(text.contains("jours") || text.contains("au plus tard"), "no instruction to pay within 30 days");
        assertFalse(text.contains("IBAN"), "no account to pay to");
        assertTrue(text.contains("Hélène Lefèvre"));
    }

    @Test
    void aFrenchPublicBodyReadsEverythingChorusAndItsAccountantNeed() throws IOException {
        Invoice invoice = TestInvoices.invoice(TestInvoices.frenchPublicBody(Language.FR),
                PaymentMeans.ADMINISTRATIVE_MANDATE, TestInvoices.prices());
        String text = text(pdf.render(invoice));

        assertTrue(text.contains("FACTURE"), text);
        assertTrue(text.contains("FA-2026-000123"));
        assertTrue(text.contains("12/03/2026"), "issue date");
        assertTrue(text.contains("11/04/2026"), "due date, 30 days later");
        // payer, with its identifiers and address
        assertTrue(text.contains("Mairie de Lyon - Direction des finances"));
        assertTrue(text.contains("SIRET : " + TestInvoices.PUBLIC_BODY_SIRET));
        assertTrue(text.contains(TestInvoices.PUBLIC_BODY_VAT));
        assertTrue(text.contains("1 place de la Comédie"), "accents print as they are");
        assertTrue(text.contains("69001 Lyon"));
        assertTrue(text.contains("Hélène Dubœuf"), "œ is in the PDF font");
        // references a public buyer needs
        assertTrue(text.contains("SERV-FIN-01"), "service code");
        assertTrue(text.contains("EJ-2026-000987"), "commitment number");
        assertTrue(text.contains("CT-2025-17"), "contract");
        assertTrue(text.contains("CMD-2026-00042"), "order number");
        // seller
        assertTrue(text.contains("TrustDesk SAS"));
        assertTrue(text.contains("90487215700014"), "seller SIRET");
        assertTrue(text.contains("FR91904872157"), "seller VAT number");
        // lines: 2 × 1 000.00 less 10 % = 1 800.00; 35.50; 12.00
        assertTrue(text.contains("Certificat de signature électronique 3 ans sur jeton USB"));
        assertTrue(text.contains("1 000,00"), "unit price");
        assertTrue(text.contains("200,00 €"), "discount");
        assertTrue(text.contains("1 800,00 €"), "line net amount");
        assertTrue(text.contains("5,5 %"));
        // VAT: 20 % of 1 835.50 = 367.10; 5.5 % of 12.00 = 0.66; totals
        assertTrue(text.contains("1 835,50 €"));
        assertTrue(text.contains("367,10 €"));
        assertTrue(text.contains("0,66 €"));
        assertTrue(text.contains("Total HT 1 847,50 €"), text);
        assertTrue(text.contains("Total TVA 367,76 €"));
        assertTrue(text.contains("Total TTC 2 215,26 €"));
        assertTrue(text.contains("Net à payer 2 215,26 €"));
        assertEquals(DocumentTexts.of(DocumentBundle.INVOICE, Language.FR).money(invoice.totalIncludingVat(), "EUR"), "2\u202F215,26\u00A0€", "the JDK's French spaces, printed as such in the PDF");
        // how to pay, and the legal mentions of a public buyer
        assertTrue(text.contains("Mandat administratif"));
        assertTrue(text.contains("FR76 3000 4012 3400 0123 4567 862"));
        assertTrue(text.contains("BNPAFRPPXXX"));
        assertTrue(text.contains("Pas d'escompte pour paiement anticipé."));
        assertTrue(text.contains("intérêts moratoires"));
        assertTrue(text.contains("40 €"));
        assertTrue(text.contains("Page 1 sur 1"));
    }

    @Test
    void anItalianCompanyReadsItsInvoiceInItalianWithItsIdentifiers() throws IOException {
        Invoice invoice = TestInvoices.invoice(TestInvoices.italianCompany(), PaymentMeans.CREDIT_TRANSFER,
                TestInvoices.prices());
        String text = text(pdf.render(invoice));

        assertTrue(text.contains("FATTURA"));
        assertTrue(text.contains("Società Esempio S.r.l."));
        assertTrue(text.contains("Partita IVA: 01234560587"));
        assertTrue(text.contains("Codice destinatario: M5UXCR1"));
        assertTrue(text.contains("00184 Roma (RM)"));
        assertTrue(text.contains("Totale documento 2.215,26 €"));
        assertTrue(text.contains("Bonifico bancario"));
        assertTrue(text.contains("entro il 11/04/2026"));
        assertTrue(text.contains("40 €"), "a business payer is told of the recovery indemnity");
        assertFalse(text.contains("moratori al tasso della Banca centrale europea maggiorato di 8"), "not a public body");
    }

    @Test
    void aConsumerInEnglishIsNotToldOfTheBusinessIndemnity() throws IOException {
        Payer consumer = new Payer("Anna Smith", HolderType.NATURAL_PERSON, Country.FR,
                LegalIdentity.of(HolderType.NATURAL_PERSON, Country.FR, null, null, null, null, null, null),
                PostalAddress.of("5 rue Victor Hugo", null, "75011", "Paris", null, Country.FR), null, false, Language.EN);
        String text = text(pdf.render(TestInvoices.invoice(consumer, PaymentMeans.CHEQUE, TestInvoices.prices())));

        assertTrue(text.contains("INVOICE"));
        assertTrue(text.contains("Total incl. VAT €2,215.26"));
        assertTrue(text.contains("Payable by cheque to the order of TrustDesk SAS within 30 days, by 11 April 2026,"),
                text);
        assertTrue(text.contains("No discount for early payment."));
        assertFalse(text.contains("40 €"));
        assertFalse(text.contains("IBAN"), "a cheque needs no bank details");
    }

    @Test
    void aCreditNoteNamesTheInvoiceItCancels() throws IOException {
        Invoice invoice = TestInvoices.invoice(TestInvoices.frenchPublicBody(Language.FR),
                PaymentMeans.ADMINISTRATIVE_MANDATE, TestInvoices.prices());
        Invoice note = Invoice.creditNoteFor(invoice, "AV-2026-000007", "Commande annulée", TestInvoices.seller(),
                TestInvoices.ISSUED_AT, TestInvoices.ISSUED_ON.plusDays(3), "Ce montant vous sera remboursé.");
        String text = text(pdf.render(note));

        assertTrue(text.contains("AVOIR"));
        assertTrue(text.contains("AV-2026-000007"));
        assertTrue(text.contains("FA-2026-000123 du 12/03/2026"));
        assertTrue(text.contains("Commande annulée"));
        assertTrue(text.contains("Cet avoir annule la facture FA-2026-000123 du 12/03/2026."));
        assertTrue(text.contains("Montant de l'avoir 2 215,26 €"), "positive amounts");
        assertFalse(text.contains("-2 215,26"));
        assertFalse(text.contains("FR76 3000"), "nothing to pay to the seller");
    }

    @Test
    void namesPrintAsTypedInAnyEuropeanScriptAndLongInvoicesGoOnSeveralPages() throws IOException {
        List<LineItem> items = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            items.add(new LineItem("SKU-" + i, "Certificat serveur n° " + i + " pour le domaine tres-long-nom-de-domaine-"
                    + i + ".collectivite.example.fr", 1, new BigDecimal("10.00"), new BigDecimal("20")));
        }
        PriceSummary prices = PriceCalculator.price("EUR", items, null);
        Payer payer = new Payer("Łukasz Ștefan – Zakład Łódź, Ελλάδα, L’Été 漢", HolderType.COMPANY, Country.FR,
                LegalIdentity.of(HolderType.COMPANY, Country.FR, "81234567600017", null, null, null, null, null),
                PostalAddress.of("3 avenue de l'Europe", null, "67000", "Strasbourg", null, Country.FR), null, false,
                Language.FR);
        byte[] document = pdf.render(TestInvoices.invoice(payer, PaymentMeans.CREDIT_TRANSFER, prices));

        try (PDDocument pdDocument = Loader.loadPDF(document)) {
            assertTrue(pdDocument.getNumberOfPages() >= 2, "pages: " + pdDocument.getNumberOfPages());
        }
        String text = text(document);
        assertTrue(text.contains("Łukasz Ștefan – Zakład Łódź, Ελλάδα, L’Été ?"), "only the ideogram the font lacks is replaced: " + text);
        assertTrue(text.contains("n° 60"), "the last line is printed");
        assertTrue(text.contains("Page 2 sur"));
        assertTrue(text.contains("Total TTC 720,00 €"));
    }

    private static String text(byte[] document) throws IOException {
        assertTrue(new String(document, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).startsWith("%PDF-"));
        try (PDDocument pdDocument = Loader.loadPDF(document)) {
            // a text wrapped in the document reads as one: line ends become spaces, and so do the
            // no-break spaces French amounts are written with (1 234,56 € with U+202F and U+00A0)
            return new PDFTextStripper().getText(pdDocument).replaceAll("[\\s\u00A0\u202F]+", " ");
        }
    }
}
