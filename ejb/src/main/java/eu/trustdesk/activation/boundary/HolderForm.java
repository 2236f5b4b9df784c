package eu.trustdesk.activation.boundary;

import eu.trustdesk.organisation.entity.Country;
import eu.trustdesk.organisation.entity.HolderType;
import java.io.Serializable;

/** What the wizard's holder steps send: the type, then the fields of that type and country. */
public class HolderForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private HolderType holderType;
    private Country country;
    private String name;
    private String siret;
    private String vatNumber;
    private String taxCode;
    private String sdiCode;
    private String pec;
    private String ipaCode;

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

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
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
