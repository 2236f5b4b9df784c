/**
 * Entry points of the voucher capability: administrators switch the feature on per partner
 * ({@link eu.trustdesk.voucher.boundary.VoucherPartners}); partners order, distribute and cancel
 * ({@link eu.trustdesk.voucher.boundary.PartnerVouchers}, and the same through their API keys in
 * {@link eu.trustdesk.voucher.boundary.PartnerApi}); customers redeem
 * ({@link eu.trustdesk.voucher.boundary.VoucherRedemption}).
 */
package eu.trustdesk.voucher.boundary;
