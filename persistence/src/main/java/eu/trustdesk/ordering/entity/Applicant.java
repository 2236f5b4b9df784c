package eu.trustdesk.ordering.entity;

import eu.trustdesk.shared.PhoneNumber;
import eu.trustdesk.shared.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The person who will fill in the certificate request: the buyer or someone else (seed: "the
 * applicant may differ from the buyer").
 */
@Embeddable
public class Applicant implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Column(name = "applicant_first_name", length = 80)
    private String firstName;

    @Column(name = "applicant_last_name", length = 80)
    private String lastName;

    @Column(name = "applicant_email", length = 254)
    private String email;

    @Column(name = "applicant_phone", length = 30)
    private String phone;

    @Column(name = "applicant_organisation", length = 150)
    private String organisation;

    protected Applicant() {
        // for JPA
    }

    public static Applicant of(String firstName, String lastName, String email, String phone, String organisation) {
        Applicant applicant = new Applicant();
        applicant.firstName = required(firstName, 80, "error.applicant.firstName");
        applicant.lastName = required(lastName, 80, "error.applicant.lastName");
        String mail = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (mail.length() > 254 || !EMAIL.matcher(mail).matches()) {
            throw new BusinessException("error.applicant.email", mail);
        }
        applicant.email = mail;
        applicant.phone = PhoneNumber.checked(phone, "error.applicant.phone");
        applicant.organisation = organisation == null || organisation.isBlank() ? null
                : required(organisation, 150, "error.applicant.organisation");
        return applicant;
    }

    private static String required(String value, int max, String key) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            throw new BusinessException(key);
        }
        return value.strip();
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    public String fullName() {
        return firstName + " " + lastName;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public String organisation() {
        return organisation;
    }
}
