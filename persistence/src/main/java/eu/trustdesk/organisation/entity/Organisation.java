package eu.trustdesk.organisation.entity;

import eu.trustdesk.account.entity.Account;
import eu.trustdesk.shared.BusinessException;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An organisation a customer acts for. It owns its quote-header address (printed at the top of
 * quotes), its delivery addresses and its billing profiles.
 *
 * <p>Public-body status: choosing the holder type "public administration" is the customer's
 * declaration; only an administrator confirms it ({@link #confirmPublicBody}), and only a
 * confirmed public body is offered administrative payment. Changing what was confirmed (holder
 * type, country or main identifier) sends the organisation back to "declared".
 */
@Entity
@Table(name = "organisation")
@NamedQuery(name = Organisation.OF_OWNER,
        query = "select o from Organisation o where o.owner = :owner order by o.name")
// the back office lists organisations with their owner's e-mail: fetched in the same query, not one query a row
@NamedQuery(name = Organisation.SEARCH,
        query = "select o from Organisation o join fetch o.owner where lower(o.name) like :text or o.identity.siret like :text"
                + " or o.identity.siren like :text or o.identity.vatNumber like :text or o.identity.taxCode like :text"
                + " or lower(o.owner.email) like :text order by o.name")
@NamedQuery(name = Organisation.BY_PUBLIC_BODY_STATUS,
        query = "select o from Organisation o join fetch o.owner where o.publicBodyStatus = :status order by o.createdAt")
public class Organisation {

    public static final String OF_OWNER = "Organisation.ofOwner";
    public static final String SEARCH = "Organisation.search";
    public static final String BY_PUBLIC_BODY_STATUS = "Organisation.byPublicBodyStatus";
    public static final int NAME_LENGTH = 150;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_account_id", nullable = false)
    private Account owner;

    @Column(name = "name", nullable = false, length = NAME_LENGTH)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "holder_type", nullable = false, length = 30)
    private HolderType holderType;

    @Enumerated(EnumType.STRING)
    @Column(name = "country", nullable = false, length = Country.CODE_LENGTH)
    private Country country;

    @Embedded
    private LegalIdentity identity;

    @Enumerated(EnumType.STRING)
    @Column(name = "public_body_status", nullable = false, length = 20)
    private PublicBodyStatus publicBodyStatus;

    /** Administrator who last confirmed or withdrew the public-body status, and when. */
    @Column(name = "public_body_decided_by", length = Account.EMAIL_LENGTH)
    private String publicBodyDecidedBy;

    @Column(name = "public_body_decided_at")
    private Instant publicBodyDecidedAt;

    @Embedded
    @AttributeOverride(name = "line1", column = @Column(name = "qh_line1"))
    @AttributeOverride(name = "line2", column = @Column(name = "qh_line2"))
    @AttributeOverride(name = "postalCode", column = @Column(name = "qh_postal_code"))
    @AttributeOverride(name = "city", column = @Column(name = "qh_city"))
    @AttributeOverride(name = "province", column = @Column(name = "qh_province"))
    @AttributeOverride(name = "country", column = @Column(name = "qh_country"))
    private PostalAddress quoteHeaderAddress;

    @Embedded
    private Contact contact;

    @OneToMany(mappedBy = "organisation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("label")
    private List<DeliveryAddress> deliveryAddresses = new ArrayList<>();

    @OneToMany(mappedBy = "organisation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("payerName")
    private List<BillingProfile> billingProfiles = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Organisation() {
        // for JPA
    }

    public Organisation(Account owner, String name, HolderType holderType, Country country, LegalIdentity identity,
            Instant now) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.createdAt = Objects.requireNonNull(now, "now");
        this.publicBodyStatus = PublicBodyStatus.NOT_PUBLIC;
        changeIdentity(name, holderType, country, identity);
    }

    public void changeIdentity(String newName, HolderType newHolderType, Country newCountry, LegalIdentity newIdentity) {
        if (newName == null || newName.isBlank() || newName.strip().length() > NAME_LENGTH) {
            throw new BusinessException("error.organisation.name");
        }
        boolean confirmedFactsChange = holderType != newHolderType || country != newCountry
                || identity == null || !Objects.equals(identity.main(), newIdentity.main());
        this.name = newName.strip();
        this.holderType = Objects.requireNonNull(newHolderType, "holderType");
        this.country = Objects.requireNonNull(newCountry, "country");
        this.identity = Objects.requireNonNull(newIdentity, "identity");
        if (newHolderType != HolderType.PUBLIC_ADMINISTRATION) {
            publicBodyStatus = PublicBodyStatus.NOT_PUBLIC;
        } else if (publicBodyStatus == PublicBodyStatus.NOT_PUBLIC || confirmedFactsChange) {
            publicBodyStatus = PublicBodyStatus.DECLARED;
        }
    }

    public boolean ownedBy(Account account) {
        return owner.id().equals(account.id());
    }

    /** An administrator checked the declaration: administrative payment becomes available. */
    public void confirmPublicBody(String administrator, Instant now) {
        if (publicBodyStatus != PublicBodyStatus.DECLARED) {
            throw new BusinessException("error.publicBody.notDeclared");
        }
        decidePublicBody(PublicBodyStatus.CONFIRMED, administrator, now);
    }

    /** Takes a confirmation back: the organisation is again a mere declaration. */
    public void withdrawPublicBody(String administrator, Instant now) {
        if (publicBodyStatus != PublicBodyStatus.CONFIRMED) {
            throw new BusinessException("error.publicBody.notConfirmed");
        }
        decidePublicBody(PublicBodyStatus.DECLARED, administrator, now);
    }

    private void decidePublicBody(PublicBodyStatus status, String administrator, Instant now) {
        this.publicBodyStatus = status;
        this.publicBodyDecidedBy = Objects.requireNonNull(administrator, "administrator");
        this.publicBodyDecidedAt = Objects.requireNonNull(now, "now");
    }

    public boolean isConfirmedPublicBody() {
        return publicBodyStatus == PublicBodyStatus.CONFIRMED;
    }

    public void changeQuoteHeader(PostalAddress address, Contact namedContact) {
        this.quoteHeaderAddress = Objects.requireNonNull(address, "address");
        this.contact = Objects.requireNonNull(namedContact, "contact");
    }

    public DeliveryAddress addDeliveryAddress(String label, String recipient, PostalAddress address, String phone) {
        DeliveryAddress added = new DeliveryAddress(this, label, recipient, address, phone);
        deliveryAddresses.add(added);
        return added;
    }

    public Optional<DeliveryAddress> deliveryAddress(long addressId) {
        return deliveryAddresses.stream().filter(a -> a.id() != null && a.id() == addressId).findFirst();
    }

    public void removeDeliveryAddress(long addressId) {
        deliveryAddresses.remove(deliveryAddress(addressId).orElseThrow(() -> new BusinessException("error.notFound")));
    }

    public BillingProfile addBillingProfile(String payerName, boolean thirdParty, HolderType payerType,
            Country payerCountry, LegalIdentity payerIdentity, PostalAddress address, Contact payerContact) {
        BillingProfile added = new BillingProfile(this, payerName, thirdParty, payerType, payerCountry, payerIdentity,
                address, payerContact);
        billingProfiles.add(added);
        return added;
    }

    public Optional<BillingProfile> billingProfile(long profileId) {
        return billingProfiles.stream().filter(p -> p.id() != null && p.id() == profileId).findFirst();
    }

    public void removeBillingProfile(long profileId) {
        billingProfiles.remove(billingProfile(profileId).orElseThrow(() -> new BusinessException("error.notFound")));
    }

    public Long id() {
        return id;
    }

    public Account owner() {
        return owner;
    }

    public String name() {
        return name;
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

    public PublicBodyStatus publicBodyStatus() {
        return publicBodyStatus;
    }

    public String publicBodyDecidedBy() {
        return publicBodyDecidedBy;
    }

    public Instant publicBodyDecidedAt() {
        return publicBodyDecidedAt;
    }

    /** Null until the customer enters one. */
    public PostalAddress quoteHeaderAddress() {
        return quoteHeaderAddress;
    }

    public Contact contact() {
        return contact;
    }

    public List<DeliveryAddress> deliveryAddresses() {
        return Collections.unmodifiableList(deliveryAddresses);
    }

    public List<BillingProfile> billingProfiles() {
        return Collections.unmodifiableList(billingProfiles);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
