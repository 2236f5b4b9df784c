package eu.trustdesk.voucher.batch;

import eu.trustdesk.platform.batch.BatchProgressStore;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Ranges of due valid–unused vouchers in id order, {@code rangeSize} vouchers each. The checkpoint
 * is the last id of the last range read: a restart goes on after the last committed chunk, and a
 * range read again changes nothing already expired (see {@link VoucherExpiryStore}). When it
 * opens it publishes how many ranges it expects, for the batch console's progress bar.
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

    @Inject
    private BatchProgressStore progress;

    @Inject
    private JobContext job;

    @Inject
    private StepContext step;

    private long lastId;

    @Override
    public void open(Serializable checkpoint) {
        lastId = checkpoint == null ? 0L : (Long) checkpoint;
        long due = store.dueCount(lastId, ExpiryParameters.asOf(asOf));
        progress.expect(job.getExecutionId(), step.getStepName(), (due + size() - 1) / size());
    }

    @Override
    public Object readItem() {
        int size = size();
        IdRange range = store.nextRange(lastId, size, ExpiryParameters.asOf(asOf));
        if (range != null) {
            lastId = range.toId();
        }
        return range;
    }

    private int size() {
        return rangeSize == null || rangeSize.isBlank() ? DEFAULT_RANGE : Integer.parseInt(rangeSize.strip());
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }
}
