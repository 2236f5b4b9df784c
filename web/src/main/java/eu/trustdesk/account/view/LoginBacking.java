package eu.trustdesk.account.view;

import eu.trustdesk.account.boundary.LoginOutcome;
import eu.trustdesk.account.boundary.Registration;
import eu.trustdesk.account.control.LoginThrottle;
import eu.trustdesk.account.entity.Account;
import eu.trustdesk.platform.view.Messages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;

/** {@code login.xhtml}: signs a user in, then sends them where they wanted to go or to their own area. */
@Named
@RequestScoped
public class LoginBacking {

    @NotBlank
    private String email;

    /** Where to go after signing in, from {@code ?next=} (see {@link LoginPageAuthenticationMechanism}). */
    private String next;

    @NotBlank
    private String password;

    @Inject
    private SignInSteps steps;

    @EJB
    private Registration registration;

    private boolean notVerified;

    private boolean ended;

    public void signIn() throws IOException {
        LoginOutcome outcome = steps.authenticate(new UsernamePasswordCredential(email, new Password(password)));
        switch (outcome.result()) {
            case SIGNED_IN -> {
                steps.signedIn(outcome);
                steps.go(steps.destination(next));
            }
            case CODE_REQUIRED -> secondStep(PendingSignIn.Step.CODE, outcome);
            case ENROLMENT_REQUIRED -> secondStep(PendingSignIn.Step.ENROL, outcome);
            case NOT_VERIFIED -> {
                notVerified = true;
                Messages.error("login.notVerified");
            }
            case LOCKED -> Messages.error("login.locked", Account.LOCK_DURATION.toMinutes());
            case THROTTLED -> Messages.error("login.throttled", LoginThrottle.WINDOW.toMinutes());
            default -> Messages.error("login.failed");
        }
    }

    /** Password right, no role yet: the code (or the enrolment of a staff account) is asked on its own page. */
    private void secondStep(PendingSignIn.Step step, LoginOutcome outcome) throws IOException {
        new PendingSignIn(step, outcome.pending(), email, SignInSteps.safeNext(next).orElse(null))
                .store(steps.request());
        steps.go(step.page);
    }

    /** "Send the link again", offered after a login refused because the address is not verified. */
    public void resendVerification() {
        registration.resendVerification(email);
        Messages.info("login.verificationResent");
    }

    /** Notices shown on arrival: a session ended elsewhere, an address just verified, a password just reset. */
    public void showArrivalNotice() {
        if (ended) {
            Messages.info("login.sessionEnded");
        }
    }

    public boolean isNotVerified() {
        return notVerified;
    }

    public boolean isEnded() {
        return ended;
    }

    public void setEnded(boolean ended) {
        this.ended = ended;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
