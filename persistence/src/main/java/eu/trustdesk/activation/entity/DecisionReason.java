package eu.trustdesk.activation.entity;

/** Why a validator refuses a request: the list the console offers, each with a text in every language. */
public enum DecisionReason {
    DOCUMENT_UNREADABLE,
    DOCUMENT_EXPIRED,
    IDENTITY_MISMATCH,
    HOLDER_DATA_WRONG,
    NOT_ENTITLED,
    OTHER;

    /** Bundle key of the reason's text. */
    public String key() {
        return "activation.reason." + name();
    }
}
