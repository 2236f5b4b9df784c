package eu.trustdesk.invoicing;

import eu.trustdesk.invoicing.control.InvoiceTerms;
import eu.trustdesk.invoicing.entity.Invoice;
import eu.trustdesk.invoicing.entity.InvoiceDraft;
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
import eu.trustdesk.shared.Language;
import eu.trustdesk.shared.pricing.Discount;
import eu.trustdesk.shared.pricing.LineItem;
import eu.trustdesk.shared.pricing.PriceCalculator;
import eu.trustdesk.shared.pricing.PriceSummary;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * Invoices to print and check, built as InvoiceIssuer builds them, with the configured seller.
 * Public for the batch module's benchmark of the Chorus Pro export (this module's test jar).
 */
public final class TestInvoices {

    static final Instant ISSUED_AT = Instant.parse("2026-03-12T09:30:00Z");
    static final LocalDate ISSUED_ON = LocalDate.of(2026, 3, 12);
    static final String PUBLIC_BODY_SIRET = "21690123100011";
    static final String PUBLIC_BODY_VAT = "FR60216901231";

    private TestInvoices() {
    }

    /** The fictitious seller the run command and the integration tests set (trustdesk.seller.*). */
    public static Seller seller() {
        Properties config = config();
        return Seller.of(config.getProperty("trustdesk.seller.name"), config.getProperty("trustdesk.seller.siret"),
                config.getProperty("trustdesk.seller.vat"), config.getProperty("trustdesk.seller.address-line1"),
                config.getProperty("trustdesk.seller.postal-code"), config.getProperty("trustdesk.seller.city"),
                Country.valueOf(config.getProperty("trustdesk.seller.country")), config.getProperty("trustdesk.seller.iban"),
                config.getProperty("trustdesk.seller.bic"), config.getProperty("trustdesk.seller.email"),
                config.getProperty("trustdesk.seller.legal-info"));
    }

    static Properties config() {
        Properties config = new Properties();
        try (InputStream in = TestInvoices.class.getResourceAsStream("fictitious-seller.properties")) {
            config.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return config;
    }

    public static Payer frenchPublicBody(Language language) {
        return new Payer("Mairie de Lyon - Direction des finances", HolderType.PUBLIC_ADMINISTRATION, Country.FR,
                LegalIdentity.of(HolderType.PUBLIC_ADMINISTRATION, Country.FR, PUBLIC_BODY_SIRET, PUBLIC_BODY_VAT, null,
                        null, null, null),
                PostalAddress.of("1 place de la Comédie", "Bâtiment B", "69001", "Lyon", null, Country.FR),
                Contact.of("Hélène Dubœuf", "finances@mairie-lyon.example", null), true, language);
    }

    static Payer italianCompany() {
        return new Payer("Società Esempio S.r.l.", HolderType.COMPANY, Country.IT,
                LegalIdentity.of(HolderType.COMPANY, Country.IT, null, "01234560587", null, "M5UXCR1", null, null),
                PostalAddress.of("Via Roma 1", null, "00184", "Roma", "RM", Country.IT), null, false, Language.IT);
    }

    /** 2 × 1 000.00 at 20 % with 10 % off, 1 × 35.50 at 20 %, 1 × 12.00 at 5.5 %. */
    public static PriceSummary prices() {
        return PriceCalculator.price("EUR", List.of(
                new LineItem("SIG-TOKEN-3Y", "Certificat de signature électronique 3 ans sur jeton USB", 2,
                        new BigDecimal("1000.00"), new BigDecimal("20")),
                new LineItem("HW-READER", "Lecteur de carte à puce", 1, new BigDecimal("35.50"), new BigDecimal("20")),
                new LineItem("EINV-BOOK", "Guide de la facture électronique", 1, new BigDecimal("12.00"),
                        new BigDecimal("5.5"))),
                new Discount(Discount.Kind.PERCENT, BigDecimal.TEN, Set.of("SIG-TOKEN-3Y")));
    }

    /** The same three lines at 0 %, reverse charged: a French seller's services to an EU business. */
    static PriceSummary reverseChargedPrices() {
        return PriceCalculator.price("EUR", List.of(
                new LineItem("SIG-TOKEN-3Y", "Certificato di firma elettronica 3 anni su token USB", 2,
                        new BigDecimal("1000.00"), BigDecimal.ZERO),
                new LineItem("HW-READER", "Lettore di smart card", 1, new BigDecimal("35.50"), BigDecimal.ZERO)),
                new Discount(Discount.Kind.PERCENT, BigDecimal.TEN, Set.of("SIG-TOKEN-3Y")));
    }

    static final VatExemption REVERSE_CHARGE = new VatExemption(VatCategory.REVERSE_CHARGE,
            "Autoliquidation - article 196 de la directive 2006/112/CE");

    /** An Italian company's invoice, reverse charged, with its order number only. */
    static Invoice italianInvoice() {
        Payer payer = italianCompany();
        InvoiceDraft draft = new InvoiceDraft("CMD-2026-00043", "acquisti@esempio.example.it", payer, null, null, null,
                PaymentMeans.CREDIT_TRANSFER, 30, null, REVERSE_CHARGE, reverseChargedPrices());
        String terms = InvoiceTerms.standard(payer.language(), PaymentMeans.CREDIT_TRANSFER, 30,
                ISSUED_ON.plusDays(30), seller().name());
        return Invoice.issue(draft, "FA-2026-000124", seller(), ISSUED_AT, ISSUED_ON, terms);
    }

    /** The credit note that cancels {@code invoice} three days later. */
    static Invoice creditNote(Invoice invoice) {
        return Invoice.creditNoteFor(invoice, "AV-2026-000007", "Commande annulée", seller(), ISSUED_AT,
                ISSUED_ON.plusDays(3), "Ce montant vous sera remboursé.");
    }

    static Invoice invoice(Payer payer, PaymentMeans means, PriceSummary prices) {
        return invoice("FA-2026-000123", "CMD-2026-00042", payer, means, prices, seller());
    }

    /** A public buyer's invoice with every Chorus Pro reference, numbered as given. */
    public static Invoice invoice(String number, String orderNumber, Payer payer, PaymentMeans means,
            PriceSummary prices, Seller seller) {
        InvoiceDraft draft = new InvoiceDraft(orderNumber, "acheteur@mairie-lyon.example", payer, "SERV-FIN-01",
                "EJ-2026-000987", "CT-2025-17", means, 30, null, null, prices);
        // the standard terms, as InvoiceIssuer writes them
        String terms = InvoiceTerms.standard(payer.language(), means, 30, ISSUED_ON.plusDays(30), seller.name());
        return Invoice.issue(draft, number, seller, ISSUED_AT, ISSUED_ON, terms);
    }

    /** A French company, paying by transfer; its contact typed with accents. */
    static Payer frenchCompany() {
        return new Payer("Lefèvre & Fils SARL", HolderType.COMPANY, Country.FR,
                LegalIdentity.of(HolderType.COMPANY, Country.FR, "81234567600017", null, null, null, null, null),
                PostalAddress.of("12 rue de l'Église", null, "75011", "Paris", null, Country.FR),
                Contact.of("Hélène Lefèvre", "helene.lefevre@lefevre-fils.example", null), false, Language.FR);
    }

    /** The invoice InvoiceIssuer issues for an order whose transfer or cheque arrived on {@code paidOn}. */
    static Invoice paidInvoice(Payer payer, PaymentMeans means, LocalDate paidOn) {
        InvoiceDraft draft = new InvoiceDraft("CMD-2026-00044", "helene.lefevre@lefevre-fils.example", payer, null,
                null, null, means, 0, null, null, prices(), paidOn);
        String terms = InvoiceTerms.paid(payer.language(), means, paidOn);
        return Invoice.issue(draft, "FA-2026-000125", seller(), ISSUED_AT, ISSUED_ON, terms);
    }
}
