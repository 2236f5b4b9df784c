package eu.trustdesk.organisation.entity;

import eu.trustdesk.shared.BusinessException;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/**
 * Who pays an organisation's invoices (anagrafica di fatturazione): the organisation itself, or a
 * third party such as a public treasury, a reseller or an outsourced purchasing service, with its
 * own identifiers, address and contact person. Its identifiers follow the same rules as a holder's.
 */
@Entity
@Table(name = "billing_profile")
public class BillingProfile {

    public static final int NAME_LENGTH = 150;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @Column(name = "payer_name", nullable = false, length = NAME_LENGTH)
    private String payerName;

    @Column(name = "third_party", nullable = false)
    private boolean thirdParty;

    @Enumerated(EnumType.STRING)
    @Column(name = "holder_type", nullable = false, length = 30)
    private HolderType holderType;

    @Enumerated(EnumType.STRING)
    @Column(name = "country", nullable = false, length = Country.CODE_LENGTH)
    private Country country;

    @Embedded
    private LegalIdentity identity;

    @Embedded
    @AttributeOverride(name = "country", column = @Column(name = "address_country", length = Country.CODE_LENGTH))
    private PostalAddress address;

    @Embedded
    private Contact contact;

    @Version
    private long version;

    protected BillingProfile() {
        // for JPA
    }

    BillingProfile(Organisation organisation, String payerName, boolean thirdParty, HolderType holderType,
            Country country, LegalIdentity identity, PostalAddress address, Contact contact) {
        this.organisation = Objects.requireNonNull(organisation, "organisation");
        change(payerName, thirdParty, holderType, country, identity, address, contact);
    }

    public void change(String newPayerName, boolean isThirdParty, HolderType newHolderType, Country newCountry,
            LegalIdentity newIdentity, PostalAddress newAddress, Contact newContact) {
        if (newPayerName == null || newPayerName.isBlank() || newPayerName.strip().length() > NAME_LENGTH) {
            throw new BusinessException("error.billing.payerName");
        }
        this.payerName = newPayerName.strip();
        this.thirdParty = isThirdParty;
        this.holderType = Objects.requireNonNull(newHolderType, "holderType");
        this.country = Objects.requireNonNull(newCountry, "country");
        this.identity = Objects.requireNonNull(newIdentity, "identity");
        this.address = Objects.requireNonNull(newAddress, "address");
        this.contact = Objects.requireNonNull(newContact, "contact");
    }

    public Long id() {
        return id;
    }

    public Organisation organisation() {
        return organisation;
    }

    public String payerName() {
        return payerName;
    }

    public boolean thirdParty() {
        return thirdParty;
    }

    public HolderType holderType() {
        return holderType;
    }

    public Country country() {
        return country;
    }

    public LegalIdentity identity() {
        return identity;
    }

    public PostalAddress address() {
        return address;
    }

    public Contact contact() {
        return contact;
    }
}
