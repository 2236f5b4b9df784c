/**
 * The nightly {@code voucher-expiry} job: valid–unused vouchers past their date become expired,
 * in checkpointed chunks of id ranges, and each partner gets one mail listing its vouchers that
 * just expired. Started by the night schedule or by an administrator ({@link VoucherExpiries}).
 */
package eu.trustdesk.voucher.batch;
