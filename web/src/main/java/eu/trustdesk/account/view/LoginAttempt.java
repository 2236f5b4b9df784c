package eu.trustdesk.account.view;

import eu.trustdesk.account.boundary.LoginOutcome;
import jakarta.enterprise.context.RequestScoped;

/**
 * Carries the detailed outcome of a login from the identity store, which may only answer
 * valid/invalid, to the login page, which tells the user what to do (verify the address, wait).
 */
@RequestScoped
public class LoginAttempt {

    private LoginOutcome outcome;

    void record(LoginOutcome loginOutcome) {
        this.outcome = loginOutcome;
    }

    LoginOutcome outcome() {
        return outcome;
    }
}
