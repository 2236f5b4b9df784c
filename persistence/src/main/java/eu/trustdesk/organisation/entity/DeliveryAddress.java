package eu.trustdesk.organisation.entity;

import eu.trustdesk.shared.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/** Where an organisation's physical goods (tokens, card readers) are shipped. */
@Entity
@Table(name = "delivery_address")
public class DeliveryAddress {

    public static final int LABEL_LENGTH = 60;
    public static final int RECIPIENT_LENGTH = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @Column(name = "label", nullable = false, length = LABEL_LENGTH)
    private String label;

    @Column(name = "recipient", nullable = false, length = RECIPIENT_LENGTH)
    private String recipient;

    @Embedded
    private PostalAddress address;

    @Column(name = "phone", length = Contact.PHONE_LENGTH)
    private String phone;

    @Version
    private long version;

    protected DeliveryAddress() {
        // for JPA
    }

    DeliveryAddress(Organisation organisation, String label, String recipient, PostalAddress address, String phone) {
        this.organisation = Objects.requireNonNull(organisation, "organisation");
        change(label, recipient, address, phone);
    }

    public void change(String newLabel, String newRecipient, PostalAddress newAddress, String newPhone) {
        this.label = text(newLabel, LABEL_LENGTH, "error.delivery.label");
        this.recipient = text(newRecipient, RECIPIENT_LENGTH, "error.delivery.recipient");
        this.address = Objects.requireNonNull(newAddress, "address");
        this.phone = newPhone == null || newPhone.isBlank() ? null : Contact.of(this.recipient, null, newPhone).phone();
    }

    private static String text(String value, int max, String key) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            throw new BusinessException(key);
        }
        return value.strip();
    }

    public Long id() {
        return id;
    }

    public Organisation organisation() {
        return organisation;
    }

    public String label() {
        return label;
    }

    public String recipient() {
        return recipient;
    }

    public PostalAddress address() {
        return address;
    }

    public String phone() {
        return phone;
    }
}
