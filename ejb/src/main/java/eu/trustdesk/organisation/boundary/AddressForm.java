package eu.trustdesk.organisation.boundary;

import eu.trustdesk.organisation.entity.Country;
import eu.trustdesk.organisation.entity.PostalAddress;
import java.io.Serializable;

/** A postal address as typed in a form; {@link #toAddress()} checks it. */
public class AddressForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String line1;
    private String line2;
    private String postalCode;
    private String city;
    private String province;
    private Country country = Country.FR;

    public static AddressForm of(PostalAddress address) {
        AddressForm form = new AddressForm();
        if (address != null && !address.isEmpty()) {
            form.line1 = address.line1();
            form.line2 = address.line2();
            form.postalCode = address.postalCode();
            form.city = address.city();
            form.province = address.province();
            form.country = address.country();
        }
        return form;
    }

    public PostalAddress toAddress() {
        return PostalAddress.of(line1, line2, postalCode, city, province, country);
    }

    public String getLine1() {
        return line1;
    }

    public void setLine1(String line1) {
        this.line1 = line1;
    }

    public String getLine2() {
        return line2;
    }

    public void setLine2(String line2) {
        this.line2 = line2;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getProvince() {
        return province;
    }

    public void setProvince(String province) {
        this.province = province;
    }

    public Country getCountry() {
        return country;
    }

    public void setCountry(Country country) {
        this.country = country;
    }
}
