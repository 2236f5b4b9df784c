package eu.trustdesk.platform.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The ids of what a retention job must delete "as of" the instant its run was started with (the
 * {@code asOf} job parameter, kept by a restart), read through {@link IdCheckpointReader} and
 * announced to the batch console's progress bar. Subclasses only name the boundary's two queries.
 */
public abstract class DueIdsReader extends IdCheckpointReader {

    @Inject
    @BatchProperty
    private String asOf;

    @Inject
    private BatchProgressStore progress;

    @Inject
    private JobContext job;

    @Inject
    private StepContext step;

    /** How many items are due after {@code afterId} (for the progress bar). */
    protected abstract long dueCount(long afterId, Instant asOf);

    /** The due ids after {@code afterId}, at most {@code max}, in increasing order. */
    protected abstract List<Long> due(long afterId, Instant asOf, int max);

    @Override
    public void open(Serializable checkpoint) {
        super.open(checkpoint);
        progress.expect(job.getExecutionId(), step.getStepName(), dueCount(lastId(), asOf()));
    }

    @Override
    protected List<Long> next(long afterId, int max) {
        return due(afterId, asOf(), max);
    }

    private Instant asOf() {
        return AsOf.parse(job.getJobName(), asOf);
    }
}
