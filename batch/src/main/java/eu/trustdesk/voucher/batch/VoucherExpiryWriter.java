package eu.trustdesk.voucher.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Expires the vouchers of each range of the chunk with one conditional UPDATE per range, in the chunk transaction. */
@Named
@Dependent
public class VoucherExpiryWriter extends AbstractItemWriter {

    @Inject
    private VoucherExpiryStore store;

    @Inject
    private JobContext job;

    @Inject
    private StepContext step;

    @Inject
    private Clock clock;

    @Inject
    @BatchProperty
    private String asOf;

    @Override
    public void writeItems(List<Object> items) {
        Instant cutoff = ExpiryParameters.asOf(asOf);
        Instant now = clock.instant();
        long changed = 0;
        for (Object item : items) {
            changed += store.expire((IdRange) item, cutoff, job.getInstanceId(), now);
        }
        // the step's running total, kept in the step checkpoint data for the log at the end
        Long before = (Long) step.getPersistentUserData();
        step.setPersistentUserData((before == null ? 0L : before) + changed);
    }
}
