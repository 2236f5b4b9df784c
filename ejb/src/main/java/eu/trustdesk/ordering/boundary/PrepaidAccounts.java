package eu.trustdesk.ordering.boundary;

import eu.trustdesk.account.entity.Account;
import eu.trustdesk.account.entity.Role;
import eu.trustdesk.audit.control.AuditTrail;
import eu.trustdesk.ordering.control.PrepaidBalances;
import eu.trustdesk.ordering.entity.MovementReason;
import eu.trustdesk.ordering.entity.PrepaidAccount;
import eu.trustdesk.ordering.entity.PrepaidMovement;
import eu.trustdesk.organisation.entity.Organisation;
import eu.trustdesk.shared.BusinessException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Prepaid client accounts: accountants and administrators top up an organisation's account (the
 * first top-up opens it) and see every account; a customer sees the accounts of the
 * organisations they own. Top-ups are written to the organisation's audit trail.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.ACCOUNTANT})
public class PrepaidAccounts {

    /** Same subject as the organisation's own decisions: the console shows them in one history. */
    static final String SUBJECT = "organisation";
    /** The movements a page shows at once, newest first. */
    public static final int MAX_MOVEMENTS = 50;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private PrepaidBalances balances;

    @Inject
    private AuditTrail audit;

    /** Money received for the organisation's prepaid account (a transfer, a cheque), with a note. */
    public PrepaidMovement topUp(long organisationId,
            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 10, fraction = 2) BigDecimal amount,
            @Size(max = PrepaidMovement.REFERENCE_LENGTH) String note) {
        organisation(organisationId);
        PrepaidMovement movement = balances.credit(organisationId, amount, MovementReason.TOP_UP, note);
        audit.record(session.getCallerPrincipal().getName(), "prepaid.toppedUp", SUBJECT, organisationId,
                movement.amount().toPlainString() + " " + movement.account().currency()
                        + (movement.reference() == null ? "" : " · " + movement.reference()));
        return movement;
    }

    /** Every prepaid account, by organisation name. */
    public List<PrepaidAccount> list() {
        return em.createNamedQuery(PrepaidAccount.ALL, PrepaidAccount.class).getResultList();
    }

    /** The organisation's prepaid account and latest movements; without account when it has none. */
    public PrepaidStatement of(long organisationId) {
        return statement(organisation(organisationId));
    }

    /** The prepaid accounts of the caller's own organisations, one statement per organisation. */
    @RolesAllowed(Role.Names.CUSTOMER)
    public List<PrepaidStatement> mine() {
        Account caller = em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", session.getCallerPrincipal().getName()).getSingleResult();
        return em.createNamedQuery(Organisation.OF_OWNER, Organisation.class).setParameter("owner", caller)
                .getResultList().stream().map(this::statement).toList();
    }

    private PrepaidStatement statement(Organisation organisation) {
        Optional<PrepaidAccount> account = balances.accountOf(organisation.id());
        List<PrepaidMovement> movements = account.map(a -> balances.movements(a, MAX_MOVEMENTS)).orElse(List.of());
        return new PrepaidStatement(organisation.id(), organisation.name(), account.orElse(null), movements);
    }

    private Organisation organisation(long organisationId) {
        Organisation organisation = em.find(Organisation.class, organisationId);
        if (organisation == null) {
            throw new BusinessException("error.notFound");
        }
        return organisation;
    }
}
