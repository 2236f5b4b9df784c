package eu.trustdesk.account.boundary;

import java.io.Serializable;
import java.util.Optional;

/**
 * The answer to a login attempt. Only an attempt with the right password learns more than
 * "refused" about the account (that it still waits for its address to be verified, or that a code
 * is asked next); a locked account or a throttled address is told so, with the time to wait.
 *
 * <p>After the right password of an account with a second factor (or of a staff account that must
 * enrol), {@link #pending} carries the sealed proof of that first step: the web keeps it in the
 * session and hands it back with the code. No role comes with it.
 */
public record LoginOutcome(Result result, SignedIn signedIn, String pending) implements Serializable {

    public enum Result {
        SIGNED_IN,
        /** Unknown address, wrong password or disabled account: deliberately not told apart. */
        REFUSED,
        /** Right password, but the address was never confirmed. */
        NOT_VERIFIED,
        /** Too many wrong passwords or codes for this account: wait for the lock to end. */
        LOCKED,
        /** Too many failures from this network address: wait. */
        THROTTLED,
        /** Right password; the code of the account's app (or a recovery code) is next. */
        CODE_REQUIRED,
        /** Right password of a staff account without second factor: it must enrol before anything else. */
        ENROLMENT_REQUIRED,
        /** Second step: not the code of the account's app, nor one of its unused recovery codes. */
        CODE_WRONG,
        /** Second step: the right code, but of a time step already used; the next one is needed. */
        CODE_REUSED,
        /** Second step: the first step is older than five minutes, or was never done: the password again. */
        EXPIRED
    }

    public LoginOutcome(Result result, SignedIn signedIn) {
        this(result, signedIn, null);
    }

    static LoginOutcome of(Result result) {
        return new LoginOutcome(result, null, null);
    }

    static LoginOutcome pending(Result result, String ticket) {
        return new LoginOutcome(result, null, ticket);
    }

    public Optional<SignedIn> signedInAccount() {
        return Optional.ofNullable(signedIn);
    }
}
