package eu.trustdesk.invoicing.entity;

import eu.trustdesk.organisation.entity.BillingProfile;
import eu.trustdesk.organisation.entity.Contact;
import eu.trustdesk.organisation.entity.Country;
import eu.trustdesk.organisation.entity.HolderType;
import eu.trustdesk.organisation.entity.LegalIdentity;
import eu.trustdesk.organisation.entity.PostalAddress;
import eu.trustdesk.shared.Language;
import java.io.Serializable;

/**
 * Who an invoice is addressed to (EN 16931 buyer, BG-7): the billing identity chosen at checkout,
 * whether it is a public body (its invoices go to Chorus Pro) and the language its documents are
 * written in. The identity, address and contact were checked when they were entered. The contact
 * may be null.
 */
public record Payer(String name, HolderType holderType, Country country, LegalIdentity identity,
        PostalAddress address, Contact contact, boolean publicBody, Language language) implements Serializable {

    /** The payer of a billing profile. */
    public static Payer of(BillingProfile profile, boolean publicBody, Language language) {
        return new Payer(profile.payerName(), profile.holderType(), profile.country(), profile.identity(),
                profile.address(), profile.contact(), publicBody, language);
    }

    /** Whether the payer buys in the course of a business (or as a public body), not as a consumer. */
    public boolean professional() {
        return holderType != HolderType.NATURAL_PERSON;
    }
}
