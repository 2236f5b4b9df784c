package eu.trustdesk.organisation.boundary;

import eu.trustdesk.account.control.CallerAccount;
import eu.trustdesk.account.entity.Account;
import eu.trustdesk.account.entity.Role;
import eu.trustdesk.organisation.entity.BillingProfile;
import eu.trustdesk.organisation.entity.DeliveryAddress;
import eu.trustdesk.organisation.entity.Organisation;
import eu.trustdesk.shared.BusinessException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;

/**
 * The organisations the signed-in customer acts for, with their addresses and billing profiles.
 *
 * <p>Every id received is checked against the caller: an organisation of somebody else, or an
 * address or profile of another organisation, is answered exactly like an id that does not
 * exist ({@code error.notFound}), so changing an id in a URL or a form reveals and changes
 * nothing.
 */
@Stateless
@RolesAllowed({Role.Names.CUSTOMER, Role.Names.PARTNER})
public class MyOrganisations {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerAccount callerAccount;

    @Inject
    private Clock clock;

    public List<Organisation> list() {
        return em.createNamedQuery(Organisation.OF_OWNER, Organisation.class)
                .setParameter("owner", caller()).getResultList();
    }

    public Organisation get(long organisationId) {
        Organisation organisation = owned(organisationId);
        // the page shows them after the transaction: load them now
        organisation.deliveryAddresses().size();
        organisation.billingProfiles().size();
        return organisation;
    }

    public Organisation create(@NotNull IdentityForm form) {
        Organisation organisation = new Organisation(caller(), form.getName(), form.getHolderType(),
                form.getCountry(), form.toIdentity(), clock.instant());
        em.persist(organisation);
        return organisation;
    }

    public Organisation changeIdentity(long organisationId, @NotNull IdentityForm form) {
        Organisation organisation = owned(organisationId);
        organisation.changeIdentity(form.getName(), form.getHolderType(), form.getCountry(), form.toIdentity());
        return organisation;
    }

    public void changeQuoteHeader(long organisationId, @NotNull AddressForm address, @NotNull ContactForm contact) {
        owned(organisationId).changeQuoteHeader(address.toAddress(), contact.toContact());
    }

    public DeliveryAddress addDeliveryAddress(long organisationId, @NotNull DeliveryForm form) {
        return owned(organisationId).addDeliveryAddress(form.getLabel(), form.getRecipient(),
                form.getAddress().toAddress(), form.getPhone());
    }

    public DeliveryAddress deliveryAddress(long organisationId, long addressId) {
        return owned(organisationId).deliveryAddress(addressId).orElseThrow(MyOrganisations::notFound);
    }

    public void changeDeliveryAddress(long organisationId, long addressId, @NotNull DeliveryForm form) {
        deliveryAddress(organisationId, addressId).change(form.getLabel(), form.getRecipient(),
                form.getAddress().toAddress(), form.getPhone());
    }

    public void removeDeliveryAddress(long organisationId, long addressId) {
        owned(organisationId).removeDeliveryAddress(addressId);
    }

    public BillingProfile addBillingProfile(long organisationId, @NotNull BillingForm form) {
        IdentityForm payer = form.getPayer();
        return owned(organisationId).addBillingProfile(payer.getName(), form.isThirdParty(), payer.getHolderType(),
                payer.getCountry(), payer.toIdentity(), form.getAddress().toAddress(), form.getContact().toContact());
    }

    public BillingProfile billingProfile(long organisationId, long profileId) {
        return owned(organisationId).billingProfile(profileId).orElseThrow(MyOrganisations::notFound);
    }

    public void changeBillingProfile(long organisationId, long profileId, @NotNull BillingForm form) {
        IdentityForm payer = form.getPayer();
        billingProfile(organisationId, profileId).change(payer.getName(), form.isThirdParty(), payer.getHolderType(),
                payer.getCountry(), payer.toIdentity(), form.getAddress().toAddress(), form.getContact().toContact());
    }

    public void removeBillingProfile(long organisationId, long profileId) {
        owned(organisationId).removeBillingProfile(profileId);
    }

    private Organisation owned(long organisationId) {
        Organisation organisation = em.find(Organisation.class, organisationId);
        if (organisation == null || !organisation.ownedBy(caller())) {
            throw notFound();
        }
        return organisation;
    }

    private static BusinessException notFound() {
        return new BusinessException("error.notFound");
    }

    private Account caller() {
        return callerAccount.get();
    }
}
