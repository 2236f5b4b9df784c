package eu.trustdesk.ordering.entity;

/** What a coupon would answer a customer typing it now, as the console shows it. */
public enum CouponState {
    ACTIVE,
    NOT_YET_VALID,
    EXPIRED,
    EXHAUSTED,
    DISABLED
}
