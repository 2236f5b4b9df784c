package eu.trustdesk.ordering.entity;

/** Why a prepaid balance moved: money paid in, an order paid from it, an order paid back to it. */
public enum MovementReason {
    TOP_UP,
    ORDER,
    REFUND;

    /** Whether a movement for this reason adds to the balance. */
    public boolean credits() {
        return this != ORDER;
    }
}
