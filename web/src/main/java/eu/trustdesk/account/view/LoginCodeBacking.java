package eu.trustdesk.account.view;

import eu.trustdesk.account.boundary.LoginOutcome;
import eu.trustdesk.account.boundary.SecondFactorCredential;
import eu.trustdesk.account.control.LoginThrottle;
import eu.trustdesk.account.entity.Account;
import eu.trustdesk.platform.view.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code login-code.xhtml}: the second step of a sign-in, after the right password of an account
 * with a second factor. Takes the six-digit code of the authenticator app or one recovery code;
 * wrong ones count like wrong passwords.
 */
@Named
@RequestScoped
public class LoginCodeBacking {

    @Inject
    private SignInSteps steps;

    private String code;
    private boolean over;

    /** {@code f:viewAction}: only a session whose password was just right has a code to type. */
    public void check() throws IOException {
        Optional<PendingSignIn> pending = pending();
        if (pending.isEmpty()) {
            steps.go(LoginPageAuthenticationMechanism.LOGIN_PAGE);
        } else if (pending.get().step() == PendingSignIn.Step.ENROL) {
            steps.go(PendingSignIn.Step.ENROL.page);
        }
    }

    public void verify() throws IOException {
        Optional<PendingSignIn> pending = pending();
        if (pending.isEmpty()) {
            steps.go(LoginPageAuthenticationMechanism.LOGIN_PAGE);
            return;
        }
        LoginOutcome outcome = steps.authenticate(new SecondFactorCredential(pending.get().ticket(), code));
        switch (outcome.result()) {
            case SIGNED_IN -> {
                steps.signedIn(outcome);
                steps.go(steps.destination(pending.get().next()));
            }
            case CODE_WRONG -> {
                // the session id changed: keep the half sign-in under the new one
                pending.get().store(steps.request());
                Messages.error("login.code.wrong");
            }
            case CODE_REUSED -> {
                pending.get().store(steps.request());
                Messages.error("login.code.reused");
            }
            case LOCKED -> end("login.code.locked", Account.LOCK_DURATION.toMinutes());
            case THROTTLED -> end("login.throttled", LoginThrottle.WINDOW.toMinutes());
            default -> end("login.code.expired");
        }
    }

    /** The half sign-in is over: the password must be typed again. */
    private void end(String key, Object... arguments) {
        PendingSignIn.clear(steps.request());
        over = true;
        Messages.error(key, arguments);
    }

    private Optional<PendingSignIn> pending() {
        return PendingSignIn.of(steps.request());
    }

    /** The address being signed in, so the user knows which account's code is asked. */
    public String getEmail() {
        return pending().map(PendingSignIn::email).orElse("");
    }

    public boolean isOver() {
        return over;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
