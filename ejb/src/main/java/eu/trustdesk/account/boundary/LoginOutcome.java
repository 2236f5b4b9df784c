package eu.trustdesk.account.boundary;

import java.io.Serializable;
import java.util.Optional;

/**
 * The answer to a login attempt. Only an attempt with the right password learns more than
 * "refused" about the account (that it still waits for its address to be verified); a locked
 * account or a throttled address is told so, with the time to wait.
 */
public record LoginOutcome(Result result, SignedIn signedIn) implements Serializable {

    public enum Result {
        SIGNED_IN,
        /** Unknown address, wrong password or disabled account: deliberately not told apart. */
        REFUSED,
        /** Right password, but the address was never confirmed. */
        NOT_VERIFIED,
        /** Too many wrong passwords for this account: wait for the lock to end. */
        LOCKED,
        /** Too many failures from this network address: wait. */
        THROTTLED
    }

    static LoginOutcome of(Result result) {
        return new LoginOutcome(result, null);
    }

    public Optional<SignedIn> signedInAccount() {
        return Optional.ofNullable(signedIn);
    }
}
