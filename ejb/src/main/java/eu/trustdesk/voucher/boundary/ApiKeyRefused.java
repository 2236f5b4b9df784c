package eu.trustdesk.voucher.boundary;

import eu.trustdesk.shared.BusinessException;

/** A partner API call without a valid key: missing, unknown or revoked (HTTP 401). */
public class ApiKeyRefused extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ApiKeyRefused() {
        super("error.voucher.apiKey.refused");
    }
}
