package eu.trustdesk.account.control;

import eu.trustdesk.account.entity.Account;
import eu.trustdesk.audit.control.AuditTrail;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;

/**
 * Logs and audits what happens to sign-ins, in the caller's transaction: successes, failures,
 * locks and wrong current passwords. Never the password; the typed address only when it is an
 * account's (an unknown one may be a password typed in the wrong field), the network address always.
 *
 * <p>Log lines to alert on (docs/OPERATIONS.md): WARNING {@code LOGIN_LOCKED} (an account was just
 * locked) and WARNING {@code LOGIN_FAILED} in bursts from one address.
 */
@Dependent
public class LoginEvents {

    public static final String SUBJECT = "Account";
    private static final Logger LOG = System.getLogger(LoginEvents.class.getName());

    @Inject
    private AuditTrail audit;

    public void succeeded(Account account, String clientAddress) {
        LOG.log(Level.INFO, "LOGIN_SUCCEEDED account={0} client={1}", account.email(), address(clientAddress));
        audit.record(account.email(), "account.loginSucceeded", SUBJECT, account.id(), client(clientAddress));
    }

    /** A wrong password for an existing account, or a right one for an account that may not sign in. */
    public void failed(Account account, String clientAddress) {
        LOG.log(Level.WARNING, "LOGIN_FAILED account={0} client={1}", account.email(), address(clientAddress));
        audit.record(account.email(), "account.loginFailed", SUBJECT, account.id(), client(clientAddress));
    }

    /** A sign-in with an address that has no account. */
    public void failedUnknown(String clientAddress) {
        LOG.log(Level.WARNING, "LOGIN_FAILED account=unknown client={0}", address(clientAddress));
        audit.record(AuditTrail.ANONYMOUS, "account.loginFailed", SUBJECT, 0, client(clientAddress));
    }

    /** The failure that just locked the account. */
    public void locked(Account account, String clientAddress) {
        LOG.log(Level.WARNING, "LOGIN_LOCKED account={0} client={1} until={2}", account.email(),
                address(clientAddress), account.lockedUntil());
        audit.record(account.email(), "account.locked", SUBJECT, account.id(),
                client(clientAddress) + ", until " + account.lockedUntil());
    }

    /** The failure that just locked an address without an account (answered exactly like a lock). */
    public void lockedUnknown(String clientAddress) {
        LOG.log(Level.WARNING, "LOGIN_LOCKED account=unknown client={0}", address(clientAddress));
        audit.record(AuditTrail.ANONYMOUS, "account.locked", SUBJECT, 0, client(clientAddress));
    }

    /** A sign-in refused because the account is locked. */
    public void refusedWhileLocked(Account account, String clientAddress) {
        LOG.log(Level.WARNING, "LOGIN_REFUSED_LOCKED account={0} client={1}", account.email(), address(clientAddress));
    }

    /** Too many failures from one network address. */
    public void throttled(String clientAddress) {
        LOG.log(Level.WARNING, "LOGIN_THROTTLED client={0}", address(clientAddress));
    }

    /** A wrong current password on the profile page, counted like a failed sign-in. */
    public void currentPasswordWrong(Account account) {
        LOG.log(Level.WARNING, "CURRENT_PASSWORD_WRONG account={0}", account.email());
        audit.record(account.email(), "account.currentPasswordWrong", SUBJECT, account.id(),
                account.failedLogins() + "/" + Account.MAX_FAILED_LOGINS);
    }

    private static String address(String clientAddress) {
        return clientAddress == null ? "unknown" : clientAddress;
    }

    private static String client(String clientAddress) {
        return "client " + address(clientAddress);
    }
}
