package eu.trustdesk.invoicing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.trustdesk.invoicing.entity.Invoice;
import eu.trustdesk.invoicing.entity.InvoiceDraft;
import eu.trustdesk.invoicing.entity.InvoiceKind;
import eu.trustdesk.invoicing.entity.InvoiceLine;
import eu.trustdesk.invoicing.entity.InvoiceVat;
import eu.trustdesk.invoicing.entity.Payer;
import eu.trustdesk.invoicing.entity.PaymentMeans;
import eu.trustdesk.invoicing.entity.Seller;
import eu.trustdesk.invoicing.entity.VatCategory;
import eu.trustdesk.invoicing.entity.VatExemption;
import eu.trustdesk.organisation.entity.Contact;
import eu.trustdesk.organisation.entity.Country;
import eu.trustdesk.organisation.entity.HolderType;
import eu.trustdesk.organisation.entity.LegalIdentity;
import eu.trustdesk.organisation.entity.PostalAddress;
import eu.trustdesk.shared.BusinessException;
import eu.trustdesk.shared.Language;
import eu.trustdesk.shared.pricing.Discount;
import eu.trustdesk.shared.pricing.LineItem;
import eu.trustdesk.shared.pricing.PriceCalculator;
import eu.trustdesk.shared.pricing.PriceSummary;
import eu.trustdesk.shared.pricing.VatSubtotal;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InvoiceTest {

    static final Instant ISSUED_AT = Instant.parse("2026-03-12T09:30:00Z");
    static final LocalDate ISSUED_ON = LocalDate.of(2026, 3, 12);
    static final String INVOICE_NUMBER = "FA-2026-000123";
    static final String CREDIT_NOTE_NUMBER = "AV-2026-000007";

    static Seller seller() {
        return Seller.of("TrustDesk SAS", "90487215700014", "FR91904872157", "12 rue de la Confiance", "75002", "Paris",
                Country.FR, "FR76 3000 4012 3400 0123 4567 862", "BNPAFRPPXXX", "facturation@trustdesk.eu",
                "SAS au capital de 50 000 EUR - RCS Paris 904 872 157");
    }

    /** The same buyer as {@link #frenchPublicBody()}, were it not a public body. */
    static Payer privateBuyer() {
        Payer body = frenchPublicBody();
        return new Payer(body.name(), HolderType.COMPANY, body.country(), body.identity(), body.address(), body.contact(),
                false, body.language());
    }

    static Payer frenchPublicBody() {
        return new Payer("Mairie de Lyon", HolderType.PUBLIC_ADMINISTRATION, Country.FR,
                LegalIdentity.of(HolderType.PUBLIC_ADMINISTRATION, Country.FR, "21690123100011", "FR60216901231", null,
                        null, null, null),
                PostalAddress.of("1 place de la Comédie", null, "69001", "Lyon", null, Country.FR),
                Contact.of("Service des finances", "finances@mairie-lyon.example", null), true, Language.FR);
    }

    static PriceSummary prices() {
        return PriceCalculator.price("EUR", List.of(
                new LineItem("SIG-TOKEN-3Y", "Certificat de signature 3 ans sur jeton USB", 2, new BigDecimal("249.00"),
                        new BigDecimal("20")),
                new LineItem("HW-READER", "Lecteur de carte", 1, new BigDecimal("35.50"), new BigDecimal("20")),
                new LineItem("EINV-BOOK", "Guide e-facture", 1, new BigDecimal("12.00"), new BigDecimal("5.5"))),
                new Discount(Discount.Kind.PERCENT, BigDecimal.TEN, Set.of("SIG-TOKEN-3Y")));
    }

    static InvoiceDraft draft(PaymentMeans means, PriceSummary prices) {
        return new InvoiceDraft("CMD-2026-00042", "Acheteur@Mairie-Lyon.example", frenchPublicBody(), "SERVICE-FIN",
                "EJ-2026-1234", null, means, 30, null, null, prices);
    }

    static Invoice invoice() {
        return Invoice.issue(draft(PaymentMeans.ADMINISTRATIVE_MANDATE, prices()), INVOICE_NUMBER, seller(), ISSUED_AT,
                ISSUED_ON, "Paiement par mandat administratif");
    }

    @Test
    void anInvoiceCarriesTheFiguresOfItsDraft() {
        PriceSummary prices = prices();
        Invoice invoice = invoice();

        assertEquals(InvoiceKind.INVOICE, invoice.kind());
        assertEquals("380", invoice.typeCode());
        assertEquals(INVOICE_NUMBER, invoice.number());
        assertEquals(ISSUED_ON.plusDays(30), invoice.dueDate());
        assertEquals("EUR", invoice.currency());
        assertEquals(3, invoice.lines().size());
        assertEquals(List.of(1, 2, 3), invoice.lines().stream().map(InvoiceLine::lineNumber).toList());
        assertEquals(prices.lines(), invoice.prices().lines());
        assertEquals(new BigDecimal("49.80"), invoice.discountTotal());
        // 20 %: 448.20 + 35.50 = 483.70, VAT 96.74; 5.5 %: 12.00, VAT 0.66
        assertEquals(new BigDecimal("495.70"), invoice.totalExcludingVat());
        assertEquals(new BigDecimal("97.40"), invoice.totalVat());
        assertEquals(new BigDecimal("593.10"), invoice.totalIncludingVat());
        assertEquals(prices.totalIncludingVat(), invoice.totalIncludingVat());
        assertEquals(2, invoice.vatBreakdown().size());
        assertTrue(invoice.vatBreakdown().stream().allMatch(v -> v.category() == VatCategory.STANDARD));
        assertEquals("30", invoice.paymentMeansCode());
        assertEquals(BigDecimal.ZERO.setScale(2), invoice.prepaidAmount());
        assertEquals(invoice.totalIncludingVat(), invoice.amountDue());
        assertEquals("acheteur@mairie-lyon.example", invoice.buyerEmail(), "the account e-mail, as accounts store it");
        assertEquals("SERVICE-FIN", invoice.buyerReference());
        assertEquals("EJ-2026-1234", invoice.purchaseOrderReference());
        assertNull(invoice.contractReference());
        assertTrue(invoice.forChorus());
        assertEquals("21690123100011", invoice.payerIdentity().siret());
        assertEquals("Paiement par mandat administratif", invoice.paymentTerms());
    }

    @Test
    void anInvoiceIssuedForAnOrderAlreadyPaidIsSettledWithNoDueDate() {
        LocalDate paidOn = LocalDate.of(2026, 3, 11);
        Invoice invoice = Invoice.issue(new InvoiceDraft("CMD-2026-00043", "helene.lefevre@example.fr", privateBuyer(),
                null, null, null, PaymentMeans.CREDIT_TRANSFER, 0, null, null, prices(), paidOn), INVOICE_NUMBER,
                seller(), ISSUED_AT, ISSUED_ON, "Facture acquittée : payée le 11/03/2026 par virement bancaire.");
        assertEquals(new BigDecimal("593.10"), invoice.prepaidAmount(), "BT-113: the whole total");
        assertEquals(0, invoice.amountDue().signum(), "BT-115: nothing due");
        assertNull(invoice.dueDate());
        assertEquals(paidOn, invoice.paidOn());
        assertEquals("30", invoice.paymentMeansCode(), "still paid by transfer");

        Invoice note = Invoice.creditNoteFor(invoice, "AV-2026-000001", "Commande annulée", seller(), ISSUED_AT,
                ISSUED_ON, "Remboursé par virement");
        assertEquals(new BigDecimal("593.10"), note.amountDue(), "the whole paid amount is given back");
        assertNull(note.paidOn());
    }

    @Test
    void thePayersIdentityIsACopyNotTheBillingProfilesValue() {
        Payer payer = frenchPublicBody();
        Invoice invoice = Invoice.issue(new InvoiceDraft("CMD-1", "a@b.example", payer, null, null, null,
                PaymentMeans.CREDIT_TRANSFER, 30, null, null, prices()), INVOICE_NUMBER, seller(), ISSUED_AT, ISSUED_ON,
                "terms");
        assertNotSame(payer.identity(), invoice.payerIdentity());
        assertNotSame(payer.address(), invoice.payerAddress());
        assertEquals(payer.identity().vatNumber(), invoice.payerIdentity().vatNumber());
        assertEquals(payer.address().formatted(), invoice.payerAddress().formatted());
        assertEquals(payer.contact().email(), invoice.payerContact().email());
    }

    @Test
    void aCreditNoteReversesTheWholeInvoiceWithPositiveAmounts() {
        Invoice invoice = invoice();
        Invoice note = Invoice.creditNoteFor(invoice, CREDIT_NOTE_NUMBER, "Commande annulée par l'acheteur", seller(),
                ISSUED_AT.plusSeconds(86_400), ISSUED_ON.plusDays(1), "Remboursement");

        assertEquals(InvoiceKind.CREDIT_NOTE, note.kind());
        assertEquals("381", note.typeCode());
        assertTrue(note.isCreditNote());
        assertSame(invoice, note.creditedInvoice());
        assertEquals(INVOICE_NUMBER, note.creditedNumber());
        assertEquals(ISSUED_ON, note.creditedIssueDate());
        assertEquals("Commande annulée par l'acheteur", note.creditReason());
        assertEquals(invoice.prices(), note.prices(), "same lines, VAT breakdown and totals");
        assertTrue(note.totalIncludingVat().signum() > 0);
        assertTrue(note.lines().stream().allMatch(l -> l.netAmount().signum() >= 0));
        assertEquals(invoice.payerName(), note.payerName());
        assertNotSame(invoice.payerIdentity(), note.payerIdentity(), "embedded values are never shared");
        assertEquals(invoice.payerIdentity().siret(), note.payerIdentity().siret());
        assertEquals(invoice.buyerReference(), note.buyerReference());
        assertEquals(invoice.purchaseOrderReference(), note.purchaseOrderReference());
        assertEquals(invoice.orderNumber(), note.orderNumber());
        assertEquals(invoice.buyerEmail(), note.buyerEmail());
        assertEquals(invoice.language(), note.language());
        assertNull(note.dueDate());
        assertEquals(note.totalIncludingVat(), note.amountDue());
        assertEquals(List.of(1, 2, 3), note.lines().stream().map(InvoiceLine::lineNumber).toList());
    }

    @Test
    void aCreditNoteOfACreditNoteIsRefused() {
        Invoice note = Invoice.creditNoteFor(invoice(), CREDIT_NOTE_NUMBER, "Erreur de prix", seller(), ISSUED_AT,
                ISSUED_ON, "Remboursement");
        BusinessException refused = assertThrows(BusinessException.class, () -> Invoice.creditNoteFor(note,
                "AV-2026-000008", "Encore", seller(), ISSUED_AT, ISSUED_ON, "Remboursement"));
        assertEquals("error.creditNote.ofCreditNote", refused.messageKey());
    }

    @Test
    void aCreditNoteNeedsAReason() {
        BusinessException refused = assertThrows(BusinessException.class, () -> Invoice.creditNoteFor(invoice(),
                CREDIT_NOTE_NUMBER, "  ", seller(), ISSUED_AT, ISSUED_ON, "Remboursement"));
        assertEquals("error.creditNote.reason", refused.messageKey());
    }

    @Test
    void theNumberMustBeOfTheKindAndYear() {
        InvoiceDraft draft = draft(PaymentMeans.CREDIT_TRANSFER, prices());
        assertThrows(IllegalArgumentException.class,
                () -> Invoice.issue(draft, CREDIT_NOTE_NUMBER, seller(), ISSUED_AT, ISSUED_ON, "t"));
        assertThrows(IllegalArgumentException.class,
                () -> Invoice.issue(draft, "FA-2025-000123", seller(), ISSUED_AT, ISSUED_ON, "t"));
        assertThrows(IllegalArgumentException.class, () -> Invoice.creditNoteFor(invoice(), "FA-2026-000124",
                "Erreur", seller(), ISSUED_AT, ISSUED_ON, "t"));
    }

    @Test
    void figuresThatDoNotAddUpAreRefused() {
        PriceSummary good = prices();
        PriceSummary wrongTotal = new PriceSummary("EUR", good.lines(), good.vatBreakdown(), good.discountTotal(),
                good.totalExcludingVat(), good.totalVat(), good.totalIncludingVat().add(new BigDecimal("0.01")));
        PriceSummary wrongVat = new PriceSummary("EUR", good.lines(), List.of(good.vatBreakdown().get(0),
                new VatSubtotal(new BigDecimal("20.00"), good.vatBreakdown().get(1).taxableAmount(),
                        good.vatBreakdown().get(1).taxAmount().add(new BigDecimal("0.01")))),
                good.discountTotal(), good.totalExcludingVat(), good.totalVat().add(new BigDecimal("0.01")),
                good.totalIncludingVat().add(new BigDecimal("0.01")));
        PriceSummary missingRate = new PriceSummary("EUR", good.lines(), List.of(good.vatBreakdown().get(1)),
                good.discountTotal(), good.totalExcludingVat(), good.vatBreakdown().get(1).taxAmount(),
                good.totalExcludingVat().add(good.vatBreakdown().get(1).taxAmount()));
        PriceSummary noLines = new PriceSummary("EUR", List.of(), List.of(), BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO);
        for (PriceSummary prices : List.of(wrongTotal, wrongVat, missingRate, noLines)) {
            assertThrows(IllegalArgumentException.class, () -> Invoice.issue(draft(PaymentMeans.CREDIT_TRANSFER, prices),
                    INVOICE_NUMBER, seller(), ISSUED_AT, ISSUED_ON, "t"));
        }
    }

    @Test
    void aZeroRateNeedsAnExemptionWhichIsStored() {
        PriceSummary prices = PriceCalculator.price("EUR", List.of(new LineItem("SRV-1Y", "Certificat serveur", 1,
                new BigDecimal("150.00"), BigDecimal.ZERO)), null);
        assertThrows(IllegalArgumentException.class, () -> Invoice.issue(draft(PaymentMeans.CREDIT_TRANSFER, prices),
                INVOICE_NUMBER, seller(), ISSUED_AT, ISSUED_ON, "t"));

        VatExemption reverseCharge = new VatExemption(VatCategory.REVERSE_CHARGE, "Autoliquidation - article 283-2 du CGI");
        InvoiceDraft draft = new InvoiceDraft("CMD-9", "it@example.it", frenchPublicBody(), null, null, null,
                PaymentMeans.CREDIT_TRANSFER, 30, null, reverseCharge, prices);
        Invoice invoice = Invoice.issue(draft, INVOICE_NUMBER, seller(), ISSUED_AT, ISSUED_ON, "t");
        InvoiceVat vat = invoice.vatBreakdown().get(0);
        assertEquals(VatCategory.REVERSE_CHARGE, vat.category());
        assertEquals("Autoliquidation - article 283-2 du CGI", vat.exemptionReason());
        assertEquals(VatCategory.REVERSE_CHARGE, invoice.lines().get(0).vatCategory());
        assertEquals(0, invoice.totalVat().signum());
    }

    @Test
    void aPrepaidAccountSettlesTheInvoiceAtIssue() {
        Invoice invoice = Invoice.issue(draft(PaymentMeans.PREPAID_ACCOUNT, prices()), INVOICE_NUMBER, seller(),
                ISSUED_AT, ISSUED_ON, "Réglé");
        assertEquals("97", invoice.paymentMeansCode());
        assertEquals(invoice.totalIncludingVat(), invoice.prepaidAmount());
        assertEquals(0, invoice.amountDue().signum());
        assertNull(invoice.dueDate(), "nothing is due");
    }

    @Test
    void referencesLongerThanChorusAcceptsAreRefusedWithTheirKey() {
        String tooLong = "E".repeat(Invoice.PURCHASE_ORDER_LENGTH + 1);
        InvoiceDraft draft = new InvoiceDraft("CMD-1", "a@b.example", frenchPublicBody(), null, tooLong, null,
                PaymentMeans.CREDIT_TRANSFER, 30, null, null, prices());
        BusinessException refused = assertThrows(BusinessException.class,
                () -> Invoice.issue(draft, INVOICE_NUMBER, seller(), ISSUED_AT, ISSUED_ON, "t"));
        assertEquals("error.invoice.purchaseOrderReference", refused.messageKey());
    }

    @Test
    void thePdfIsAttachedOnceAndTheExportRecordedOnce() {
        Invoice invoice = invoice();
        assertFalse(invoice.hasPdf());
        byte[] pdf = {'%', 'P', 'D', 'F'};
        invoice.attachPdf(pdf);
        pdf[0] = 'X';
        assertArrayEquals(new byte[] {'%', 'P', 'D', 'F'}, invoice.pdf(), "the invoice keeps its own copy");
        assertThrows(IllegalStateException.class, () -> invoice.attachPdf(new byte[] {1}));

        invoice.markExported(ISSUED_AT, "FLUX-2026-03-12");
        assertEquals("FLUX-2026-03-12", invoice.exportFlow());
        assertThrows(IllegalStateException.class, () -> invoice.markExported(ISSUED_AT, "FLUX-2"));
    }

    @Test
    void chorusReferencesAreCompletedOnlyBeforeTheInvoiceLeaves() {
        Invoice invoice = invoice();
        invoice.attachPdf(new byte[] {'%', 'P', 'D', 'F'});

        invoice.completeChorusReferences(" SERVICE-ACHATS ", "EJ-2026-9999");
        assertEquals("SERVICE-ACHATS", invoice.buyerReference());
        assertEquals("EJ-2026-9999", invoice.purchaseOrderReference());
        assertFalse(invoice.hasPdf(), "the PDF shows the references: it must be rendered again");
        assertEquals(new BigDecimal("593.10"), invoice.totalIncludingVat(), "amounts never change");

        invoice.markExported(ISSUED_AT, "CHORUS-20260312-0001");
        BusinessException exported = assertThrows(BusinessException.class,
                () -> invoice.completeChorusReferences("X", "Y"));
        assertEquals("error.invoice.alreadyExported", exported.messageKey());
        assertEquals("EJ-2026-9999", invoice.purchaseOrderReference());

        assertEquals("CHORUS-20260312-0001", invoice.reopenForExport());
        assertNull(invoice.exportedAt());
        invoice.completeChorusReferences("SERVICE-ACHATS", null);
        assertNull(invoice.purchaseOrderReference(), "blank clears a reference");
        invoice.markExported(ISSUED_AT, "CHORUS-20260313-0001");
        assertEquals("CHORUS-20260313-0001", invoice.exportFlow());

        BusinessException tooLong = assertThrows(BusinessException.class, () -> {
            invoice.reopenForExport();
            invoice.completeChorusReferences("S", "E".repeat(Invoice.PURCHASE_ORDER_LENGTH + 1));
        });
        assertEquals("error.invoice.purchaseOrderReference", tooLong.messageKey());
    }

    @Test
    void onlyExportedInvoicesAreReopenedAndOnlyChorusInvoicesCompleted() {
        Invoice invoice = invoice();
        assertEquals("error.invoice.notExported",
                assertThrows(BusinessException.class, invoice::reopenForExport).messageKey());
        Invoice privateBuyer = Invoice.issue(new InvoiceDraft("CMD-2026-00043", "achats@societe.example",
                privateBuyer(), null, null, null, PaymentMeans.CREDIT_TRANSFER, 30, null, null, prices()),
                "FA-2026-000124", seller(), ISSUED_AT, ISSUED_ON, "Virement");
        assertEquals("error.invoice.notForChorus", assertThrows(BusinessException.class,
                () -> privateBuyer.completeChorusReferences("S", "E")).messageKey());
    }

    @Test
    void numbersAreGapFreeSequencesPerKindAndYear() {
        assertEquals("FA-2026-000123", InvoiceKind.INVOICE.number(2026, 123));
        assertEquals("AV-2026-000007", InvoiceKind.CREDIT_NOTE.number(2026, 7));
        assertEquals("FA-2026-1234567", InvoiceKind.INVOICE.number(2026, 1_234_567), "more digits when needed");
        assertTrue(InvoiceKind.INVOICE.number(9999, 999_999_999_999L).length() <= Invoice.NUMBER_LENGTH);
        assertThrows(IllegalArgumentException.class, () -> InvoiceKind.INVOICE.number(2026, 0));
        assertThrows(IllegalArgumentException.class, () -> InvoiceKind.INVOICE.number(26, 1));
    }

    @Test
    void aMisconfiguredSellerIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Seller.of("TrustDesk SAS", "90487215700015", "FR91904872157",
                "1 rue", "75002", "Paris", Country.FR, "FR7630004012340001234567862", "BNPAFRPPXXX", "a@b.example", null));
        assertThrows(IllegalArgumentException.class, () -> Seller.of("TrustDesk SAS", "90487215700014", "FR90904872157",
                "1 rue", "75002", "Paris", Country.FR, "FR7630004012340001234567862", "BNPAFRPPXXX", "a@b.example", null));
        assertThrows(IllegalArgumentException.class, () -> Seller.of("TrustDesk SAS", "90487215700014", "FR91904872157",
                "1 rue", "75002", "Paris", Country.FR, "FR7630004012340001234567863", "BNPAFRPPXXX", "a@b.example", null));
        assertEquals("FR76 3000 4012 3400 0123 4567 862", seller().ibanGrouped());
        assertEquals("904872157", seller().siren());
    }
}
