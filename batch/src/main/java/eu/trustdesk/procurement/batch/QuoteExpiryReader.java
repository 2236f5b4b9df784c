package eu.trustdesk.procurement.batch;

import eu.trustdesk.platform.batch.BatchProgressStore;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Ids of the valid quotes past their month, in id order, a page at a time. The checkpoint is the
 * last id read: a restart goes on after the last committed chunk; and since an expired quote is
 * never read again, neither a lost checkpoint nor a second run expires one twice.
 */
@Named
@Dependent
public class QuoteExpiryReader extends AbstractItemReader {

    private static final int PAGE = 500;

    @Inject
    private QuoteExpiryStore store;

    /** The batch console's progress bar: how many quotes this run expects. */
    @Inject
    private BatchProgressStore progress;

    @Inject
    private JobContext job;

    @Inject
    private StepContext step;

    private final Deque<Long> page = new ArrayDeque<>();
    private long lastId;
    private LocalDate today;

    @Override
    public void open(Serializable checkpoint) {
        lastId = checkpoint == null ? 0L : (Long) checkpoint;
        today = store.today();
        page.clear();
        progress.expect(job.getExecutionId(), step.getStepName(), store.pastValidityCount(today, lastId));
    }

    @Override
    public Object readItem() {
        if (page.isEmpty()) {
            page.addAll(store.pastValidity(today, lastId, PAGE));
        }
        Long next = page.poll();
        if (next != null) {
            lastId = next;
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }
}
