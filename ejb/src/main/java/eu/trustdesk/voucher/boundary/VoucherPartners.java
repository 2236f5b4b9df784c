package eu.trustdesk.voucher.boundary;

import eu.trustdesk.account.entity.Account;
import eu.trustdesk.account.entity.Role;
import eu.trustdesk.audit.control.AuditTrail;
import eu.trustdesk.organisation.entity.Organisation;
import eu.trustdesk.shared.BusinessException;
import eu.trustdesk.voucher.entity.VoucherPartner;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The administrators' switch of the voucher feature, per partner account, with the organisation
 * invoiced for its voucher orders and its price list (a discount on catalogue prices).
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class VoucherPartners {

    private static final String SUBJECT = "voucher-partner";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    @Resource
    private SessionContext session;

    /** Every partner account with what was decided for it (feature off for those never configured). */
    public List<PartnerSettings> partners() {
        Map<Long, VoucherPartner> configured = em.createQuery("select p from VoucherPartner p", VoucherPartner.class)
                .getResultList().stream().collect(Collectors.toMap(p -> p.account().id(), Function.identity()));
        return em.createQuery("select a from Account a join a.roles r where r = :role order by a.email", Account.class)
                .setParameter("role", Role.PARTNER).getResultList().stream()
                .map(a -> PartnerSettings.of(a, configured.get(a.id()))).toList();
    }

    /** The organisations a partner account owns: the ones its voucher orders can be invoiced to. */
    public List<OrganisationChoice> organisationsOf(long accountId) {
        return em.createNamedQuery(Organisation.OF_OWNER, Organisation.class).setParameter("owner", partner(accountId))
                .getResultList().stream().map(o -> new OrganisationChoice(o.id(), o.name())).toList();
    }

    /**
     * Switches the feature on or off for a partner and sets its price list.
     *
     * @throws BusinessException {@code error.notFound} (not a partner, or an organisation it does
     *         not own), {@code error.voucher.partner.organisationRequired}, {@code error.voucher.partner.discount}
     */
    public void configure(long accountId, boolean enabled, Long organisationId, BigDecimal discountPercent) {
        Account account = partner(accountId);
        Organisation organisation = null;
        if (organisationId != null) {
            organisation = em.find(Organisation.class, organisationId);
            if (organisation == null || !organisation.ownedBy(account)) {
                throw new BusinessException("error.notFound");
            }
        }
        String admin = session.getCallerPrincipal().getName();
        Instant now = clock.instant();
        VoucherPartner partner = em.createNamedQuery(VoucherPartner.OF_ACCOUNT, VoucherPartner.class)
                .setParameter("account", accountId).getResultStream().findFirst().orElse(null);
        if (partner == null) {
            partner = new VoucherPartner(account, admin, now);
            em.persist(partner);
        }
        partner.configure(enabled, organisation, discountPercent, admin, now);
        audit.record(admin, enabled ? "voucher.enabled" : "voucher.disabled", SUBJECT, accountId,
                "discount " + partner.discountPercent() + " %");
    }

    private Account partner(long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null || !account.has(Role.PARTNER)) {
            throw new BusinessException("error.notFound");
        }
        return account;
    }

    /** A partner account as the console lists it. */
    public record PartnerSettings(long accountId, String email, String name, boolean enabled, Long organisationId,
            String organisationName, BigDecimal discountPercent) implements Serializable {

        static PartnerSettings of(Account account, VoucherPartner partner) {
            if (partner == null) {
                return new PartnerSettings(account.id(), account.email(), account.displayName(), false, null, null,
                        BigDecimal.ZERO.setScale(2));
            }
            return new PartnerSettings(account.id(), account.email(), account.displayName(), partner.enabled(),
                    partner.organisation() == null ? null : partner.organisation().id(),
                    partner.organisation() == null ? null : partner.organisation().name(), partner.discountPercent());
        }
    }

    /** An organisation offered as the payer of a partner's orders. */
    public record OrganisationChoice(long id, String name) implements Serializable {
    }
}
