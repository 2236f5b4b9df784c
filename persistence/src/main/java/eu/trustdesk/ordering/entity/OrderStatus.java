package eu.trustdesk.ordering.entity;

/** Where an order stands: submitted, then waiting for its money or accepted, then fulfilled, or cancelled. */
public enum OrderStatus {
    AWAITING_PAYMENT,
    AWAITING_PURCHASE_ORDER,
    ACCEPTED,
    FULFILLED,
    CANCELLED
}
