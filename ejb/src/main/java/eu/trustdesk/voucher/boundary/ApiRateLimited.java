package eu.trustdesk.voucher.boundary;

import eu.trustdesk.shared.BusinessException;

/** A partner API call over its key's rate limit (HTTP 429, with Retry-After). */
public class ApiRateLimited extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final long retryAfterSeconds;

    public ApiRateLimited(int limit, long windowSeconds, long retryAfterSeconds) {
        super("error.api.rateLimited", limit, windowSeconds, retryAfterSeconds);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Whole seconds after which the key may call again. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
