package eu.trustdesk.account.view;

import eu.trustdesk.account.boundary.Authentication;
import eu.trustdesk.account.boundary.LoginOutcome;
import eu.trustdesk.account.boundary.SecondFactorCredential;
import eu.trustdesk.account.control.SecondFactor;
import eu.trustdesk.platform.view.Messages;
import eu.trustdesk.shared.BusinessException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * {@code mfa-enrol.xhtml}: a staff account without second factor, after its password, sets one up
 * before anything else: scan the QR code (or type the secret), type the first code, note the
 * recovery codes shown once; then it is signed in. The new secret waits in the session's
 * {@link PendingSignIn}, sealed.
 */
@Named
@RequestScoped
public class MfaEnrolBacking {

    @Inject
    private SignInSteps steps;

    @EJB
    private Authentication authentication;

    private String code;
    private List<String> recoveryCodes;
    private String destination;

    /** {@code f:viewAction}: only a staff account whose password was just right enrols here. */
    public void load() throws IOException {
        Optional<PendingSignIn> pending = PendingSignIn.of(steps.request());
        if (pending.isEmpty() || pending.get().step() != PendingSignIn.Step.ENROL) {
            steps.go(pending.isEmpty() ? LoginPageAuthenticationMechanism.LOGIN_PAGE : pending.get().step().page);
            return;
        }
        if (pending.get().enrolment() == null) {
            try {
                pending.get().withEnrolment(authentication.beginEnrolment(pending.get().ticket())).store(steps.request());
            } catch (BusinessException e) {
                PendingSignIn.clear(steps.request());
                Messages.error(e);
            }
        }
    }

    public void confirm() {
        Optional<PendingSignIn> pending = PendingSignIn.of(steps.request());
        if (pending.isEmpty() || pending.get().enrolment() == null) {
            Messages.error("error.mfa.enrolmentExpired");
            return;
        }
        Authentication.Enrolled enrolled;
        try {
            enrolled = authentication.confirmEnrolment(pending.get().ticket(), pending.get().enrolment().sealed(), code);
        } catch (BusinessException e) {
            Messages.error(e);
            return;
        }
        LoginOutcome outcome = steps.authenticate(new SecondFactorCredential(enrolled.proof(), null));
        if (outcome.result() != LoginOutcome.Result.SIGNED_IN) {
            PendingSignIn.clear(steps.request());
            Messages.error("login.code.expired");
            return;
        }
        steps.signedIn(outcome);
        recoveryCodes = enrolled.recoveryCodes();
        destination = steps.destination(pending.get().next());
    }

    private Optional<SecondFactor.Enrolment> enrolment() {
        return PendingSignIn.of(steps.request()).map(PendingSignIn::enrolment);
    }

    public boolean isReady() {
        return recoveryCodes == null && enrolment().isPresent();
    }

    public String getQrSvg() {
        return enrolment().map(SecondFactor.Enrolment::qrSvg).orElse("");
    }

    public String getSecret() {
        return enrolment().map(SecondFactor.Enrolment::secretForTyping).orElse("");
    }

    public String getEmail() {
        return PendingSignIn.of(steps.request()).map(PendingSignIn::email).orElse("");
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    /** Where "Continue" goes once enrolled: the page first asked for, or the console. */
    public String getDestination() {
        return destination;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
