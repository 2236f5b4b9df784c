package eu.trustdesk.account.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The absolute lifetime of a signed-in session: past it the session is signed out, invalidated and
 * sent to the login page that says why, however active it was. A fixed clock stands for the time
 * that passed, so nothing sleeps.
 */
class SessionGuardFilterTest {

    private static final Instant SIGNED_IN = Instant.parse("2026-03-02T08:00:00Z");

    /** What the filter did to the request, the session and the response. */
    private final Map<String, Object> attributes = new HashMap<>();
    private boolean loggedOut;
    private boolean invalidated;
    private String redirect;

    private final HttpSession session = (HttpSession) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {HttpSession.class}, (proxy, method, args) -> switch (method.getName()) {
                case "getAttribute" -> attributes.get((String) args[0]);
                case "setAttribute" -> attributes.put((String) args[0], args[1]);
                case "invalidate" -> {
                    invalidated = true;
                    yield null;
                }
                default -> throw new UnsupportedOperationException(method.getName());
            });
    private final HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) -> switch (method.getName()) {
                case "logout" -> {
                    loggedOut = true;
                    yield null;
                }
                case "getContextPath" -> "/trustdesk";
                default -> throw new UnsupportedOperationException(method.getName());
            });
    private final HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {HttpServletResponse.class},
            (proxy, method, args) -> switch (method.getName()) {
                case "sendRedirect" -> {
                    redirect = (String) args[0];
                    yield null;
                }
                default -> throw new UnsupportedOperationException(method.getName());
            });

    private SessionGuardFilter filterAt(Instant now, Duration maxAge) {
        return new SessionGuardFilter(Clock.fixed(now, ZoneOffset.UTC), maxAge);
    }

    @Test
    void aSessionWithinItsLifetimeGoesOn() throws Exception {
        attributes.put(SessionGuardFilter.SIGNED_IN_AT_ATTRIBUTE, SIGNED_IN);
        assertFalse(filterAt(SIGNED_IN.plus(Duration.ofHours(12)), Duration.ofHours(12))
                .endIfTooOld(request, response, session));
        assertFalse(loggedOut || invalidated);
        assertNull(redirect);
    }

    @Test
    void anActiveSessionOlderThanItsLifetimeIsSignedOutAndToldWhy() throws Exception {
        attributes.put(SessionGuardFilter.SIGNED_IN_AT_ATTRIBUTE, SIGNED_IN);
        assertTrue(filterAt(SIGNED_IN.plus(Duration.ofHours(12)).plusSeconds(1), Duration.ofHours(12))
                .endIfTooOld(request, response, session));
        assertTrue(loggedOut, "signed out");
        assertTrue(invalidated, "the session is gone, not only its caller");
        assertEquals("/trustdesk/login.xhtml?reason=expired", redirect);
    }

    @Test
    void theLifetimeIsConfigurableDownToAFractionOfAnHour() throws Exception {
        assertEquals(Duration.ofMinutes(6), SessionGuardFilter.maxAge(0.1));
        assertEquals(Duration.ofHours(12), SessionGuardFilter.maxAge(SessionGuardFilter.DEFAULT_MAX_HOURS));
        assertThrows(IllegalArgumentException.class, () -> SessionGuardFilter.maxAge(0));
        assertThrows(IllegalArgumentException.class, () -> SessionGuardFilter.maxAge(Double.NaN));

        attributes.put(SessionGuardFilter.SIGNED_IN_AT_ATTRIBUTE, SIGNED_IN);
        assertTrue(filterAt(SIGNED_IN.plus(Duration.ofMinutes(7)), SessionGuardFilter.maxAge(0.1))
                .endIfTooOld(request, response, session));
    }

    @Test
    void aSessionSignedInBeforeTheCheckExistedStartsItsLifetimeNow() throws Exception {
        Instant now = SIGNED_IN.plus(Duration.ofDays(3));
        assertFalse(filterAt(now, Duration.ofHours(12)).endIfTooOld(request, response, session));
        assertEquals(now, attributes.get(SessionGuardFilter.SIGNED_IN_AT_ATTRIBUTE));
    }

    @Test
    void anOwnPasswordChangeKeepsTheLifetimeASignInStartsIt() {
        attributes.put(SessionGuardFilter.SIGNED_IN_AT_ATTRIBUTE, SIGNED_IN);
        SessionGuardFilter.rebind(session, 7);
        assertEquals(SIGNED_IN, attributes.get(SessionGuardFilter.SIGNED_IN_AT_ATTRIBUTE));
        assertEquals(7, attributes.get(SessionGuardFilter.VERSION_ATTRIBUTE));
        SessionGuardFilter.bind(session, 8);
        assertTrue(((Instant) attributes.get(SessionGuardFilter.SIGNED_IN_AT_ATTRIBUTE)).isAfter(SIGNED_IN));
    }
}
