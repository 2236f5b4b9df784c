package eu.trustdesk.account.control;

import eu.trustdesk.account.entity.Account;
import eu.trustdesk.platform.SecretBox;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The proof that the first step of a sign-in (the password) succeeded, handed to the web to keep
 * in the HTTP session until the second step: the account, what is still missing (a code, or the
 * enrolment of a staff account), the credentials version and an expiry, sealed with the server's
 * key so that the web cannot forge or alter it. The second-step methods of the boundary accept
 * nothing else: no code is checked, and no role granted, without the password first.
 */
@Dependent
public class SignInTickets {

    /** Time to take the phone and type the code; long enough, short enough that a forgotten tab does not stay half signed in. */
    public static final Duration VALIDITY = Duration.ofMinutes(5);

    public enum Kind {
        /** Password right, the account's code (or a recovery code) is next. */
        CODE,
        /** Password right, a staff account without second factor: it must enrol first. */
        ENROL,
        /** Both steps done (a staff account has just enrolled): sign in without asking a code again. */
        PROVEN
    }

    public record Ticket(Kind kind, long accountId, int credentialsVersion) {
    }

    private final SecretBox box;

    @Inject
    public SignInTickets(SecretBox box) {
        this.box = box;
    }

    public String issue(Kind kind, Account account, Instant now) {
        return issue(kind, account.id(), account.credentialsVersion(), now);
    }

    String issue(Kind kind, long accountId, int credentialsVersion, Instant now) {
        return box.seal(kind.name() + "|" + accountId + "|" + credentialsVersion + "|"
                + now.plus(VALIDITY).getEpochSecond());
    }

    /** The ticket's content while it is valid; empty when expired, altered or not a ticket. */
    public Optional<Ticket> open(String ticket, Instant now) {
        if (ticket == null) {
            return Optional.empty();
        }
        try {
            String[] parts = box.open(ticket).split("\\|");
            if (parts.length != 4 || now.getEpochSecond() >= Long.parseLong(parts[3])) {
                return Optional.empty();
            }
            return Optional.of(new Ticket(Kind.valueOf(parts[0]), Long.parseLong(parts[1]), Integer.parseInt(parts[2])));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
