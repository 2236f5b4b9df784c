package eu.trustdesk.ordering.entity;

import eu.trustdesk.organisation.entity.Contact;
import eu.trustdesk.organisation.entity.Country;
import eu.trustdesk.organisation.entity.HolderType;
import eu.trustdesk.organisation.entity.LegalIdentity;
import eu.trustdesk.organisation.entity.PostalAddress;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Objects;

/**
 * Who pays the order and receives its invoice, copied onto the order when it is submitted: a
 * later change of the organisation or billing profile does not change an order or its invoice.
 */
@Embeddable
public class Payer implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "payer_name", length = 150)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "payer_holder_type", length = 30)
    private HolderType holderType;

    @Enumerated(EnumType.STRING)
    @Column(name = "payer_country", length = 2)
    private Country country;

    @Embedded
    @AttributeOverride(name = "siret", column = @Column(name = "payer_siret"))
    @AttributeOverride(name = "siren", column = @Column(name = "payer_siren"))
    @AttributeOverride(name = "vatNumber", column = @Column(name = "payer_vat_number"))
    @AttributeOverride(name = "taxCode", column = @Column(name = "payer_tax_code"))
    @AttributeOverride(name = "sdiCode", column = @Column(name = "payer_sdi_code"))
    @AttributeOverride(name = "pec", column = @Column(name = "payer_pec"))
    @AttributeOverride(name = "ipaCode", column = @Column(name = "payer_ipa_code"))
    private LegalIdentity identity;

    @Embedded
    @AttributeOverride(name = "line1", column = @Column(name = "payer_line1"))
    @AttributeOverride(name = "line2", column = @Column(name = "payer_line2"))
    @AttributeOverride(name = "postalCode", column = @Column(name = "payer_postal_code"))
    @AttributeOverride(name = "city", column = @Column(name = "payer_city"))
    @AttributeOverride(name = "province", column = @Column(name = "payer_province"))
    @AttributeOverride(name = "country", column = @Column(name = "payer_address_country"))
    private PostalAddress address;

    @Embedded
    @AttributeOverride(name = "name", column = @Column(name = "payer_contact_name"))
    @AttributeOverride(name = "email", column = @Column(name = "payer_contact_email"))
    @AttributeOverride(name = "phone", column = @Column(name = "payer_contact_phone"))
    private Contact contact;

    /** A public body confirmed by an administrator when the order was placed. */
    @Column(name = "payer_public_body")
    private boolean publicBody;

    /** Someone else than the buyer's organisation pays ("billing details are different"). */
    @Column(name = "payer_third_party")
    private boolean thirdParty;

    protected Payer() {
        // for JPA
    }

    public Payer(String name, HolderType holderType, Country country, LegalIdentity identity, PostalAddress address,
            Contact contact, boolean publicBody, boolean thirdParty) {
        this.name = Objects.requireNonNull(name, "name");
        this.holderType = Objects.requireNonNull(holderType, "holderType");
        this.country = Objects.requireNonNull(country, "country");
        this.identity = Objects.requireNonNull(identity, "identity");
        this.address = address;
        this.contact = contact;
        this.publicBody = publicBody;
        this.thirdParty = thirdParty;
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

    public PostalAddress address() {
        return address;
    }

    public Contact contact() {
        return contact;
    }

    public boolean publicBody() {
        return publicBody;
    }

    public boolean thirdParty() {
        return thirdParty;
    }
}
