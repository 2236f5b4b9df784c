package eu.trustdesk.voucher.batch;

import java.io.Serializable;

/** An item of the expiry job: the vouchers due between two ids (inclusive), as read. */
public record IdRange(long fromId, long toId, int count) implements Serializable {
}
