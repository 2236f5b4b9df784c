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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalInt;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Ends a signed-in session whose account changed its password elsewhere, or was disabled, and
 * any signed-in session older than the absolute lifetime ({@code trustdesk.session.max-hours},
 * default {@value #DEFAULT_MAX_HOURS}), however active it is: a stolen session cookie is worth a
 * day at most, not as long as someone keeps using it.
 *
 * <p>A session remembers the credentials version it signed in with and when ({@link #bind}); when
 * the account's version moves on, or the session grows too old, the next request of the session
 * signs it out and sends it to the login page, which says why. Every request is checked, pages and
 * downloads alike (documents, activation files, vouchers): a session that ended must not go on
 * downloading.
 */
@WebFilter(filterName = "SessionGuardFilter", urlPatterns = "/*")
public class SessionGuardFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String VERSION_ATTRIBUTE = "trustdesk.credentialsVersion";
    static final String SIGNED_IN_AT_ATTRIBUTE = "trustdesk.signedInAt";
    static final String MAX_HOURS = "trustdesk.session.max-hours";
    static final double DEFAULT_MAX_HOURS = 12;
    /** The login page's notice for a session that reached its absolute lifetime. */
    static final String EXPIRED = "?reason=expired";

    @EJB
    private transient Authentication authentication;

    private transient Clock clock = Clock.systemUTC();

    private Duration maxAge;

    public SessionGuardFilter() {
        // for the container
    }

    /** For tests: a fixed clock and lifetime, no boundary. */
    SessionGuardFilter(Clock clock, Duration maxAge) {
        this.clock = clock;
        this.maxAge = maxAge;
    }

    @Override
    public void init() throws ServletException {
        if (maxAge == null) {
            maxAge = maxAge(ConfigProvider.getConfig().getOptionalValue(MAX_HOURS, Double.class).orElse(DEFAULT_MAX_HOURS));
        }
    }

    /** Hours as configured (a fraction allowed), refused unless positive. */
    static Duration maxAge(double hours) {
        if (!(hours > 0)) {
            throw new IllegalArgumentException(MAX_HOURS + " must be a positive number of hours: " + hours);
        }
        return Duration.ofMillis(Math.round(hours * 3_600_000));
    }

    /** Ties the session to the credentials the user just proved, and starts its lifetime: called at sign-in. */
    static void bind(HttpSession session, int credentialsVersion) {
        session.setAttribute(VERSION_ATTRIBUTE, credentialsVersion);
        session.setAttribute(SIGNED_IN_AT_ATTRIBUTE, Instant.now());
    }

    /** Ties the session to new credentials of the same sign-in (its own password change): its lifetime goes on. */
    static void rebind(HttpSession session, int credentialsVersion) {
        session.setAttribute(VERSION_ATTRIBUTE, credentialsVersion);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (request.getUserPrincipal() != null && session != null) {
            if (endIfTooOld(request, response, session)) {
                return;
            }
            Object bound = session.getAttribute(VERSION_ATTRIBUTE);
            OptionalInt current = authentication.credentialsVersion(request.getUserPrincipal().getName());
            if (current.isEmpty() || (bound instanceof Integer version && version != current.getAsInt())) {
                end(request, response, session, "?ended=true");
                return;
            }
            if (bound == null) {
                rebind(session, current.getAsInt());
            }
        }
        chain.doFilter(request, response);
    }

    /** Ends the session when it signed in longer ago than the lifetime; true when it did. */
    boolean endIfTooOld(HttpServletRequest request, HttpServletResponse response, HttpSession session)
            throws IOException, ServletException {
        Instant now = clock.instant();
        if (!(session.getAttribute(SIGNED_IN_AT_ATTRIBUTE) instanceof Instant signedInAt)) {
            // signed in before this check existed (a redeployment kept the session): its lifetime starts now
            session.setAttribute(SIGNED_IN_AT_ATTRIBUTE, now);
            return false;
        }
        if (Duration.between(signedInAt, now).compareTo(maxAge) <= 0) {
            return false;
        }
        end(request, response, session, EXPIRED);
        return true;
    }

    private static void end(HttpServletRequest request, HttpServletResponse response, HttpSession session,
            String notice) throws IOException, ServletException {
        request.logout();
        session.invalidate();
        response.sendRedirect(request.getContextPath() + LoginPageAuthenticationMechanism.LOGIN_PAGE + notice);
    }
}
