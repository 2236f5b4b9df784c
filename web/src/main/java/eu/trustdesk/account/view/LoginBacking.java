package eu.trustdesk.account.view;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import eu.trustdesk.account.boundary.LoginOutcome.Result;
import eu.trustdesk.account.boundary.LoginOutcome;
import eu.trustdesk.account.boundary.MyAccount;
import eu.trustdesk.account.boundary.Registration;
import eu.trustdesk.account.control.LoginThrottle;
import eu.trustdesk.account.entity.Account;
import eu.trustdesk.platform.view.LanguageSwitch;
import eu.trustdesk.platform.view.Messages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.util.Optional;

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
    private SecurityContext securityContext;

    @Inject
    private FacesContext faces;

    @Inject
    private SessionBacking session;

    @Inject
    private LanguageSwitch languageSwitch;

    @EJB
    private MyAccount myAccount;

    @EJB
    private Registration registration;

    @Inject
    private LoginAttempt attempt;

    private boolean notVerified;

    private boolean ended;

    public void signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        // a new session id at login: whatever id an attacker planted before is worthless afterwards
        request.getSession(true);
        request.changeSessionId();
        AuthenticationStatus status = securityContext.authenticate(request, response,
                withParams().credential(new UsernamePasswordCredential(email, new Password(password))).newAuthentication(true));
        LoginOutcome outcome = attempt.outcome();
        if (status == AuthenticationStatus.SUCCESS && outcome != null && outcome.signedIn() != null) {
            SessionGuardFilter.bind(request.getSession(), outcome.signedIn().credentialsVersion());
            languageSwitch.adopt(myAccount.language(), response);
            external.redirect(external.getRequestContextPath() + safeNext().orElseGet(session::homePath));
            return;
        }
        Result result = outcome == null ? Result.REFUSED : outcome.result();
        switch (result) {
            case NOT_VERIFIED -> {
                notVerified = true;
                Messages.error("login.notVerified");
            }
            case LOCKED -> Messages.error("login.locked", Account.LOCK_DURATION.toMinutes());
            case THROTTLED -> Messages.error("login.throttled", LoginThrottle.WINDOW.toMinutes());
            default -> Messages.error("login.failed");
        }
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

    /**
     * The page the user asked for before being sent here, if it is a page of this application:
     * a path, never an address elsewhere, so the login page cannot be used to send people to
     * another site.
     */
    Optional<String> safeNext() {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.chars().anyMatch(Character::isISOControl)
                || next.startsWith(LoginPageAuthenticationMechanism.LOGIN_PAGE)) {
            return Optional.empty();
        }
        return Optional.of(next);
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
