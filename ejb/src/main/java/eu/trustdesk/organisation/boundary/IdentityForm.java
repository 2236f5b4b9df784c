package eu.trustdesk.organisation.boundary;

import eu.trustdesk.organisation.entity.Country;
import eu.trustdesk.organisation.entity.HolderType;
import eu.trustdesk.organisation.entity.LegalIdentity;
import java.io.Serializable;

/**
 * The name, holder type, country and identifiers of an organisation or a payer, as typed in a
 * form. {@link #toIdentity()} checks them together (see {@link LegalIdentity}).
 */
public class IdentityForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private HolderType holderType = HolderType.COMPANY;
    private Country country = Country.FR;
    private String siret;
    private String vatNumber;
    private String taxCode;
    private String sdiCode;
    private String pec;
    private String ipaCode;

    public static IdentityForm of(String name, HolderType holderType, Country country, LegalIdentity identity) {
        IdentityForm form = new IdentityForm();
        form.name = name;
        form.holderType = holderType;
        form.country = country;
        if (identity != null) {
            form.siret = identity.siret();
            form.vatNumber = identity.vatNumber();
            form.taxCode = identity.taxCode();
            form.sdiCode = identity.sdiCode();
            form.pec = identity.pec();
            form.ipaCode = identity.ipaCode();
        }
        return form;
    }

    /**
     * A form where neither the holder type nor the country is chosen yet: the activation wizard
     * asks for them first, and a preselected answer would be taken for the applicant's.
     */
    public static IdentityForm unchosen() {
        IdentityForm form = new IdentityForm();
        form.holderType = null;
        form.country = null;
        return form;
    }

    public LegalIdentity toIdentity() {
        return LegalIdentity.of(holderType, country, siret, vatNumber, taxCode, sdiCode, pec, ipaCode);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public HolderType getHolderType() {
        return holderType;
    }

    public void setHolderType(HolderType holderType) {
        this.holderType = holderType;
    }

    public Country getCountry() {
        return country;
    }

    public void setCountry(Country country) {
        this.country = country;
    }

    public String getSiret() {
        return siret;
    }

    public void setSiret(String siret) {
        this.siret = siret;
    }

    public String getVatNumber() {
        return vatNumber;
    }

    public void setVatNumber(String vatNumber) {
        this.vatNumber = vatNumber;
    }

    public String getTaxCode() {
        return taxCode;
    }

    public void setTaxCode(String taxCode) {
        this.taxCode = taxCode;
    }

    public String getSdiCode() {
        return sdiCode;
    }

    public void setSdiCode(String sdiCode) {
        this.sdiCode = sdiCode;
    }

    public String getPec() {
        return pec;
    }

    public void setPec(String pec) {
        this.pec = pec;
    }

    public String getIpaCode() {
        return ipaCode;
    }

    public void setIpaCode(String ipaCode) {
        this.ipaCode = ipaCode;
    }
}
