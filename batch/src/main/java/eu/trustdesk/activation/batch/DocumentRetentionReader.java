package eu.trustdesk.activation.batch;

import eu.trustdesk.activation.boundary.DocumentRetention;
import eu.trustdesk.platform.batch.AsOf;
import eu.trustdesk.platform.batch.BatchProgressStore;
import eu.trustdesk.platform.batch.IdCheckpointReader;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** The ids of decided requests whose identity documents are due for deletion, in id order, checkpointed. */
@Named
@Dependent
public class DocumentRetentionReader extends IdCheckpointReader {

    @EJB
    private DocumentRetention retention;

    @Inject
    @BatchProperty
    private String asOf;

    @Inject
    private BatchProgressStore progress;

    @Inject
    private JobContext job;

    @Inject
    private StepContext step;

    @Override
    public void open(Serializable checkpoint) {
        super.open(checkpoint);
        progress.expect(job.getExecutionId(), step.getStepName(), retention.dueCount(lastId(), asOf()));
    }

    @Override
    protected List<Long> next(long afterId, int max) {
        return retention.due(afterId, asOf(), max);
    }

    private Instant asOf() {
        return AsOf.parse(DocumentRetentions.JOB, asOf);
    }
}
