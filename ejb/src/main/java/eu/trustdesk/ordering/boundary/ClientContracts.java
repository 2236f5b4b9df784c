package eu.trustdesk.ordering.boundary;

import eu.trustdesk.account.entity.Account;
import eu.trustdesk.account.entity.Role;
import eu.trustdesk.audit.control.AuditTrail;
import eu.trustdesk.ordering.control.Contracts;
import eu.trustdesk.ordering.entity.ClientContract;
import eu.trustdesk.shared.BusinessCalendar;
import eu.trustdesk.organisation.entity.Organisation;
import eu.trustdesk.shared.BusinessException;
import eu.trustdesk.shared.Money;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Client contracts (annual volume commitment): administrators make and terminate them,
 * accountants read them, a customer sees the active contracts of the organisations they own.
 * Both decisions are written to the organisation's audit trail.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.ACCOUNTANT})
public class ClientContracts {

    /** Same subject as the organisation's own decisions: the console shows them in one history. */
    static final String SUBJECT = "organisation";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private Contracts contracts;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /**
     * A new active contract, numbered CT-year-rank in the year it is made. Refuses a period
     * that overlaps another active contract of the organisation ({@code error.contract.overlap}):
     * an order must know which statement it goes onto.
     */
    @RolesAllowed(Role.Names.ADMIN)
    public ClientContract create(long organisationId, @NotNull @Valid ContractForm form) {
        Organisation organisation = organisation(organisationId);
        if (form.getStartDate() != null && form.getEndDate() != null && !form.getEndDate().isBefore(form.getStartDate())
                && contracts.overlaps(organisationId, form.getStartDate(), form.getEndDate())) {
            throw new BusinessException("error.contract.overlap");
        }
        Instant now = clock.instant();
        String administrator = session.getCallerPrincipal().getName();
        ClientContract contract = new ClientContract(organisation, contracts.nextNumber(BusinessCalendar.dayOf(now).getYear()),
                form.getStartDate(), form.getEndDate(), form.getAnnualCommitment(), Money.EUR, administrator, now);
        em.persist(contract);
        audit.record(administrator, "contract.created", SUBJECT, organisationId, contract.number());
        return contract;
    }

    @RolesAllowed(Role.Names.ADMIN)
    public void terminate(long contractId) {
        ClientContract contract = em.find(ClientContract.class, contractId);
        if (contract == null) {
            throw new BusinessException("error.notFound");
        }
        String administrator = session.getCallerPrincipal().getName();
        contract.terminate(administrator, clock.instant());
        audit.record(administrator, "contract.terminated", SUBJECT, contract.organisation().id(), contract.number());
    }

    /** The organisation's contract active today, if any. */
    public Optional<ClientContract> current(long organisationId) {
        return contracts.activeFor(organisation(organisationId).id(), today());
    }

    /** Every contract of the organisation, latest start first. */
    public List<ClientContract> of(long organisationId) {
        return em.createNamedQuery(ClientContract.OF_ORGANISATION, ClientContract.class)
                .setParameter("organisation", organisation(organisationId).id()).getResultList();
    }

    /** The contracts active today of the caller's own organisations. */
    @RolesAllowed(Role.Names.CUSTOMER)
    public List<ClientContract> mine() {
        Account caller = em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", session.getCallerPrincipal().getName()).getSingleResult();
        LocalDate today = today();
        List<ClientContract> active = new ArrayList<>();
        for (Organisation organisation : em.createNamedQuery(Organisation.OF_OWNER, Organisation.class)
                .setParameter("owner", caller).getResultList()) {
            contracts.activeFor(organisation.id(), today).ifPresent(active::add);
        }
        // the page groups them by organisation, after the transaction: load it now
        active.forEach(c -> c.organisation().name());
        return active;
    }

    private LocalDate today() {
        return BusinessCalendar.dayOf(clock.instant());
    }

    private Organisation organisation(long organisationId) {
        Organisation organisation = em.find(Organisation.class, organisationId);
        if (organisation == null) {
            throw new BusinessException("error.notFound");
        }
        return organisation;
    }
}
