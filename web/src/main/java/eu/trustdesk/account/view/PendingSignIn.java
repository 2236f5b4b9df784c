package eu.trustdesk.account.view;

import eu.trustdesk.account.control.SecondFactor;
import eu.trustdesk.account.control.SignInTickets;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;

/**
 * A sign-in half done: the password was right, the code (or, for a staff account without second
 * factor, the enrolment) is next. Kept in the HTTP session, with no role attached: the caller is
 * still anonymous for the container and the boundaries. The sealed ticket inside expires after five
 * minutes (checked by the boundary); {@code next} is where to go once signed in.
 */
public record PendingSignIn(Step step, String ticket, String email, String next, SecondFactor.Enrolment enrolment,
        Instant started) implements Serializable {

    static final String ATTRIBUTE = "trustdesk.pendingSignIn";

    public enum Step {
        CODE("/login-code.xhtml"),
        ENROL("/mfa-enrol.xhtml");

        final String page;

        Step(String page) {
            this.page = page;
        }
    }

    PendingSignIn(Step step, String ticket, String email, String next) {
        this(step, ticket, email, next, null, Instant.now());
    }

    /** The session's half sign-in, if younger than the ticket's validity; an older one is forgotten. */
    static Optional<PendingSignIn> of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof PendingSignIn pending)) {
            return Optional.empty();
        }
        if (Instant.now().isAfter(pending.started().plus(SignInTickets.VALIDITY))) {
            session.removeAttribute(ATTRIBUTE);
            return Optional.empty();
        }
        return Optional.of(pending);
    }

    void store(HttpServletRequest request) {
        request.getSession(true).setAttribute(ATTRIBUTE, this);
    }

    PendingSignIn withEnrolment(SecondFactor.Enrolment newEnrolment) {
        return new PendingSignIn(step, ticket, email, next, newEnrolment, started);
    }

    static void clear(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
    }
}
