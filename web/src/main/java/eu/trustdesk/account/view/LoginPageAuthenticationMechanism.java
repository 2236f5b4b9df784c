package eu.trustdesk.account.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Form login through our own JSF page, and the signed-in caller of every later request.
 *
 * <ul>
 * <li>A credential handed over by {@link LoginBacking} (via {@code SecurityContext.authenticate})
 *     is checked against the identity stores; a valid one is remembered in the HTTP session as a
 *     {@link SignedInCaller} (name and groups).</li>
 * <li>Every request of that session hands the remembered caller and groups to the container
 *     afresh, so each request builds its own security context.</li>
 * <li>A session whose password was right but whose second factor is still missing
 *     ({@link PendingSignIn}) has no caller and no group: a protected page sends it back to that
 *     step (the code, or a staff account's enrolment).</li>
 * <li>An anonymous request for a protected page is redirected to {@code /login.xhtml?next=<page>}:
 *     the page to return to travels in the URL, checked by {@link LoginBacking}, rather than as a
 *     request saved in the session, which made a second protected page answer with an empty page.</li>
 * </ul>
 *
 * <p>Why not {@code @AutoApplySession}: with it, Payara 6.2025.9 restores a session's groups
 * through the server's one shared "default" security context, which concurrent requests (other
 * sessions, anonymous visitors, batch threads) overwrite and clear. Under load a signed-in request
 * then reached the EJB boundaries with no role at all — an administrator got "access refused"
 * while a batch job ran. Handing the container a caller name and explicit groups never touches
 * that shared context ({@code SignedInRolesStressIT} proves it under concurrency).
 */
@ApplicationScoped
public class LoginPageAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";
    static final String NEXT_PARAMETER = "next";
    static final String CALLER_ATTRIBUTE = "trustdesk.signedInCaller";

    @Inject
    private IdentityStoreHandler identityStores;

    /** Who signed in, and the groups (role names) the identity store gave them at that moment. */
    record SignedInCaller(String name, Set<String> groups) implements Serializable {

        SignedInCaller {
            groups = Set.copyOf(groups);
        }
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                // the login page tells why (LoginAttempt); no error response of the container's
                return context.notifyContainerAboutLogin(result);
            }
            SignedInCaller caller = new SignedInCaller(result.getCallerPrincipal().getName(), result.getCallerGroups());
            request.getSession(true).setAttribute(CALLER_ATTRIBUTE, caller);
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(CALLER_ATTRIBUTE) instanceof SignedInCaller caller) {
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        if (context.isProtected()) {
            java.util.Optional<PendingSignIn> pending = PendingSignIn.of(request);
            if (pending.isPresent()) {
                // half signed in (password right, code or enrolment missing): that step first, nothing else
                return context.redirect(request.getContextPath() + pending.get().step().page);
            }
            String page = request.getRequestURI().substring(request.getContextPath().length());
            if (request.getQueryString() != null) {
                page += "?" + request.getQueryString();
            }
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?" + NEXT_PARAMETER + "="
                    + URLEncoder.encode(page, StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    /** Sign-out ({@code request.logout()}): the session no longer names a caller. */
    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(CALLER_ATTRIBUTE);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }
}
