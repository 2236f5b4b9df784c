package eu.trustdesk.account.boundary;

import eu.trustdesk.account.boundary.LoginOutcome.Result;
import eu.trustdesk.account.control.LoginEvents;
import eu.trustdesk.account.control.LoginThrottle;
import eu.trustdesk.account.control.PasswordHashing;
import eu.trustdesk.account.control.UnknownAccountLocks;
import eu.trustdesk.account.entity.Account;
import eu.trustdesk.account.entity.AccountStatus;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Checks logins for the web's identity store, and tells the web which credentials a session must
 * still hold. Anyone may call it: it is what signing in is.
 *
 * <p>Guessing is slowed twice: an account is locked for a while after
 * {@value Account#MAX_FAILED_LOGINS} wrong passwords in a row (stored, so it holds across
 * servers and restarts), and a network address that fails too often across accounts is
 * throttled ({@link LoginThrottle}).
 *
 * <p>An unknown address gets the same answers as an account, after the same work: a password
 * verification against a decoy hash, and "locked" after as many failures ({@link UnknownAccountLocks}).
 * Every outcome is logged and audited ({@link LoginEvents}).
 */
@Stateless
@PermitAll
public class Authentication {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHashing passwords;

    @Inject
    private LoginThrottle throttle;

    @Inject
    private Clock clock;

    @Inject
    private UnknownAccountLocks unknownAccounts;

    @Inject
    private LoginEvents events;

    public LoginOutcome verify(String email, char[] password, String clientAddress) {
        Instant now = clock.instant();
        if (email == null || email.isBlank() || password == null) {
            return LoginOutcome.of(Result.REFUSED);
        }
        if (!throttle.allows(clientAddress, now)) {
            events.throttled(clientAddress);
            return LoginOutcome.of(Result.THROTTLED);
        }
        Optional<Account> found = find(email);
        if (found.isEmpty()) {
            // the same work and the same answers as for an account (see the class comment)
            passwords.verifyNothing(password);
            if (unknownAccounts.isLocked(email, now)) {
                return LoginOutcome.of(Result.LOCKED);
            }
            throttle.recordFailure(clientAddress, now);
            boolean locked = unknownAccounts.recordFailure(email, now);
            events.failedUnknown(clientAddress);
            if (locked) {
                events.lockedUnknown(clientAddress);
            }
            return LoginOutcome.of(locked ? Result.LOCKED : Result.REFUSED);
        }
        Account account = found.get();
        if (account.isLocked(now)) {
            passwords.verifyNothing(password);
            events.refusedWhileLocked(account, clientAddress);
            return LoginOutcome.of(Result.LOCKED);
        }
        if (!passwords.matches(password, account.passwordHash())) {
            account.recordFailedLogin(now);
            throttle.recordFailure(clientAddress, now);
            events.failed(account, clientAddress);
            if (account.isLocked(now)) {
                events.locked(account, clientAddress);
            }
            return LoginOutcome.of(account.isLocked(now) ? Result.LOCKED : Result.REFUSED);
        }
        if (account.status() == AccountStatus.PENDING_VERIFICATION) {
            return LoginOutcome.of(Result.NOT_VERIFIED);
        }
        if (!account.maySignIn()) {
            events.failed(account, clientAddress);
            return LoginOutcome.of(Result.REFUSED);
        }
        account.recordSuccessfulLogin();
        events.succeeded(account, clientAddress);
        return new LoginOutcome(Result.SIGNED_IN,
                new SignedIn(account.email(), account.roles(), account.language(), account.credentialsVersion()));
    }

    /**
     * The credentials version of a signed-in account, or empty when it may no longer sign in
     * (disabled, deleted): a session holding another version must end.
     */
    public OptionalInt credentialsVersion(String email) {
        return find(email).filter(Account::maySignIn).map(a -> OptionalInt.of(a.credentialsVersion()))
                .orElse(OptionalInt.empty());
    }

    private Optional<Account> find(String email) {
        return em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", Account.normalizeEmail(email))
                .getResultStream().findFirst();
    }
}
