package eu.trustdesk.platform.batch;

import jakarta.batch.api.chunk.listener.ChunkListener;
import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The reusable listener of the batch console: a chunk step that declares it
 * ({@code <listener ref="batchProgressListener"/>}) has its counts shown while it runs (kept after
 * each committed chunk, from the step's in-memory metrics: on MySQL the job repository's copy of a running
 * step cannot be read until its chunk commits) and the error that failed it, rather than the bare
 * exit status "FAILED". The runtime calls {@code afterStep} after a failed step too, with the
 * exception in the step context.
 */
@Named
@Dependent
public class BatchProgressListener extends AbstractStepListener implements ChunkListener {

    private static final Logger LOG = Logger.getLogger(BatchProgressListener.class.getName());

    @Inject
    private JobContext job;

    @Inject
    private StepContext step;

    @Inject
    private BatchProgressStore store;

    /**
     * Counts are kept when the next chunk begins: the runtime adds a chunk to the step's metrics
     * only after committing it (after {@code afterChunk}), so here they are exactly the committed
     * chunks, as in the job repository's checkpoint.
     */
    @Override
    public void beforeChunk() {
        RunSummary.StepCounts counts = RunSummary.StepCounts.of(step.getStepName(), step.getMetrics());
        try {
            store.counted(job.getExecutionId(), step.getStepName(), counts.read(), counts.written(), counts.skipped());
        } catch (RuntimeException e) {
            // a progress note must never fail the chunk
            LOG.log(Level.WARNING, "Progress of step " + step.getStepName() + " not recorded", e);
        }
    }

    @Override
    public void onError(Exception e) {
        // the step's failure is recorded by afterStep
    }

    @Override
    public void afterChunk() {
        // the chunk's counts are not in the metrics yet: see beforeChunk
    }

    @Override
    public void afterStep() {
        Exception failure = step.getException();
        if (failure == null) {
            return;
        }
        try {
            store.failed(job.getExecutionId(), step.getStepName(), RunSummary.describe(failure));
        } catch (RuntimeException e) {
            // the console then shows the exit status only; the step's own outcome must not change
            LOG.log(Level.WARNING, "Failure of step " + step.getStepName() + " not recorded", e);
        }
    }
}
