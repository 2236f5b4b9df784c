package eu.trustdesk.account.view;

import eu.trustdesk.account.boundary.Authentication;
import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.OptionalInt;

/**
 * Ends a signed-in session whose account changed its password elsewhere, or was disabled.
 * A session remembers the credentials version it signed in with ({@link #bind}); when the
 * account's version moves on, the next request of the session signs it out and sends it to
 * the login page. Every request is checked, pages and downloads alike (documents, activation files,
 * vouchers): a session that ended must not go on downloading.
 */
@WebFilter(filterName = "SessionGuardFilter", urlPatterns = "/*")
public class SessionGuardFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String VERSION_ATTRIBUTE = "trustdesk.credentialsVersion";

    @EJB
    private Authentication authentication;

    /** Ties the session to the credentials the user just proved. */
    static void bind(HttpSession session, int credentialsVersion) {
        session.setAttribute(VERSION_ATTRIBUTE, credentialsVersion);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (request.getUserPrincipal() != null && session != null) {
            Object bound = session.getAttribute(VERSION_ATTRIBUTE);
            OptionalInt current = authentication.credentialsVersion(request.getUserPrincipal().getName());
            if (current.isEmpty() || (bound instanceof Integer version && version != current.getAsInt())) {
                request.logout();
                session.invalidate();
                response.sendRedirect(request.getContextPath() + LoginPageAuthenticationMechanism.LOGIN_PAGE
                        + "?ended=true");
                return;
            }
            if (bound == null) {
                bind(session, current.getAsInt());
            }
        }
        chain.doFilter(request, response);
    }
}
