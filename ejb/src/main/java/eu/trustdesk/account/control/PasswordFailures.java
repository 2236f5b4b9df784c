package eu.trustdesk.account.control;

import eu.trustdesk.account.entity.Account;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * Counts a wrong current password (profile page) as a failed sign-in, in a transaction of its own:
 * the refusal that follows rolls the caller's transaction back, and the count must survive it,
 * or the profile page would be a way to guess a signed-in account's password without limit.
 *
 * <p>No role: called by the boundaries of the signed-in account only.
 */
@Stateless
@PermitAll
public class PasswordFailures {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private LoginEvents events;

    @Inject
    private Clock clock;

    /** Counts the failure; returns how many more the account may make before it is locked (0: locked now). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int recordWrongCurrentPassword(long accountId) {
        Account account = em.find(Account.class, accountId);
        var now = clock.instant();
        account.recordFailedLogin(now);
        events.currentPasswordWrong(account);
        if (account.isLocked(now)) {
            events.locked(account, null);
            return 0;
        }
        return Account.MAX_FAILED_LOGINS - account.failedLogins();
    }
}
