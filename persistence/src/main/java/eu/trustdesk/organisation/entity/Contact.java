package eu.trustdesk.organisation.entity;

import eu.trustdesk.shared.PhoneNumber;
import eu.trustdesk.shared.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.regex.Pattern;

/** A named person to write or call about an organisation's orders or invoices. */
@Embeddable
public class Contact implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int NAME_LENGTH = 120;
    public static final int EMAIL_LENGTH = 254;
    public static final int PHONE_LENGTH = 30;
    /** Deliberately loose: the mail server decides; this only catches obvious typing mistakes. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Column(name = "contact_name", length = NAME_LENGTH)
    private String name;

    @Column(name = "contact_email", length = EMAIL_LENGTH)
    private String email;

    @Column(name = "contact_phone", length = PHONE_LENGTH)
    private String phone;

    protected Contact() {
        // for JPA
    }

    public static Contact of(String name, String email, String phone) {
        Contact contact = new Contact();
        if (name == null || name.isBlank() || name.strip().length() > NAME_LENGTH) {
            throw new BusinessException("error.contact.name");
        }
        contact.name = name.strip();
        if (email != null && !email.isBlank()) {
            String e = email.strip();
            if (e.length() > EMAIL_LENGTH || !EMAIL.matcher(e).matches()) {
                throw new BusinessException("error.contact.email", e);
            }
            contact.email = e;
        }
        if (phone != null && !phone.isBlank()) {
            contact.phone = PhoneNumber.checked(phone, "error.contact.phone");
        }
        return contact;
    }

    public boolean isEmpty() {
        return name == null;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }
}
