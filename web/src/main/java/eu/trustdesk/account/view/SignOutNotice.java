package eu.trustdesk.account.view;

import eu.trustdesk.account.entity.Account;
import eu.trustdesk.platform.view.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * {@code login.xhtml?reason=...}: why a session was just ended by the application, told on the
 * login page — its absolute lifetime was reached ({@link SessionGuardFilter}), or the account got
 * locked by wrong current passwords ({@link ProfileBacking}). Kept apart from {@link LoginBacking}.
 */
@Named
@RequestScoped
public class SignOutNotice {

    static final String LOCKED = "?reason=locked";

    private String reason;

    public void show() {
        if ("expired".equals(reason)) {
            Messages.info("login.sessionExpired");
        } else if ("locked".equals(reason)) {
            Messages.error("login.locked", Account.LOCK_DURATION.toMinutes());
        }
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
