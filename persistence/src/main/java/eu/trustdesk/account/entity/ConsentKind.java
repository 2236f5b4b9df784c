package eu.trustdesk.account.entity;

/** The consents an account gives, each against a versioned text. */
public enum ConsentKind {
    /** Acknowledgement of the privacy notice: mandatory to have an account. */
    PRIVACY_NOTICE(true),
    /** Commercial e-mails: optional, asked separately, withdrawable at any time. */
    MARKETING(false);

    private final boolean mandatory;

    ConsentKind(boolean mandatory) {
        this.mandatory = mandatory;
    }

    public boolean mandatory() {
        return mandatory;
    }
}
