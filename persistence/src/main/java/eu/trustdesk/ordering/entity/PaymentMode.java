package eu.trustdesk.ordering.entity;

/** How an order is paid. Who may use which is decided by the checkout boundary. */
public enum PaymentMode {
    /** Shown, not yet available. */
    CARD(false),
    /** The order waits for a transfer quoting its number. */
    BANK_TRANSFER(false),
    /** Public bodies only: invoiced after delivery, the invoice goes to Chorus Pro. */
    ADMINISTRATIVE_MANDATE(true),
    /** Organisations with an active contract: the order goes onto the contract's next statement. */
    CLIENT_CONTRACT(true),
    /** Debited from the organisation's prepaid balance at once. */
    PREPAID_ACCOUNT(true),
    /** With the paper file sent by post; the order waits for the cheque. */
    CHEQUE(false),
    /** Nothing to pay (a 100 % discount). */
    NONE(true);

    private final boolean acceptedAtOnce;

    PaymentMode(boolean acceptedAtOnce) {
        this.acceptedAtOnce = acceptedAtOnce;
    }

    /** Whether the order is accepted when submitted, or waits for the money. */
    public boolean acceptedAtOnce() {
        return acceptedAtOnce;
    }
}
