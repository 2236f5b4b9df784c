package eu.trustdesk.invoicing.entity;

import eu.trustdesk.organisation.entity.Country;
import eu.trustdesk.shared.identifier.Identifiers;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.commons.validator.routines.IBANValidator;

/**
 * The seller as printed on one invoice (EN 16931 BG-4): TrustDesk's own details, copied from the
 * configuration when the invoice is issued, so that a later change of address or bank account
 * leaves issued invoices as they were.
 *
 * <p>Refused values are configuration mistakes, not user errors: they fail with an
 * {@link IllegalArgumentException} naming the detail.
 */
@Embeddable
public class Seller implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int NAME_LENGTH = 150;
    public static final int LINE_LENGTH = 100;
    public static final int POSTAL_CODE_LENGTH = 10;
    public static final int CITY_LENGTH = 80;
    public static final int IBAN_LENGTH = 34;
    public static final int BIC_LENGTH = 11;
    public static final int EMAIL_LENGTH = 254;
    public static final int LEGAL_INFO_LENGTH = 255;
    private static final Pattern BIC = Pattern.compile("[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?");

    @Column(name = "seller_name", length = NAME_LENGTH)
    private String name;

    /** BT-30, legal registration identifier; its first nine digits are the SIREN. */
    @Column(name = "seller_siret", length = 14)
    private String siret;

    /** BT-31. */
    @Column(name = "seller_vat_number", length = 15)
    private String vatNumber;

    @Column(name = "seller_line1", length = LINE_LENGTH)
    private String addressLine1;

    @Column(name = "seller_postal_code", length = POSTAL_CODE_LENGTH)
    private String postalCode;

    @Column(name = "seller_city", length = CITY_LENGTH)
    private String city;

    @Enumerated(EnumType.STRING)
    @Column(name = "seller_country", length = Country.CODE_LENGTH)
    private Country country;

    /** BT-84, the account transfers are paid to. */
    @Column(name = "seller_iban", length = IBAN_LENGTH)
    private String iban;

    /** BT-86. */
    @Column(name = "seller_bic", length = BIC_LENGTH)
    private String bic;

    @Column(name = "seller_email", length = EMAIL_LENGTH)
    private String email;

    /** BT-33, seller additional legal information: legal form, share capital, trade register. */
    @Column(name = "seller_legal_info", length = LEGAL_INFO_LENGTH)
    private String legalInfo;

    protected Seller() {
        // for JPA
    }

    public static Seller of(String name, String siret, String vatNumber, String addressLine1, String postalCode,
            String city, Country country, String iban, String bic, String email, String legalInfo) {
        Seller seller = new Seller();
        seller.name = text("name", name, NAME_LENGTH);
        var siretCheck = Identifiers.siret(siret);
        if (!siretCheck.valid()) {
            throw new IllegalArgumentException("seller SIRET is not valid: " + siret);
        }
        seller.siret = siretCheck.normalised();
        var vatCheck = Identifiers.frVat(vatNumber);
        if (!vatCheck.valid() || !vatCheck.normalised().endsWith(seller.siren())) {
            throw new IllegalArgumentException("seller VAT number is not valid or not of its SIREN: " + vatNumber);
        }
        seller.vatNumber = vatCheck.normalised();
        seller.addressLine1 = text("address line", addressLine1, LINE_LENGTH);
        seller.postalCode = text("postal code", postalCode, POSTAL_CODE_LENGTH);
        seller.city = text("city", city, CITY_LENGTH);
        seller.country = Objects.requireNonNull(country, "country");
        String account = iban == null ? "" : iban.replace(" ", "").toUpperCase(Locale.ROOT);
        if (!IBANValidator.getInstance().isValid(account)) {
            throw new IllegalArgumentException("seller IBAN is not valid: " + iban);
        }
        seller.iban = account;
        String bank = bic == null ? "" : bic.strip().toUpperCase(Locale.ROOT);
        if (!BIC.matcher(bank).matches()) {
            throw new IllegalArgumentException("seller BIC is not valid: " + bic);
        }
        seller.bic = bank;
        seller.email = text("e-mail", email, EMAIL_LENGTH);
        seller.legalInfo = legalInfo == null || legalInfo.isBlank() ? null : text("legal information", legalInfo,
                LEGAL_INFO_LENGTH);
        return seller;
    }

    private static String text(String what, String value, int max) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            throw new IllegalArgumentException("seller " + what + " is missing or longer than " + max + ": " + value);
        }
        return value.strip();
    }

    public String name() {
        return name;
    }

    public String siret() {
        return siret;
    }

    public String siren() {
        return siret.substring(0, 9);
    }

    public String vatNumber() {
        return vatNumber;
    }

    public String addressLine1() {
        return addressLine1;
    }

    public String postalCode() {
        return postalCode;
    }

    public String city() {
        return city;
    }

    public Country country() {
        return country;
    }

    /** "TrustDesk SAS, 10 rue…, 75008 Paris": where cheques and paper files are posted. */
    public String postalLine() {
        return name + ", " + addressLine1 + ", " + postalCode + " " + city;
    }

    public String iban() {
        return iban;
    }

    /** The IBAN in groups of four, as people read and type it. */
    public String ibanGrouped() {
        return iban.replaceAll("(.{4})(?!$)", "$1 ");
    }

    public String bic() {
        return bic;
    }

    public String email() {
        return email;
    }

    /** May be null. */
    public String legalInfo() {
        return legalInfo;
    }
}
