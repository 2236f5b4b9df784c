package eu.trustdesk.voucher.boundary;

import eu.trustdesk.shared.BusinessException;

/**
 * The caller is a partner without the voucher feature (or not a configured partner at all): the
 * web answers 403, the API 403. Its own type so that the layers above can tell it from a refusal
 * of the request itself.
 */
public class VoucherFeatureOff extends BusinessException {

    private static final long serialVersionUID = 1L;

    public VoucherFeatureOff() {
        super("error.voucher.featureOff");
    }
}
