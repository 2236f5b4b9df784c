package eu.trustdesk.account.entity;

import java.time.Duration;

/** What a link sent by e-mail allows, and for how long. */
public enum TokenPurpose {
    /** Proves the address of a new account; a day leaves time to read one's mail. */
    EMAIL_VERIFICATION(Duration.ofHours(24)),
    /** Lets a forgotten password be replaced; short, as anyone reading the mailbox could use it. */
    PASSWORD_RESET(Duration.ofMinutes(30));

    private final Duration validity;

    TokenPurpose(Duration validity) {
        this.validity = validity;
    }

    public Duration validity() {
        return validity;
    }
}
