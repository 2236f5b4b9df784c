package eu.trustdesk.invoicing.control;

import eu.trustdesk.invoicing.entity.Invoice;
import eu.trustdesk.invoicing.entity.InvoiceLine;
import eu.trustdesk.invoicing.entity.InvoiceVat;
import eu.trustdesk.invoicing.entity.Seller;
import eu.trustdesk.invoicing.entity.VatCategory;
import eu.trustdesk.organisation.entity.Contact;
import eu.trustdesk.organisation.entity.Country;
import eu.trustdesk.organisation.entity.LegalIdentity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * The EN 16931 business terms of an invoice that are not stored as such but derived from what
 * is, shared by {@link CiiWriter} and {@link UblWriter} so that both syntaxes say the same thing.
 * Nothing here needed a schema change: every term follows from the issued snapshot.
 *
 * <p>Identifier schemes are ISO 6523 ICD codes (BT-29-1, BT-30-1, BT-46-1, BT-47-1) and, for
 * electronic addresses (BT-34-1, BT-49-1), the CEF EAS code list:
 * <ul>
 * <li>{@code 0002} SIRENE: a SIREN, the legal entity. The seller's legal registration (BT-30)
 *     is its SIREN, since the trade register records the company, not its establishments;</li>
 * <li>{@code 0009} SIRET: the establishment. Chorus Pro identifies and routes by SIRET, so it is
 *     the seller's identifier (BT-29), and for a French buyer both its legal registration
 *     (BT-47, as Chorus Pro expects) and its electronic address (BT-49);</li>
 * <li>Italian buyers are reached through the SDI: the recipient code ({@code 0205}, "CODDEST"),
 *     the six-character office code of a public administration ({@code 0201}, IPA), or else
 *     the certified e-mail ({@code 0202}, PEC);</li>
 * <li>{@code EM}, a plain e-mail address, only when nothing better is known (a consumer).</li>
 * </ul>
 */
final class En16931Terms {

    /** {@code urn:cen.eu:en16931:2017}: BT-24, the EN 16931 core without any CIUS or extension. */
    static final String SPECIFICATION = "urn:cen.eu:en16931:2017";
    /** UN/ECE Rec 20 "one": TrustDesk sells certificates, readers and books by the piece. */
    static final String UNIT_PIECE = "C62";
    /** UNTDID 5189 "Discount": the reason code of a line allowance (BT-140). */
    static final String ALLOWANCE_DISCOUNT = "95";
    /** UNTDID 5153: every tax on a TrustDesk invoice is VAT. */
    static final String VAT = "VAT";

    static final String ICD_SIREN = "0002";
    static final String ICD_SIRET = "0009";
    static final String ICD_CODICE_FISCALE = "0210";
    static final String EAS_IPA_OFFICE = "0201";
    static final String EAS_PEC = "0202";
    static final String EAS_SDI_RECIPIENT = "0205";
    static final String EAS_EMAIL = "EM";

    private static final int SCALE = 2;

    /** An identifier and the scheme it belongs to. */
    record SchemedId(String scheme, String value) {
    }

    private En16931Terms() {
    }

    /** BT-29: the seller's SIRET. */
    static SchemedId sellerIdentifier(Seller seller) {
        return new SchemedId(ICD_SIRET, seller.siret());
    }

    /** BT-30: the seller's SIREN. */
    static SchemedId sellerLegalRegistration(Seller seller) {
        return new SchemedId(ICD_SIREN, seller.siren());
    }

    /** BT-34: the seller's SIRET, the address Chorus Pro knows it by. */
    static SchemedId sellerElectronicAddress(Seller seller) {
        return new SchemedId(ICD_SIRET, seller.siret());
    }

    /** BT-47, or null: a French buyer's SIRET, an Italian public body's codice fiscale. */
    static SchemedId buyerLegalRegistration(Invoice invoice) {
        LegalIdentity identity = invoice.payerIdentity();
        if (invoice.payerCountry() == Country.FR) {
            return identity.siret() == null ? null : new SchemedId(ICD_SIRET, identity.siret());
        }
        // an Italian company is identified by its partita IVA (BT-48); a public administration
        // often has none, and is registered by its codice fiscale
        return identity.vatNumber() == null && identity.taxCode() != null
                ? new SchemedId(ICD_CODICE_FISCALE, identity.taxCode()) : null;
    }

    /** BT-48, or null, with its country prefix (BR-CO-09): Italian numbers are stored without it. */
    static String buyerVatIdentifier(Invoice invoice) {
        String vat = invoice.payerIdentity().vatNumber();
        if (vat == null) {
            return null;
        }
        String prefix = invoice.payerCountry().name();
        return vat.toUpperCase(Locale.ROOT).startsWith(prefix) ? vat : prefix + vat;
    }

    /** BT-49: where the buyer receives e-invoices (see the class comment); never null. */
    static SchemedId buyerElectronicAddress(Invoice invoice) {
        LegalIdentity identity = invoice.payerIdentity();
        if (invoice.payerCountry() == Country.FR && identity.siret() != null) {
            return new SchemedId(ICD_SIRET, identity.siret());
        }
        if (invoice.payerCountry() == Country.IT) {
            if (identity.sdiCode() != null) {
                return new SchemedId(identity.sdiCode().length() == LegalIdentity.PA_OFFICE_CODE_LENGTH
                        ? EAS_IPA_OFFICE : EAS_SDI_RECIPIENT, identity.sdiCode());
            }
            if (identity.pec() != null) {
                return new SchemedId(EAS_PEC, identity.pec());
            }
        }
        Contact contact = invoice.payerContact();
        return new SchemedId(EAS_EMAIL, contact != null && contact.email() != null ? contact.email()
                : invoice.buyerEmail());
    }

    /**
     * Whether a line of category K (intra-community supply) is on the invoice: EN 16931 then wants
     * a delivery date and the country delivered to (BR-IC-11, BR-IC-12). TrustDesk delivers on
     * issue, to the payer: its certificates and devices go to the billing address.
     */
    static boolean intraCommunitySupply(Invoice invoice) {
        return invoice.lines().stream().anyMatch(l -> l.vatCategory() == VatCategory.INTRA_COMMUNITY);
    }

    /**
     * BT-120, or null. A zero-rated row must not carry one (BR-Z-10); every other exempt category
     * needs one, and the entity always stores it.
     */
    static String exemptionReason(InvoiceVat vat) {
        return vat.category() == VatCategory.ZERO_RATED ? null : vat.exemptionReason();
    }

    /** The line allowance (BG-27) of a discounted line, or null: it is what the payer saved. */
    static BigDecimal lineAllowance(InvoiceLine line) {
        return line.allowance().signum() > 0 ? amount(line.allowance()) : null;
    }

    /**
     * An amount as EN 16931 writes it: two decimals (BR-DEC-*). The invoice rounded its figures
     * when it was issued; an amount with more decimals here is a bug, so it fails rather than
     * round a figure the PDF printed differently.
     */
    static BigDecimal amount(BigDecimal value) {
        return value.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    /**
     * A unit price (BT-146): stored with four decimals, written with two unless the price really
     * has more (prices, unlike amounts, may).
     */
    static BigDecimal price(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return plain.scale() <= SCALE ? value.setScale(SCALE, RoundingMode.UNNECESSARY) : plain;
    }

    /** A VAT rate (BT-119, BT-152): {@code 20.00}, {@code 5.50}. */
    static BigDecimal rate(BigDecimal value) {
        return value.setScale(SCALE, RoundingMode.HALF_UP);
    }
}
