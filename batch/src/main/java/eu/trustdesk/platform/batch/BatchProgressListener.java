package eu.trustdesk.platform.batch;

import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The reusable step listener of the batch console: a step that declares it
 * ({@code <listener ref="batchProgressListener"/>}) has the error that failed it shown in the
 * console, rather than the bare exit status "FAILED". The runtime calls {@code afterStep} after a
 * failed step too, with the exception in the step context.
 */
@Named
@Dependent
public class BatchProgressListener extends AbstractStepListener {

    private static final Logger LOG = Logger.getLogger(BatchProgressListener.class.getName());

    @Inject
    private JobContext job;

    @Inject
    private StepContext step;

    @Inject
    private BatchProgressStore store;

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
