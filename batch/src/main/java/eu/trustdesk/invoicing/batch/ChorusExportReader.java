package eu.trustdesk.invoicing.batch;

import eu.trustdesk.platform.batch.BatchProgressStore;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Ids of the invoices for Chorus Pro not exported yet, in id order, a page at a time. The
 * checkpoint is the last id read: a restart goes on after the last committed chunk, and since an
 * exported invoice is never read again, neither a lost checkpoint nor a second run exports twice.
 * When it opens it publishes how many invoices it expects (the batch console's progress bar).
 */
@Named
@Dependent
public class ChorusExportReader extends AbstractItemReader {

    private static final int PAGE = 500;

    @Inject
    private ChorusExportStore store;

    @Inject
    private BatchProgressStore progress;

    @Inject
    private JobContext job;

    @Inject
    private StepContext step;

    private final Deque<Long> page = new ArrayDeque<>();
    private long lastId;

    @Override
    public void open(Serializable checkpoint) {
        lastId = checkpoint == null ? 0L : (Long) checkpoint;
        page.clear();
        progress.expect(job.getExecutionId(), step.getStepName(), store.pendingCount(lastId));
    }

    @Override
    public Object readItem() {
        if (page.isEmpty()) {
            page.addAll(store.pendingIds(lastId, PAGE));
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
