package eu.trustdesk.organisation.entity;

import static eu.trustdesk.shared.identifier.IdentifierType.CODICE_FISCALE;
import static eu.trustdesk.shared.identifier.IdentifierType.FR_VAT;
import static eu.trustdesk.shared.identifier.IdentifierType.IPA_CODE;
import static eu.trustdesk.shared.identifier.IdentifierType.PARTITA_IVA;
import static eu.trustdesk.shared.identifier.IdentifierType.PEC;
import static eu.trustdesk.shared.identifier.IdentifierType.SDI_CODE;
import static eu.trustdesk.shared.identifier.IdentifierType.SIRET;

import eu.trustdesk.shared.BusinessException;
import eu.trustdesk.shared.identifier.IdentifierType;
import eu.trustdesk.shared.identifier.Identifiers;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Locale;

/**
 * The identifiers of a legal person or natural person, checked together against its holder type
 * and country: which ones are required, and that they are valid and agree with each other.
 *
 * <ul>
 * <li>France: SIRET for every holder but a natural person (Chorus Pro identifies public buyers by
 *     it); VAT number optional, but when given it must be the one of the SIRET's SIREN.</li>
 * <li>Italy: partita IVA for companies and sole traders; codice fiscale for sole traders, public
 *     administrations and natural persons; e-invoices reach companies through an SDI recipient
 *     code or a PEC address, and public administrations through the six-character office code
 *     (codice univoco ufficio) and their IPA code.</li>
 * </ul>
 */
@Embeddable
public class LegalIdentity implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Length of the office code through which an Italian public administration receives invoices. */
    public static final int PA_OFFICE_CODE_LENGTH = 6;

    @Column(name = "siret", length = 14)
    private String siret;

    @Column(name = "siren", length = 9)
    private String siren;

    @Column(name = "vat_number", length = 15)
    private String vatNumber;

    @Column(name = "tax_code", length = 16)
    private String taxCode;

    @Column(name = "sdi_code", length = 7)
    private String sdiCode;

    @Column(name = "pec", length = 254)
    private String pec;

    @Column(name = "ipa_code", length = 20)
    private String ipaCode;

    protected LegalIdentity() {
        // for JPA
    }

    public static LegalIdentity of(HolderType holderType, Country country, String siret, String vatNumber,
            String taxCode, String sdiCode, String pec, String ipaCode) {
        if (holderType == null) {
            throw new BusinessException("error.organisation.holderType");
        }
        if (country == null) {
            throw new BusinessException("error.organisation.country");
        }
        LegalIdentity identity = new LegalIdentity();
        if (country == Country.FR) {
            identity.franceFor(holderType, siret, vatNumber);
        } else {
            identity.italyFor(holderType, vatNumber, taxCode, sdiCode, pec, ipaCode);
        }
        return identity;
    }

    private void franceFor(HolderType holderType, String siretInput, String vatInput) {
        if (holderType == HolderType.NATURAL_PERSON) {
            return;
        }
        siret = required(SIRET, siretInput);
        siren = siret.substring(0, 9);
        vatNumber = optional(FR_VAT, vatInput);
        if (vatNumber != null && !vatNumber.endsWith(siren)) {
            throw new BusinessException("error.organisation.vatNotOfSiren", vatNumber, siren);
        }
    }

    private void italyFor(HolderType holderType, String vatInput, String taxInput, String sdiInput, String pecInput,
            String ipaInput) {
        switch (holderType) {
            case COMPANY -> {
                vatNumber = required(PARTITA_IVA, withoutItPrefix(vatInput));
                taxCode = optional(CODICE_FISCALE, taxInput);
                electronicAddress(sdiInput, pecInput);
            }
            case SOLE_TRADER -> {
                vatNumber = required(PARTITA_IVA, withoutItPrefix(vatInput));
                taxCode = required(CODICE_FISCALE, taxInput);
                electronicAddress(sdiInput, pecInput);
            }
            case PUBLIC_ADMINISTRATION -> {
                taxCode = required(CODICE_FISCALE, taxInput);
                vatNumber = optional(PARTITA_IVA, withoutItPrefix(vatInput));
                ipaCode = required(IPA_CODE, ipaInput);
                sdiCode = required(SDI_CODE, sdiInput);
                if (sdiCode.length() != PA_OFFICE_CODE_LENGTH) {
                    throw new BusinessException("error.organisation.paOfficeCode", sdiCode);
                }
                pec = optional(PEC, pecInput);
            }
            case NATURAL_PERSON -> {
                taxCode = required(CODICE_FISCALE, taxInput);
                sdiCode = optional(SDI_CODE, sdiInput);
                pec = optional(PEC, pecInput);
            }
        }
    }

    /** Italian companies receive e-invoices through an SDI code or, failing that, a PEC address. */
    private void electronicAddress(String sdiInput, String pecInput) {
        sdiCode = optional(SDI_CODE, sdiInput);
        pec = optional(PEC, pecInput);
        if (sdiCode == null && pec == null) {
            throw new BusinessException("error.organisation.sdiOrPec");
        }
    }

    private static String withoutItPrefix(String vat) {
        if (vat == null) {
            return null;
        }
        String v = vat.strip().toUpperCase(Locale.ROOT);
        return v.startsWith("IT") ? v.substring(2) : vat;
    }

    private static String required(IdentifierType type, String raw) {
        return Identifiers.require(type, raw);
    }

    private static String optional(IdentifierType type, String raw) {
        return raw == null || raw.isBlank() ? null : Identifiers.require(type, raw);
    }

    public String siret() {
        return siret;
    }

    public String siren() {
        return siren;
    }

    public String vatNumber() {
        return vatNumber;
    }

    public String taxCode() {
        return taxCode;
    }

    public String sdiCode() {
        return sdiCode;
    }

    public String pec() {
        return pec;
    }

    public String ipaCode() {
        return ipaCode;
    }

    /** The identifier a person would quote to find this organisation: SIRET, partita IVA or codice fiscale. */
    public String main() {
        if (siret != null) {
            return siret;
        }
        return vatNumber != null ? vatNumber : taxCode;
    }
}
