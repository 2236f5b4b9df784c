package eu.trustdesk.organisation.boundary;

import eu.trustdesk.organisation.entity.Contact;
import java.io.Serializable;

/** A named contact person as typed in a form. */
public class ContactForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String email;
    private String phone;

    public static ContactForm of(Contact contact) {
        ContactForm form = new ContactForm();
        if (contact != null && !contact.isEmpty()) {
            form.name = contact.name();
            form.email = contact.email();
            form.phone = contact.phone();
        }
        return form;
    }

    public Contact toContact() {
        return Contact.of(name, email, phone);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}
