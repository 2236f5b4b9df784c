package eu.trustdesk.voucher.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Ranges of due valid–unused vouchers in id order, {@code rangeSize} vouchers each. The checkpoint
 * is the last id of the last range read: a restart goes on after the last committed chunk, and a
 * range read again changes nothing already expired (see {@link VoucherExpiryStore}).
 */
@Named
@Dependent
public class VoucherExpiryReader extends AbstractItemReader {

    static final int DEFAULT_RANGE = 1000;

    @Inject
    private VoucherExpiryStore store;

    @Inject
    @BatchProperty
    private String asOf;

    @Inject
    @BatchProperty
    private String rangeSize;

    private long lastId;

    @Override
    public void open(Serializable checkpoint) {
        lastId = checkpoint == null ? 0L : (Long) checkpoint;
    }

    @Override
    public Object readItem() {
        int size = rangeSize == null || rangeSize.isBlank() ? DEFAULT_RANGE : Integer.parseInt(rangeSize.strip());
        IdRange range = store.nextRange(lastId, size, ExpiryParameters.asOf(asOf));
        if (range != null) {
            lastId = range.toId();
        }
        return range;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }
}
