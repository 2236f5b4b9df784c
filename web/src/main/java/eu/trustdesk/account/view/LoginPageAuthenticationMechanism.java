package eu.trustdesk.account.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Form login through our own JSF page.
 *
 * <ul>
 * <li>A credential handed over by {@link LoginBacking} (via {@code SecurityContext.authenticate})
 *     is checked against the identity stores; a valid one starts an authenticated session.</li>
 * <li>An anonymous request for a protected page is redirected to {@code /login.xhtml?next=<page>}:
 *     the page to return to travels in the URL, checked by {@link LoginBacking}, rather than as a
 *     request saved in the session, which made a second protected page answer with an empty page.</li>
 * </ul>
 * {@code @AutoApplySession} keeps the caller authenticated for the rest of the HTTP session.
 */
@AutoApplySession
@ApplicationScoped
public class LoginPageAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";
    static final String NEXT_PARAMETER = "next";

    @Inject
    private IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential != null) {
            return context.notifyContainerAboutLogin(identityStores.validate(credential));
        }
        if (context.isProtected()) {
            String page = request.getRequestURI().substring(request.getContextPath().length());
            if (request.getQueryString() != null) {
                page += "?" + request.getQueryString();
            }
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?" + NEXT_PARAMETER + "="
                    + URLEncoder.encode(page, StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }
}
