package eu.trustdesk.voucher.boundary;

import eu.trustdesk.voucher.entity.VoucherApiKey;
import java.io.Serializable;
import java.time.Instant;

/** An API key as the partner area lists it: never its secret. */
public record ApiKeyRow(long id, String label, String prefix, Instant createdAt, Instant revokedAt)
        implements Serializable {

    static ApiKeyRow of(VoucherApiKey key) {
        return new ApiKeyRow(key.id(), key.label(), key.prefix(), key.createdAt(), key.revokedAt());
    }

    public boolean isActive() {
        return revokedAt == null;
    }
}
