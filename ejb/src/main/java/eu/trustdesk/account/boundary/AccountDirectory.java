package eu.trustdesk.account.boundary;

import eu.trustdesk.account.control.CallerAccount;
import eu.trustdesk.account.entity.Account;
import eu.trustdesk.account.entity.Role;
import eu.trustdesk.audit.control.AuditTrail;
import eu.trustdesk.shared.BusinessException;
import eu.trustdesk.shared.Like;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The back office's search over accounts (customers, partners, staff). */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.VALIDATOR, Role.Names.ACCOUNTANT})
public class AccountDirectory {

    public static final int MAX_RESULTS = 200;

    /** The subject type of audit events about accounts. */
    public static final String SUBJECT = "Account";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerAccount callerAccount;

    @Inject
    private AuditTrail audit;

    /** One account, for the console's account page. */
    public Account find(long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            throw new BusinessException("error.account.notFound");
        }
        return account;
    }

    /**
     * Resets the second factor of another account (its owner lost their phone and their recovery
     * codes): it is off, every session of the account ends, and a staff account must enrol again at
     * its next sign-in. Administrators only, audited; nobody resets their own, so that one stolen
     * administrator session cannot take over its account's second factor.
     */
    @RolesAllowed(Role.Names.ADMIN)
    public void resetSecondFactor(long accountId) {
        Account admin = callerAccount.get();
        Account account = find(accountId);
        if (account.id().equals(admin.id())) {
            throw new BusinessException("error.mfa.resetOwn");
        }
        if (!account.secondFactorOn()) {
            throw new BusinessException("error.mfa.notOn");
        }
        account.resetSecondFactor();
        audit.record(admin.email(), "account.secondFactorReset", SUBJECT, account.id(), account.email());
    }

    /** Who reset the account's second factor, and when, newest first (the console's account page). */
    public java.util.List<eu.trustdesk.audit.entity.AuditEvent> history(long accountId) {
        return audit.of(SUBJECT, accountId);
    }

    /** Accounts whose e-mail or name contains {@code text}, by e-mail. */
    public List<Account> search(@Size(max = 100) String text) {
        String pattern = Like.containingLowerCase(text);
        return em.createQuery("select a from Account a where a.email like :text or lower(a.firstName) like :text"
                + " or lower(a.lastName) like :text order by a.email", Account.class)
                .setParameter("text", pattern).setMaxResults(MAX_RESULTS).getResultList();
    }
}
