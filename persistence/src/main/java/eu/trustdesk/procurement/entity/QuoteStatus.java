package eu.trustdesk.procurement.entity;

/** Where a quote stands: valid for one month, then expired, converted into an order, or cancelled. */
public enum QuoteStatus {
    VALID,
    EXPIRED,
    CONVERTED,
    CANCELLED
}
