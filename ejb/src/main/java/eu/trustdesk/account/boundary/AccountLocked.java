package eu.trustdesk.account.boundary;

import eu.trustdesk.account.entity.Account;
import eu.trustdesk.shared.BusinessException;

/**
 * The signed-in user's account is locked (too many wrong passwords, here or at sign-in): the web
 * signs the session out and the login page says for how long.
 */
public class AccountLocked extends BusinessException {

    private static final long serialVersionUID = 1L;

    public AccountLocked() {
        super("login.locked", Account.LOCK_DURATION.toMinutes());
    }
}
