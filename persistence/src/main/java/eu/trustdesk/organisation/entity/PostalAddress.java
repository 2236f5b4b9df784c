package eu.trustdesk.organisation.entity;

import eu.trustdesk.shared.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A postal address in France or Italy. Both use five-digit postal codes; Italian addresses also
 * need the two-letter province (sigla), which Italian invoices carry.
 */
@Embeddable
public class PostalAddress implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int LINE_LENGTH = 100;
    public static final int CITY_LENGTH = 80;
    private static final Pattern POSTAL_CODE = Pattern.compile("\\d{5}");
    private static final Pattern PROVINCE = Pattern.compile("[A-Z]{2}");

    @Column(name = "line1", length = LINE_LENGTH)
    private String line1;

    @Column(name = "line2", length = LINE_LENGTH)
    private String line2;

    @Column(name = "postal_code", length = 5)
    private String postalCode;

    @Column(name = "city", length = CITY_LENGTH)
    private String city;

    @Column(name = "province", length = 2)
    private String province;

    @Enumerated(EnumType.STRING)
    @Column(name = "country", length = Country.CODE_LENGTH)
    private Country country;

    protected PostalAddress() {
        // for JPA
    }

    /** Checks and normalises an address; refuses it with a message key naming the faulty part. */
    public static PostalAddress of(String line1, String line2, String postalCode, String city, String province,
            Country country) {
        PostalAddress address = new PostalAddress();
        address.line1 = required(line1, LINE_LENGTH, "error.address.line1");
        address.line2 = optional(line2, LINE_LENGTH, "error.address.line2");
        address.city = required(city, CITY_LENGTH, "error.address.city");
        if (country == null) {
            throw new BusinessException("error.address.country");
        }
        address.country = country;
        String code = postalCode == null ? "" : postalCode.strip();
        if (!POSTAL_CODE.matcher(code).matches()) {
            throw new BusinessException("error.address.postalCode", code);
        }
        address.postalCode = code;
        String sigla = province == null ? "" : province.strip().toUpperCase(Locale.ROOT);
        if (country == Country.IT) {
            if (!PROVINCE.matcher(sigla).matches()) {
                throw new BusinessException("error.address.province");
            }
            address.province = sigla;
        }
        return address;
    }

    private static String required(String value, int max, String key) {
        String v = optional(value, max, key);
        if (v == null) {
            throw new BusinessException(key);
        }
        return v;
    }

    private static String optional(String value, int max, String key) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new BusinessException(key);
        }
        return v;
    }

    /** Whether nothing was ever entered (an organisation without a quote-header address yet). */
    public boolean isEmpty() {
        return line1 == null;
    }

    public String line1() {
        return line1;
    }

    public String line2() {
        return line2;
    }

    public String postalCode() {
        return postalCode;
    }

    public String city() {
        return city;
    }

    public String province() {
        return province;
    }

    public Country country() {
        return country;
    }

    /** One line per element, as printed on an envelope, a quote or an invoice. */
    public String formatted() {
        if (isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(line1);
        if (line2 != null) {
            out.append('\n').append(line2);
        }
        out.append('\n').append(postalCode).append(' ').append(city);
        if (province != null) {
            out.append(" (").append(province).append(')');
        }
        return out.append('\n').append(country == Country.FR ? "FRANCE" : "ITALIA").toString();
    }
}
