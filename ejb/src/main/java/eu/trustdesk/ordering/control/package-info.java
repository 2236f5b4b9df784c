/**
 * The payment-side rules that run in the caller's transaction and must hold under concurrency:
 * redeeming a discount code exactly once per use ({@link eu.trustdesk.ordering.control.CouponRedemption}),
 * debiting a prepaid balance that never goes negative ({@link eu.trustdesk.ordering.control.PrepaidBalances}),
 * and finding the client contract an order may go on ({@link eu.trustdesk.ordering.control.Contracts}).
 * Checkout boundaries call them inside their own transaction, so that the payment and the order
 * commit or roll back together.
 */
package eu.trustdesk.ordering.control;
