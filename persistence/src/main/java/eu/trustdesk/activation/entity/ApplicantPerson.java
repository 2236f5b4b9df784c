package eu.trustdesk.activation.entity;

import eu.trustdesk.organisation.entity.Country;
import eu.trustdesk.shared.BusinessException;
import eu.trustdesk.shared.identifier.IdentifierType;
import eu.trustdesk.shared.identifier.Identifiers;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.commons.validator.routines.EmailValidator;

/**
 * The natural person who asks for the service (richiedente): names, birth, tax code, contact.
 * Checked when built: an Italian file needs the applicant's codice fiscale, nobody is born in
 * the future or more than 120 years ago.
 */
@Embeddable
public class ApplicantPerson implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int NAME_LENGTH = 80;
    public static final int PLACE_LENGTH = 100;
    public static final int PHONE_LENGTH = 30;
    private static final EmailValidator EMAIL = EmailValidator.getInstance(false, false);

    @Column(name = "applicant_first_name", length = NAME_LENGTH)
    private String firstName;

    @Column(name = "applicant_last_name", length = NAME_LENGTH)
    private String lastName;

    @Column(name = "applicant_birth_date")
    private LocalDate birthDate;

    @Column(name = "applicant_birth_place", length = PLACE_LENGTH)
    private String birthPlace;

    @Column(name = "applicant_tax_code", length = 16)
    private String taxCode;

    @Column(name = "applicant_contact_email", length = 254)
    private String email;

    @Column(name = "applicant_phone", length = PHONE_LENGTH)
    private String phone;

    protected ApplicantPerson() {
        // for JPA
    }

    /** The youngest an applicant can be: a signature certificate binds its holder. */
    public static final int MINIMUM_AGE = 16;
    /** Beyond this, a date of birth is a typing error. */
    public static final int MAXIMUM_AGE = 120;

    /**
     * @param country the holder's country: an Italian file needs the applicant's codice fiscale,
     *        a French one has none to give
     */
    public static ApplicantPerson of(String firstName, String lastName, LocalDate birthDate, String birthPlace,
            String taxCode, String email, String phone, Country country, LocalDate today) {
        ApplicantPerson person = new ApplicantPerson();
        person.firstName = required(firstName, NAME_LENGTH, "error.applicant.firstName");
        person.lastName = required(lastName, NAME_LENGTH, "error.applicant.lastName");
        // each refusal says which rule failed: a right date refused as "too young" reads as a bug
        if (birthDate == null) {
            throw new BusinessException("error.applicant.birthDate");
        }
        if (birthDate.isAfter(today.minusYears(MINIMUM_AGE))) {
            throw new BusinessException("error.applicant.birthDate.tooYoung", MINIMUM_AGE);
        }
        if (birthDate.isBefore(today.minusYears(MAXIMUM_AGE))) {
            throw new BusinessException("error.applicant.birthDate.tooOld", MAXIMUM_AGE);
        }
        person.birthDate = birthDate;
        person.birthPlace = required(birthPlace, PLACE_LENGTH, "error.applicant.birthPlace");
        if (country == Country.IT) {
            person.taxCode = Identifiers.require(IdentifierType.CODICE_FISCALE, taxCode);
            if (person.taxCode.length() != 16) {
                throw new BusinessException("error.applicant.personalTaxCode");
            }
        }
        String mail = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (!EMAIL.isValid(mail) || mail.length() > 254) {
            throw new BusinessException("error.applicant.email");
        }
        person.email = mail;
        String tel = phone == null ? "" : phone.strip();
        if (!tel.matches("\\+?[0-9 ()./-]{6,30}")) {
            throw new BusinessException("error.applicant.phone");
        }
        person.phone = tel;
        return person;
    }

    private static String required(String value, int length, String key) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() || v.length() > length) {
            throw new BusinessException(key);
        }
        return v;
    }

    public boolean complete() {
        return firstName != null && lastName != null && birthDate != null;
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public String birthPlace() {
        return birthPlace;
    }

    public String taxCode() {
        return taxCode;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }
}
