package eu.trustdesk.account.view;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import eu.trustdesk.account.boundary.LoginOutcome;
import eu.trustdesk.account.boundary.MyAccount;
import eu.trustdesk.platform.view.LanguageSwitch;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * What the login page and the second-step pages share: handing a credential to the container
 * (a new session id each time, so an id planted before the sign-in is worthless after it), and
 * what follows a complete sign-in (session bound to the credentials, language, the page to go to).
 */
@RequestScoped
public class SignInSteps {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext faces;

    @Inject
    private SessionBacking session;

    @Inject
    private LanguageSwitch languageSwitch;

    @Inject
    private LoginAttempt attempt;

    @EJB
    private MyAccount myAccount;

    /** Checks {@code credential}; the detailed outcome, never null (an unknown one is refused). */
    LoginOutcome authenticate(Credential credential) {
        HttpServletRequest request = request();
        request.getSession(true);
        request.changeSessionId();
        securityContext.authenticate(request, (HttpServletResponse) faces.getExternalContext().getResponse(),
                withParams().credential(credential).newAuthentication(true));
        LoginOutcome outcome = attempt.outcome();
        return outcome == null ? new LoginOutcome(LoginOutcome.Result.REFUSED, null) : outcome;
    }

    /** After the last step: the session is tied to the credentials, takes the account's language, and goes on. */
    void signedIn(LoginOutcome outcome) {
        HttpServletRequest request = request();
        PendingSignIn.clear(request);
        SessionGuardFilter.bind(request.getSession(), outcome.signedIn().credentialsVersion());
        languageSwitch.adopt(myAccount.language(), (HttpServletResponse) faces.getExternalContext().getResponse());
    }

    /** Where to go once signed in: the page asked for, if it is one of ours, or the account's area. */
    String destination(String next) {
        return safeNext(next).orElseGet(session::homePath);
    }

    void go(String path) throws IOException {
        ExternalContext external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + path);
    }

    HttpServletRequest request() {
        return (HttpServletRequest) faces.getExternalContext().getRequest();
    }

    /**
     * The page the user asked for before being sent to sign in, if it is a page of this application:
     * a path, never an address elsewhere, so the login page cannot be used to send people to another site.
     */
    static Optional<String> safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.chars().anyMatch(Character::isISOControl)
                || next.startsWith(LoginPageAuthenticationMechanism.LOGIN_PAGE)
                || next.startsWith(PendingSignIn.Step.CODE.page) || next.startsWith(PendingSignIn.Step.ENROL.page)) {
            return Optional.empty();
        }
        return Optional.of(next);
    }
}
