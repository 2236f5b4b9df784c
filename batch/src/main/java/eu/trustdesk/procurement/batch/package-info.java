/**
 * The nightly {@code quote-expiry} job: quotes past their month expire, the goods their pre-order
 * held go back to stock exactly once, and the customer is told by e-mail.
 */
package eu.trustdesk.procurement.batch;
